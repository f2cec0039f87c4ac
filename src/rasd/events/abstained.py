"""Round 217: «التي تمتنع، حتى الآن، عن لقاء السفير», «امتنعت عن التصويت»: a noun act after «عن» governed by a verb
of abstaining (function words ``abstaining_verbs``), with at most a short insert set off by commas between them
(«، حتى الآن،»), is not done: negated. Round ev495: the verb may stand past its subject («وامتنعت الحكومة
المصرية عن التوقيع»: ``modality_duty.verb_before``); :func:`abstainer` gives that verb's token, where an abstaining
trigger refuses the act (``refused_acts``: «التي تمتنع عن لقاء السفير» is a refusal to meet, 125)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit
from .modality_duty import verb_before

INSERT_REACH = 4  # tokens of an insert set off by commas between the verb and «عن»


def abstained(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is the act a verb of abstaining keeps from («تمتنع عن لقاء»)."""
    return abstainer(doc, hit, sent_start) is not None


def abstainer(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of the verb of abstaining that keeps from the noun trigger («تمتنع» of «تمتنع عن لقاء»), or None."""
    if hit.pos != "N" or hit.i - 2 < sent_start or doc.tokens[hit.i - 1].norm_key != "عن":
        return None
    t = hit.i - 2
    if doc.tokens[t].text in ("،", ","):  # «تمتنع، حتى الآن، عن»: back over the insert to its first comma
        u = t - 1
        while u > sent_start and t - u <= INSERT_REACH + 1 and doc.tokens[u].text not in ("،", ","):
            u -= 1
        if u <= sent_start or doc.tokens[u].text not in ("،", ","):
            return None
        t = u - 1
    return verb_before(doc, t + 1, sent_start, fw_keys("abstaining_verbs"))  # ev495: «وامتنعت الحكومة المصرية عن»

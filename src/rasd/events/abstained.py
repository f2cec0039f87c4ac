"""Round 217: «التي تمتنع، حتى الآن، عن لقاء السفير», «امتنعت عن التصويت»: a noun act after «عن» governed by a verb
of abstaining (function words ``abstaining_verbs``), with at most a short insert set off by commas between them
(«، حتى الآن،»), is not done: negated."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit

INSERT_REACH = 4  # tokens of an insert set off by commas between the verb and «عن»


def abstained(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is the act a verb of abstaining keeps from («تمتنع عن لقاء»)."""
    if hit.pos != "N" or hit.i - 2 < sent_start or doc.tokens[hit.i - 1].norm_key != "عن":
        return False
    t = hit.i - 2
    if doc.tokens[t].text in ("،", ","):  # «تمتنع، حتى الآن، عن»: back over the insert to its first comma
        u = t - 1
        while u > sent_start and t - u <= INSERT_REACH + 1 and doc.tokens[u].text not in ("،", ","):
            u -= 1
        if u <= sent_start or doc.tokens[u].text not in ("،", ","):
            return False
        t = u - 1
    key = doc.tokens[t].norm_key
    return key in fw_keys("abstaining_verbs") or (key[:1] in ("و", "ف") and key[1:] in fw_keys("abstaining_verbs"))

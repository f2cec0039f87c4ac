"""The person a cleft names right before a dropped subject's cue, for the ``quotes`` stage: «والذي وافق هو عبد
الناصر، حيث قال لهم ...»: the clause before «، حيث/إذ» ends on «هو/هي» + a person's name, who then speaks (not
the speaker quoted before).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .cues import Cue

CLEFT_REACH = 6  # tokens from the comma before «حيث» back to the «هو/هي» of the cleft
_THEN = frozenset(("حيث", "اذ", "فحيث"))
_PRONOUNS = {"هو": "m", "هي": "f"}


def cleft_subject(doc: Doc, t: int, cue: Cue) -> str | None:
    """The person named right after «هو/هي» (of the cue's gender) at the end of the clause the comma before «حيث/إذ»
    closes, where the verb cue at ``t`` right after «حيث» has no subject of its own; None otherwise."""
    if cue.kind != "verb" or cue.plural or t < 4 or doc.tokens[t - 1].norm_key not in _THEN:
        return None
    if doc.tokens[t - 2].text not in ("،", ","):
        return None
    end = doc.tokens[t - 3].end
    for k in range(t - 3, max(0, t - 3 - CLEFT_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ".", ":", "؛"):
            return None
        if _PRONOUNS.get(tok.norm_key.removeprefix("و")) != cue.gender:
            continue
        after = doc.tokens[k + 1].start
        return next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions
                     if m.start == after and m.end == end), None)
    return None

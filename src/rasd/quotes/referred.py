"""A cue in a relative clause about its head, for the ``quotes`` stage: «الاستفتاء الذي أعلن عنه في 2016»,
«الخطة التي تحدث عنها الوزير»: the thing announced or spoken of, no statement (as «الشروط التي أعلنها»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
from .cues import QUOTE_MARK, is_complementizer

SAID_REACH = 5  # tokens after «عنه» to the «أن/إن» or colon of what is said of it («قالت عنها الشركة إن»)
_ABOUT_IT = frozenset(("عنه", "عنها", "عنهم", "عنهما"))


def referred_relative(doc: Doc, t: int) -> bool:
    """The verb cue at ``t`` right after a relative pronoun (not «ما»: «ما أعلن عنه» may report) with «عنه/عنها»
    right after it: the pronoun is the relative's head, the thing the cue is about. Not where what is said follows
    «عنه» («الصحيفة التي قالت عنه إنه ...», «قال عنها:», «التي قالت عنها الشركة إن»: said of it)."""
    if t == 0 or t + 2 >= len(doc.tokens):
        return False
    relative = doc.tokens[t - 1].norm_key.removeprefix("و") in fw("relatives")
    if not relative or doc.tokens[t + 1].norm_key not in _ABOUT_IT:
        return False
    for v in range(t + 2, min(len(doc.tokens), t + 2 + SAID_REACH)):
        nxt = doc.tokens[v].text
        if nxt in ("،", ",", ".", "؛"):
            break
        if is_complementizer(doc, v) or nxt == ":" or QUOTE_MARK.fullmatch(nxt) is not None:
            return False  # «التي قالت عنها الشركة إن مبيعاتها فاقت»: the company said it
    return True

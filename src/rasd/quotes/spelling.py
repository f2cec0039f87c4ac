"""Cues told from a lookalike by their written hamza, for the ``quotes`` stage: the matching key folds «أ» and «إ»
onto «ا», so «إبان» (during: «إبان حكمها») reads as the verb «أبان» (he made clear); a cue of hamza_above_cues is
one only where the word, past its «و/ف», is written with «أ»."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
from .cues import Cue


def hamza_lookalike(doc: Doc, t: int, cue: Cue) -> bool:
    """Whether the cue at token ``t`` is of hamza_above_cues («أبان») but its word is not written with «أ»
    («إبان», «ابان»): the preposition or a name, no one reporting."""
    if nkey(cue.lemma) not in fw("hamza_above_cues"):
        return False
    text = doc.tokens[t].text
    if text[:1] in ("و", "ف") and text[1:2] == "أ":
        text = text[1:]
    return not text.startswith("أ")

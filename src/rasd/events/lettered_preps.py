"""Round 285: a word's own first «ب/ل» after a free preposition is no clitic preposition.

The chunker reads «بـ/لـ» off the first letter of a word of five letters or more («بتنظيم»); «على بوابة 200»: the
word layer kept «بوابة» (a gate) whole, and a free preposition («على») right before it governs it, so its «ب» is
a letter of the word: the phrase is the «على» object («بالهجوم على بوابة 200»: what was attacked).
«على بلاده» is read the same way; «ببوابة» (split by the word layer) keeps its clitic.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import bare, fw


def lettered_prep(toks: Sequence[Token], i: int, p: int) -> bool:
    """Whether the «ب/ل» read off token ``i`` is a letter of the word: the word layer did not split it off, and the
    token ``p`` right before it is a free preposition («على», «وعلى»)."""
    if p < 0 or p >= i:
        return False
    words = toks[i].words
    if not words or words[0].kind == "proclitic":
        return False
    before = bare(toks[p].norm_key, "prepositions")
    return before in fw("prepositions")

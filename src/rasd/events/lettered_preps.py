"""Round 285: a word's own first «ب/ل» after a free preposition is no clitic preposition.

The chunker reads «بـ/لـ» off the first letter of a word of five letters or more («بتنظيم»); «على بوابة 200»: the
word layer kept «بوابة» (a gate) whole, and a free preposition («على») right before it governs it, so its «ب» is
a letter of the word: the phrase is the «على» object («بالهجوم على بوابة 200»: what was attacked).
«على بلاده» is read the same way; «ببوابة» (split by the word layer) keeps its clitic.

Round mn979: «فتحت السلطات تحقيقا»: the word layer splits «فتحت» as «فـ» + «تحت» (so under), but in news it is the
verb «فتح» (opened): no free preposition before the phrase after it (:func:`verb_shaped`), which is its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import bare, fw, nkey

VERB_SHAPED = frozenset(nkey(w) for w in ("فتحت",))  # «فتحت»: the verb «فتح», not «فـ» + «تحت»


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


def verb_shaped(tok: Token) -> bool:
    """Whether ``tok``, read as a clitic and a free preposition, is a verb (``VERB_SHAPED``: «فتحت», opened)."""
    return tok.norm_key in VERB_SHAPED

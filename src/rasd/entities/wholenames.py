"""A name written with a letter that looks like a proclitic («باردو», «فلوريان», «ويندي») is read whole.

The gazetteer's clitic readings take «ب/ل/ف/و/ك» off a token's first letter to find a name behind it
(«بداعش» → «داعش»). Where the token is itself a name word of the segmenter's vocabulary and its remainder is
no better attested («باردو»: the Bardo, not ب + «اردو»), the letter belongs to the name and no clitic reading
is made; a remainder that is the commoner word keeps its reading («بروسيا»: ب + «روسيا»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.clitics import vocab
from ..text.normalize import normalize


@lru_cache(maxsize=65536)
def whole_name(surface: str) -> bool:
    """Is ``surface`` a known name word whose first letter is its own, not a proclitic?"""
    w = normalize(surface)
    v = vocab()
    if len(w) < 4 or w[0] not in "بلفوك" or w not in v.names:
        return False
    rest = w[1:]
    return v.counts.get(w, 0) >= v.counts.get(rest, 0) + v.counts.get("ال" + rest, 0)


_MARKS = re.compile("[\u064b-\u0652\u0640]")  # the harakat and tanween, and the tatweel: what ``_bare`` deletes


def _bare(s: str) -> str:
    return _MARKS.sub("", s)  # (one C call, not a generator step per letter)


@lru_cache(maxsize=1)
def _lookalike_words() -> frozenset[str]:
    """The ``clitic_lookalike_words`` without their diacritics (``whole_word``): made once, not per word asked."""
    return frozenset(_bare(x) for x in fw("clitic_lookalike_words"))


def whole_word(surface: str) -> bool:
    """Is ``surface`` (after «و/ف») a common word that only looks like a proclitic and a name («باكرا», early: no
    ب + «اكرا», Accra)? The words are ``clitic_lookalike_words`` in ``function_words.json``."""
    w = _bare(surface)  # (its hamza kept: «بأكرا» is ب + «أكرا»)
    words = _lookalike_words()
    return w in words or (len(w) > 4 and w[0] in "وف" and w[1:] in words)


def lookalike_mentions(text: str, mentions: list[Mention]) -> None:
    """Drop a mention that is the tail of such a word («اكرا» of «باكرا»: the segmenter split its «ب»)."""
    for m in list(mentions):
        if m.start == 0 or not text[m.start - 1].isalpha():
            continue
        i = m.start
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        j = m.end
        while j < len(text) and (text[j].isalpha() or "\u064b" <= text[j] <= "\u0652"):
            j += 1
        if whole_word(text[i:j]):
            mentions.remove(m)

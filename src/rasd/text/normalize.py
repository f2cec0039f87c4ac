"""Normalisation for matching. Never applied to ``Doc.text``: its results live beside the surface."""

from __future__ import annotations

import re
from typing import Final

from ..memo import remember

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
FATHATAN = "\u064b"  # the accusative tanween: «ميلاً», «أيضًا»
COMMAS = ("،", ",")  # the Arabic and the Latin comma, as tokens: what sets a phrase or an aside off
COMMAS_AND_SEMICOLON = (*COMMAS, "؛")  # the same, and the Arabic semicolon (a scan that stops at a clause's edge)


def has_tanween(text: str) -> bool:
    """Whether a word carries the accusative tanween: an indefinite noun or adverb («ميلاً», «أيضًا»), never a
    proper name."""
    return FATHATAN in text


_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_PUNCT = str.maketrans({"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."})
# Persian/Urdu letters that show up in scraped Arabic.
_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ه", "ھ": "ه", "ے": "ي", "ڪ": "ك"})


def fold(s: str, alef: bool, yaa: bool, ta_marbuta: bool, digits: bool, punct: bool) -> str:
    """What ``normalize`` does, step by step (it applies these steps as one table, built from this)."""
    s = DIACRITICS.sub("", s).replace(TATWEEL, "").translate(_LETTERS)
    if alef:
        s = s.translate(_ALEF)
    if yaa:
        s = s.replace("ى", "ي")
    if ta_marbuta:
        s = s.replace("ة", "ه")
    if digits:
        s = s.translate(_DIGITS)
    if punct:
        s = s.translate(_PUNCT)
    return s


# Every character some step changes. Each step maps single characters, so the steps together are one
# character table: a single ``str.translate`` per call instead of a regex and up to six passes.
CHANGED = {chr(c) for c in range(0x0600, 0x0700) if DIACRITICS.match(chr(c))} | {TATWEEL, "ى", "ة"} | {
    chr(c) for table in (_ALEF, _DIGITS, _PUNCT, _LETTERS) for c in table
}
_FLAGS = [(a, y, t, d, p) for a in (False, True) for y in (False, True) for t in (False, True)
          for d in (False, True) for p in (False, True)]  # fmt: skip
TABLES: dict[tuple[bool, bool, bool, bool, bool], dict[int, str]] = {  # each character folded once per table
    flags: {ord(c): f for c in sorted(CHANGED) if (f := fold(c, *flags)) != c} for flags in _FLAGS
}
STRIPPED = frozenset(c for c in CHANGED if DIACRITICS.match(c) or c == TATWEEL)  # what strip_diacritics removes
_STRIP = {ord(c): "" for c in STRIPPED}
KEY = {**TABLES[(True, True, True, True, True)], ord("ؤ"): "و", ord("ئ"): "ي", ord("ء"): ""}


def strip_diacritics(s: str) -> str:
    return s.translate(_STRIP)


def ascii_digits(s: str) -> str:
    return s.translate(_DIGITS)


def normalize(
    s: str,
    *,
    alef: bool = True,
    yaa: bool = True,
    ta_marbuta: bool = False,
    digits: bool = True,
    punct: bool = True,
) -> str:
    """Remove diacritics and tatweel; fold alef variants, alef maqsura, digits, punctuation.

    ``ta_marbuta`` folds ة→ه as well (for matching keys where writers alternate, e.g. سورية/سوريه).
    """
    return s.translate(TABLES[(alef, yaa, ta_marbuta, digits, punct)])


# norm_key's answers (:mod:`rasd.memo`), up to 65,536: the sample's words and phrases (at 32768: 65,525 misses of
# 9.5M calls, half of them evicted)
KEYS: Final[dict[str, str]] = {}


def norm_key(s: str) -> str:
    """The aggressive key used for gazetteer and name matching: every fold on, ة→ه, hamza seats folded."""
    got = KEYS.get(s)
    return got if got is not None else remember(KEYS, s, s.translate(KEY), 1 << 16)


def norm_key_text(s: str) -> str:
    """:func:`norm_key` of a long text, uncached (a character table: the key of each word of ``s`` is a substring
    of it)."""
    return s.translate(KEY)


def is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    if o == 0x0640:  # tatweel stretches a letter; it is none
        return False
    return (0x0621 <= o <= 0x064A) or (0x0671 <= o <= 0x06D3) or o in (0x06D5, 0x06FA, 0x06FB, 0x06FC)


# Proclitics written joined to an Arabic word, outermost first: conjunction, then preposition, then article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


def proclitic_readings(word: str, *, prep: bool = True, article: bool = True) -> list[tuple[int, str, bool]]:
    """The ways to read a normalised ``word`` as proclitics + stem: ``(prefix length, stem, definite)``.

    Proclitics are an optional conjunction و/ف, an optional preposition ب/ل/ك (when ``prep``) and an optional
    article ال (when ``article``; ``لل`` reads as ل + ال). The bare word comes first, then ever longer
    prefixes; stems shorter than two letters are not offered. For tokens not (yet) split into clitic words.
    """
    out: list[tuple[int, str, bool]] = [(0, word, False)]
    seen = {0}

    def add(n: int, definite: bool) -> None:
        if n not in seen and len(word) - n >= 2:
            seen.add(n)
            out.append((n, word[n:], definite))

    conj_lens = [0] + ([1] if word[:1] in _CONJ else [])
    for c in conj_lens:
        rest = word[c:]
        add(c, False)
        if article and rest.startswith("ال"):
            add(c + 2, True)
        if prep and rest[:1] in _PREP:
            add(c + 1, False)
            if article and rest[1:3] == "ال":
                add(c + 3, True)
            elif article and rest[:2] == "لل":  # لل = ل + ال with the alef dropped
                add(c + 2, True)
    out.sort(key=lambda r: r[0])
    return out

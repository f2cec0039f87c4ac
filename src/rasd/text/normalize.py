"""Normalisation for matching. Never applied to ``Doc.text``: its results live beside the surface."""

from __future__ import annotations

import re

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"

_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_PUNCT = str.maketrans({"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."})
# Persian/Urdu letters that show up in scraped Arabic.
_LETTERS = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ه", "ھ": "ه", "ے": "ي", "ڪ": "ك"})


def strip_diacritics(s: str) -> str:
    return DIACRITICS.sub("", s).replace(TATWEEL, "")


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
    s = strip_diacritics(s).translate(_LETTERS)
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


def norm_key(s: str) -> str:
    """The aggressive key used for gazetteer and name matching: every fold on, ة→ه, hamza seats folded."""
    s = normalize(s, ta_marbuta=True)
    return s.replace("ؤ", "و").replace("ئ", "ي").replace("ء", "")


def is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    return (0x0621 <= o <= 0x064A) or (0x0671 <= o <= 0x06D3) or o in (0x06D5, 0x06FA, 0x06FB, 0x06FC)

"""A readable Latin form of an Arabic name: name lists first (جون → John), letter rules as the fallback."""

from __future__ import annotations

from ..text.normalize import norm_key
from .gazetteer import Gazetteer

# Fallback letter table (a readable romanisation, not a scientific transliteration).
_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ة": "a", "ء": "'",
}
_VOWEL_LIKE = {"و": "u", "ي": "i"}


def _letters(key: str) -> str:
    out = []
    for i, ch in enumerate(key):
        prev_cons = i > 0 and key[i - 1] not in "اوي"
        if ch in _VOWEL_LIKE and prev_cons and i > 0:
            out.append(_VOWEL_LIKE[ch])
        else:
            out.append(_LETTERS.get(ch, ""))
    s = "".join(out).replace("''", "'").strip("'")
    return s


def _cap(s: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


def _final_ta(word: str, key: str) -> str:
    """The key with a final «ة» (folded to «ه» by norm_key) written as the vowel it is read as: «دوابشة» is
    Dawabsha, not «Duabshh»; a word written with a final «ه» keeps it («الله»)."""
    w = word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return key[:-1] + "ا" if w.endswith("ة") and key.endswith("ه") else key


def romanize_word(word: str, gaz: Gazetteer) -> str:
    key = norm_key(word)
    nw = gaz.names.get(key)
    if nw and nw.latin:
        return _cap(nw.latin)
    spelt = _final_ta(word, key)  # the letters the rules read
    if key.startswith("ال") and len(key) > 3:
        rest = gaz.names.get(key[2:])
        body = rest.latin if rest and rest.latin else _letters(spelt[2:])
        return "al-" + _cap(body)
    if key.startswith("ماك") and len(key) > 4:  # ماكغورك → McGurk (غ in Western names is g)
        return "Mc" + _cap(_letters(spelt[3:].replace("غ", "ج")).replace("j", "g"))
    return _cap(_letters(spelt))


_JOINED = {"عبد": "Abd", "ابو": "Abu", "ابا": "Aba", "ابي": "Abi"}


def romanize(name: str, gaz: Gazetteer) -> str:
    """«جون آلين» → "John Allen"; «عبد الله» → "Abdullah" (a compound name read as one where listed)."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        key = norm_key(words[i])
        if key in _JOINED and i + 1 < len(words):
            joined = gaz.names.get(key + norm_key(words[i + 1]))
            if joined and joined.latin:
                out.append(_cap(joined.latin))
            else:
                rest = romanize_word(words[i + 1], gaz)
                if norm_key(words[i + 1]).startswith("ال") and not rest.lower().startswith("al-"):
                    rest = "al-" + rest
                out.append(_JOINED[key] + " " + rest)
            i += 2
            continue
        out.append(romanize_word(words[i], gaz))
        i += 1
    return " ".join(out)

"""Comparing the names of persons: spelling variants of a name word, a name within or at the end of another,
a son's name after «بن», the parts a name matches by, an Arabic given name, and a person's gender from a role
or a given name. Used by the resolver (:mod:`.resolve`) and the stage (:mod:`.stage`)."""

from __future__ import annotations

import re

from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import G_SOUND, Gazetteer, NameWord
from .units import JOINERS, NASAB, PARTICLES, QUOTES


ARABIC_WORD_ZIPF10 = 32  # Zipf × 10 from which a given name's definite form is a word of Arabic («الجواد»: 38)
# فعّال / فعال given names (هشام، بشار، نواز، جواد): three root letters around a long «ا»
_FAAL = re.compile(r"^[^اوي][^اوي]ا[^اوي]$|^[^اوي]وا[^اوي]$")


def near(a: str, b: str) -> bool:
    """Spelling variants of one name word: one letter changed (ماكغورك/ماكجورك), or a long vowel letter added
    (ميركل/ميركيل), after writing G one way; the article-bearing words must match exactly (السيسي is not
    السياسي)."""
    a, b = a.translate(G_SOUND), b.translate(G_SOUND)
    if not a or not b or (a[0] != b[0] and a[-1] != b[-1]):
        return False  # a variant within one letter keeps its first or its last letter: the cheap test first
    if len(a) == len(b):
        return len(a) >= 5 and sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    if abs(len(a) - len(b)) != 1 or a.startswith("ال") or b.startswith("ال"):
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and vowel_added(short, long_)


def vowel_added(short: str, long_: str) -> bool:
    """Is ``long_`` ``short`` with one long vowel letter (ا، و، ي) more («تساكالوتس» → «تساكالوتوس»)?"""
    if len(long_) != len(short) + 1:
        return False
    return any(ch in "اوي" and long_[:i] + long_[i + 1 :] == short for i, ch in enumerate(long_))


def spelt_within(name: str, full: str) -> bool:
    """Is every word of ``name`` a word of ``full``, or a spelling variant of one?"""
    words = [norm_key(w) for w in full.split()]
    return all(any(k == w or near(k, w) for w in words) for k in (norm_key(x) for x in name.split()))


def tail(a: list[str], b: list[str]) -> bool:
    """Is the shorter name the end of the longer one, word for word?"""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and all(same_word(x, y) for x, y in zip(short, long_[-len(short) :], strict=True))


def within(words: list[str], full: list[str]) -> bool:
    """Do ``words`` run inside the name ``full``, after its first word («ولد الشيخ» in «إسماعيل ولد الشيخ أحمد»)?"""
    n = len(words)
    return any(full[i : i + n] == words for i in range(1, len(full) - n + 1))


def family_style(parts: list[str]) -> list[str]:
    """The name parts with a compound given name written with the article as a family-style name folded into the
    given name («محمد العبد الله» → «محمد» + «عبدالله», as «عبد الله» makes one part); the parts as they are where
    none is so written."""
    out: list[str] = []
    skip = False
    for i, p in enumerate(parts):
        if skip:
            skip = False
            continue
        if p.startswith("ال") and p[2:] in JOINERS and i + 1 < len(parts):
            out.append(p[2:] + parts[i + 1])
            skip = True
        else:
            out.append(p)
    return out


def family_style_of(a: list[str], b: list[str]) -> bool:
    """Is the shorter of two names the longer one's given name and father's name, the father's compound given name
    written family-style with the article («محمد العبد الله» of «محمد عبد الله المبارك الصباح», «سعد العبد الله»
    of «سعد عبد الله السالم الصباح»)? Only such a folded name: «محمد عبد الله» is no short form here, and two men of
    one surname («صلاح الدين ديمرتاش», «نور الدين ديمرتاش») never match so."""
    fa, fb = family_style(a), family_style(b)
    short, long_, raw = (fa, fb, a) if len(fa) < len(fb) else (fb, fa, b)
    if len(short) < 2 or len(short) == len(raw) or len(long_) <= len(short):
        return False  # (no part of the shorter folded: not written family-style)
    return same_word(short[0], long_[0]) and short[1:] == long_[1 : len(short)]


def son_of(text: str, full: list[str]) -> bool:
    """Is ``text`` the name of a son of ``full`` («محمد بن سلمان بن عبد العزيز» of «سلمان بن عبد العزيز»): the
    words of ``full`` follow a particle of descent in it."""
    words = [norm_key(w) for w in text.split()]
    at = [k for k, w in enumerate(words) if same_word(w, full[0])]
    return bool(at) and at[-1] > 0 and words[at[-1] - 1] in NASAB


def same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    a2, b2 = a.removeprefix("ال"), b.removeprefix("ال")
    if a2 == b2 and len(a2) >= 3:
        return True
    return near(a, b)


def name_parts(text: str) -> list[str]:
    """Matching keys of a name's parts: particles dropped, «عبد العزيز» / «أبو بكر» kept as one part."""
    out: list[str] = []
    join = False
    for w in text.replace("-", " ").split():
        k = norm_key("".join(ch for ch in w if ch not in QUOTES))
        if not k:
            continue
        if join:
            out[-1] += k
            join = False
        elif k in JOINERS:
            out.append(k)
            join = True
        elif k not in PARTICLES:
            out.append(k)
    return out


def arabic_given(k: str, gaz: Gazetteer) -> bool:
    """Does a given name that a transliteration list also has (no Arabic name list does) read as Arabic: its
    definite form is a word of the language («جواد»: «الجواد», «أشرف», «منال», «مبارك»; not a country's adjective,
    «كوبي»: «الكوبي»), or it has the فعّال shape and is no frequent Wikidata name word («هشام», «بشار», «جواد»)?"""
    if len(k) >= 4 and load_lexicon().freq.get("ال" + k, 0) >= ARABIC_WORD_ZIPF10 and "ال" + k not in gaz.nisba:
        return True
    w = gaz.name_word(k)
    return bool(_FAAL.match(k)) and w is not None and "W" not in w.flags


def person_gender(roles: list[str], first: NameWord | None) -> str | None:
    """``f`` / ``m`` from a role's gender («الوزيرة» is a woman) or the given name (a woman's name only: «فاطمة»),
    else None. A feminine title or name outweighs a masculine one: news often gives women a masculine title."""
    heads = [r.split()[0].removeprefix("ال") for r in roles if r.split()]
    # the written «ة» (not the folded key: «نظيره», «نائبه» are "his counterpart", "his deputy")
    if any(h.endswith("ة") and len(h) > 3 for h in heads) or (first is not None and "F" in first.flags):
        return "f"
    if heads or (first is not None and "g" in first.flags):
        return "m"
    return None


TEENS = frozenset(norm_key(w) for w in ("عشر", "عشرة"))


def regnal_last(parts: list[str]) -> str:
    """The last part of a name to match another's by, a regnal number of two words whole (round en583): «لويس الخامس
    عشر» → «الخامسعشر», so that «عشر» alone, which Louis XIV shares with him, makes no match."""
    return parts[-2] + parts[-1] if len(parts) >= 3 and parts[-1] in TEENS else parts[-1]

"""Round ev627: a nominative dual with the article is a whole subject («وبحث الزعيمان | الأوضاع في سوريا», «وبحث
الجانبان | الأوضاع», «استعرض الوزيران | خلال الاتصال»).

A dual in «ـان» with the article heads no genitive (its «ن» would drop: «وزيرا الخارجية»), so the only definite word
that can belong to it is its adjective: a dual adjective («الطرفان المتنازعان»), or the singular country adjectives
that name its two members («الجانبان المصري واليمني», «الرئيسان الروسي والأميركي»). Any other definite word after
it opens a new phrase, the verb's object. The duals are the words of two sides and of two persons or bodies
(``dual_side_words``, ``dual_pair_words``, ``dual_official_nouns``); not one that is written like a plural
(``plural_like_duals``: «البلدان العربية» are the Arab countries).
"""

from __future__ import annotations

from functools import lru_cache

from ..entities import gazetteer
from .forms import fw_keys, nkey

NOMINATIVE = "ان"
DUAL_ENDINGS = ("ان", "ين")  # a dual adjective: «المتنازعان», «الكبيرين»
NISBA_ENDING = "ي"  # a singular country adjective not in the gazetteer: «الخليجي»
CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=1)  # (fixed word lists: one union, not four lookups and three set operations per word)
def _duals() -> frozenset[str]:
    """The nominative and oblique duals of two sides, pairs and officials, less those written like plurals."""
    return (fw_keys("dual_side_words") | fw_keys("dual_pair_words") | fw_keys("dual_official_nouns")) - fw_keys(
        "plural_like_duals")


def adjective_of_dual(nxt: str) -> bool:
    """Whether the word (a key) after a dual can be its adjective: a dual adjective, or a country adjective
    («المصري», «الروسي»: the gazetteer's, or any word in «ـي»)."""
    nisba = gazetteer.load().nisba
    return nxt.endswith(DUAL_ENDINGS + (NISBA_ENDING,)) or nxt in nisba or nxt.removeprefix("ال") in nisba


def people_dual(key: str) -> bool:
    """Whether a key (less a «و/ف» on it) is a nominative dual of two sides or persons («الوزيران», «والجانبان»)."""
    k = key[1:] if key.startswith(CONJUNCTIONS) and key[1:] in _duals() else key
    return k.endswith(NOMINATIVE) and k in _duals()


@lru_cache(maxsize=16384)
def dual_ends(text: str, nxt: str) -> bool:
    """Does the phrase end after the dual ``text`` because the definite word ``nxt`` is no adjective of it (module
    docstring)? «الجانبان | الأوضاع»: yes; «الجانبان المصري», «الطرفان المتنازعان», «البلدان العربية»: no."""
    n = nkey(nxt)
    return n.startswith("ال") and people_dual(nkey(text)) and not adjective_of_dual(n)


def pair_dual_open(key: str, nxt: str) -> bool:
    """Whether the dual of ``dual_pair_words`` at ``key`` stands for a pair with ``nxt`` (a key) after it: no word with
    the article after it, or, for a nominative dual of persons, one that is no adjective of it («وبحث الزعيمان
    الأوضاع»; not «البلدان النامية», «الرئيسان الروسي والأميركي»)."""
    if not nxt.startswith("ال"):
        return True
    return people_dual(key) and not adjective_of_dual(nxt)

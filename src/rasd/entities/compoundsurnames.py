"""Round ents95: a person named by the last words of a listed name of more words («داود أوغلو» for «أحمد داود
أوغلو») is that listed person.

«وقال داود أوغلو إن بلاده ...»: a Turkish (or Persian) family name of two words, «أوغلو» alone shared by two
listed men, is read whole: the one listed person, holding a role at the document's date, whose name ends in the
mention's words and has at least one word more is the man named. Only where the last word may stand alone as a
surname, with no article (Arab names chain the father's name before the family's: «أحمد الجبير» in «عادل
أحمد الجبير» is his father), no given name («علي عبد الله صالح» is not named by «عبد الله صالح»; no common word,
no nisba), not after «بن» («ماجد بن علي النعيمي» is not «علي النعيمي», his father's name), and never where
two listed persons end so."""

from __future__ import annotations

import re

from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, in_office
from .royalnames import past_presidents
from .units import NASAB

# «المخلوع» (deposed) right before a name, with its clitics («وقوات المخلوع صالح», «الموالي للمخلوع صالح»)
_DEPOSED = re.compile(r"(?:^|\s)(?:و|ف)?(?:لل|ال)مخلوع\s+$")


def compound_surname(g: Gazetteer, keys: tuple[str, ...] | list[str], date: str | None) -> Entry | None:
    """The one listed person in office at ``date`` whose longer name ends in ``keys`` (two words or more)."""
    if len(keys) < 2 or keys[-1].startswith("ال") or not g.surname_alone(keys[-1]):
        # (an Arab family name in «ال»: «عادل أحمد الجبير» leaves «أحمد الجبير», his father, another man)
        return None
    n = len(keys)
    found: list[Entry] = []
    for e in g.surnames.get(keys[-1], ()):
        words = tuple(norm_key(w) for w in e.name.split())
        if len(words) > n and words[-n:] == tuple(keys) and words[-n - 1] not in NASAB:
            found.append(e)  # (not «ماجد بن علي النعيمي» for «علي النعيمي»: his father's name, another man)
    people = in_office(found, date)
    return people[0] if len(people) == 1 else None


def president_short_name(g: Gazetteer, keys: tuple[str, ...] | list[str]) -> Entry | None:
    """Round ents97: «الرئيس المخلوع علي صالح»: a president's given name and family name without his father's name
    between them («علي عبد الله صالح») are the one listed person so named who headed a government. The caller asks
    only where a president's title («الرئيس») stands with the name: «علي صالح» alone is any man."""
    if len(keys) != 2:
        return None
    found = []
    for e in g.surnames.get(keys[-1], ()):
        words = tuple(norm_key(w) for w in e.name.split())
        if len(words) >= 3 and words[0] == keys[0] and words[-1] == keys[-1] and words[1] not in NASAB \
                and any(c[0][3:6] == "GOV" for c in e.codes):
            found.append(e)
    return found[0] if len(found) == 1 else None


def deposed_before(text: str, start: int) -> bool:
    """Does «المخلوع» (also «للمخلوع», «والمخلوع», «الرئيس المخلوع») stand right before ``start``?"""
    return _DEPOSED.search(text[max(0, start - 16) : start]) is not None


def past_head_by_surname(g: Gazetteer, key: str, date: str | None) -> Entry | None:
    """Round ents99: the one listed past head of a government whose family name is ``key``, his several listed
    forms counted once («صالح»: «علي عبد الله صالح», also listed as «عبد الله صالح», the longer one ending on every
    other); None where two men are so named («مبارك»: «حسني مبارك» and «سوزان مبارك»). The caller asks only after
    a president's title or «المخلوع» («وقوات المخلوع صالح», «الرئيس صالح»)."""
    cands = past_presidents(g.surnames.get(key, ()), date)
    if not cands:
        return None
    forms = [tuple(norm_key(w) for w in c.name.split()) for c in cands]
    n = max(len(f) for f in forms)
    longest = [c for c, f in zip(cands, forms) if len(f) == n]
    top = forms[cands.index(longest[0])]
    if len(longest) == 1 and all(top[len(top) - len(f) :] == f for f in forms):
        return longest[0]
    return None

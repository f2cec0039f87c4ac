"""A prince's or princess's country from his royal house (round ents98; called by :meth:`.resolve.Resolver.entities`).

A person titled «الأمير»/«الأميرة» whom nothing else placed is of a monarchy's house where:

- his name opens on «مولاي», the title of the Alaouite princes («الأمير مولاي رشيد»): Morocco;
- her or his name ends on a ruling family's (``dynasties.tsv``), also after a princess's title, which
  :mod:`.attributes` does not count as royal («الأميرة ريم بنت منصور بن مشعل بن عبد العزيز»: Saudi Arabia);
- his father, after «بن»/«بنت», is a listed person of one monarchy (now) named «X بن Y» by that given name, and the
  rest of the prince's pedigree agrees («الأمير عبد العزيز بن سلمان»: «سلمان بن عبد العزيز», Saudi Arabia; «الأمير
  X بن محمد»: Emirati, Saudi and Moroccan men so named, none);
- the article is about a monarchy (now) and his name is no Western one («الأمير X» in an article on Morocco);
- (round ents99) he is named in a list of princes, each titled, next to princes of one country only («الأمير X بن
  فهد بن خالد، والأمير منصور بن سعود بن عبد العزيز»: the father of the first is no listed man, the second's is).

A republic has no princes; the title alone places no one in an article about none.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .nationality import dynasty_country
from .royalnames import MONARCHIES_NOW
from .units import NASAB

_PRINCE = frozenset(norm_key(w) for w in ("الأمير", "الأميرة", "أمير", "أميرة"))
_MOULAY = norm_key("مولاي")
# between two princes of one list: «، والأمير », «، الأمير », « والأميرة »
_LIST_SEAM = re.compile(r"\s*(?:،\s*و?|\s*و)(?:الأمير|الأميرة)\s+(?:الدكتور\s+)?$")


def _princely(e: Entity) -> bool:
    """Is one of ``e``'s roles a prince's title, alone or closing an office («نائب وزير البترول الأمير»)?"""
    return any((w := r.split()) and norm_key(w[-1]) in _PRINCE for r in e.roles)


def _given(words: list[str]) -> list[str]:
    """The words of a name before its first particle of descent."""
    return next((words[:i] for i, w in enumerate(words) if w in NASAB), words)


def father_house(g: Gazetteer, name: str) -> str | None:
    """The one monarchy (now) whose listed «X بن Y» the father named after «بن» in ``name`` is («عبد العزيز بن
    سلمان» → SAU); None where there is no «بن», no such person or persons of two countries."""
    words = [norm_key(w) for w in name.split()]
    at = next((i for i, w in enumerate(words) if w in NASAB and w != norm_key("آل")), None)
    if at is None or at == 0 or at + 1 >= len(words):
        return None
    father = words[at + 1 :]
    given = _given(father)
    found = set()
    for c in g.givens.get(father[0], ()):
        cw = [norm_key(w) for w in c.name.split()]
        n = min(len(cw), len(father))
        if c.country in MONARCHIES_NOW and len(cw) > len(given) and _given(cw) == given and cw[:n] == father[:n]:
            found.add(c.country)
    return next(iter(found)) if len(found) == 1 else None


def prince_countries(g: Gazetteer, ents: list[Entity], home: str | None) -> None:
    """Give each titled prince of no country his royal house's country (see the module's text), in place."""
    for e in ents:
        if e.type != "PERSON" or e.country or not _princely(e) or not e.name.split():
            continue
        if norm_key(e.name.split()[0]) == _MOULAY and len(e.name.split()) >= 2:
            iso: str | None = "MAR"
        else:
            iso = dynasty_country(e.name, True) or father_house(g, e.name)
        if iso is None and home in MONARCHIES_NOW and not e.attrs.get("western"):
            iso = home
        if iso:
            e.country = iso
            e.attrs["country_from"] = "royal house"


def listed_princes(doc: Doc, ents: list[Entity], mentions: dict[str, list[Mention]]) -> None:
    """A titled prince of no country named in a list of titled princes whose neighbours in it (the prince right
    before and right after) are all of one country is of it, in place («الأمير خالد بن فهد بن خالد، والأمير
    منصور بن سعود بن عبد العزيز»: Saudi Arabia); not one a word other than the seam parts from them."""
    princes = [(m, e) for e in ents if e.type == "PERSON" and _princely(e) for m in mentions.get(e.id, ())]
    by_end = {m.end: e for m, e in princes}
    for m, e in princes:
        if e.country:
            continue
        near: set[str] = set()
        for o, f in princes:  # the next prince: the seam between this name and his
            if f is not e and o.start > m.end and _LIST_SEAM.fullmatch(doc.text[m.end : o.start]):
                near.add(f.country or "")
        for end, f in by_end.items():  # the prince before: the seam between his name and this one
            if f is not e and end < m.start and _LIST_SEAM.fullmatch(doc.text[end : m.start]):
                near.add(f.country or "")
        if len(near) == 1 and (iso := next(iter(near))):
            e.country = iso
            e.attrs["country_from"] = "prince list"

"""Round en875: two titles joined by «و» before a name, the second one running on over a body's name.

«السيناتور الجمهوري ورئيس لجنة العلاقات الخارجية في مجلس الشيوخ، بوب كوركر»: the recogniser reads two titles,
«السيناتور الجمهوري» and «رئيس لجنة العلاقات الخارجية», and the body the tagger or the rules read over the end of the
second («لجنة العلاقات الخارجية في مجلس الشيوخ») keeps the name after it from either. A free title (no person yet)
whose body mention runs on past it, then (at most one comma) a person's name of no role, is his role up to the
body's end; a free title right before it, joined by «و» alone, is his role too (the first), with its country
(«السيناتور الجمهوري»: USA) and sector (a legislator who chairs a committee stays LEG: :mod:`.committeeheads`).
After two titles so joined, up to two definite words the recogniser left out of the second title may stand before
the name («نائب الرئيس اليمني ورئيس وزراء الحكومة الشرعية خالد بحاح»: «رئيس وزراء الحكومة الشرعية»); the first
title has two words or more (a bare «الأمير و...» may be a second person).

Not a title whose body ends before the name with other words between («رئيس اللجنة في جلسة، قال فلان»), nor a name
two commas away, nor a name that has a role of its own. Called by :mod:`.stage` after
:func:`.attach.attach_appositions` (the titles right before or after a name are read first)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..doc import Doc, Mention
from .committeeheads import committee_sector
from .units import Found, TitleHit

_GAP = " \t،,"  # what may stand between the body's end and the name
MAX_ADJECTIVES = 2  # definite words after the second title before the name («الشرعية», «السابق»)
_DEFINITE = re.compile(r" (ال[\u0621-\u064a\u0640\u064b-\u0652]{2,})(?= )")


def _body_end(hit: TitleHit, bodies: list[Mention]) -> int | None:
    """The end of the body mention that opens inside ``hit`` (its complement) or one space after it (the body it is
    in construct with: «رئيس | لجنة الدفاع في البرلمان») and runs on past it, else None."""
    ends = [b.end for b in bodies if hit.start < b.start <= hit.end + 1 and hit.end < b.end]
    return max(ends) if ends else None


def _name_after(doc: Doc, end: int, free: dict[int, Mention]) -> Mention | None:
    """The person of no role whose name stands right after ``end`` (past spaces and one comma), else None."""
    k = end
    while k < len(doc.text) and doc.text[k] in _GAP:
        k += 1
    gap = doc.text[end:k]
    return free.get(k) if gap.count("،") + gap.count(",") <= 1 else None


def _first_title(doc: Doc, hit: TitleHit, found: Found) -> TitleHit | None:
    """The free title of two words or more joined to ``hit`` by «و» alone right before it («السيناتور الجمهوري | و |
    رئيس ...»; not a bare «الأمير و...»: a second person, maybe)."""
    for t in found.titles:
        if t is not hit and t.person is None and not t.relation and t.end < hit.start \
                and doc.text[t.end : hit.start].strip() == "و" and len(doc.text[t.start : t.end].split()) >= 2:
            return t
    return None


def _adjectives_end(doc: Doc, end: int, starts: set[int]) -> int:
    """Past at most :data:`MAX_ADJECTIVES` definite words right after ``end`` that open no mention (the title's
    adjectives the recogniser left out: «رئيس وزراء الحكومة | الشرعية | خالد بحاح»)."""
    for _ in range(MAX_ADJECTIVES):
        got = _DEFINITE.match(doc.text, end)
        if got is None or got.start(1) in starts:
            break
        end = got.end()
    return end


def joined_titles(doc: Doc, found: Found, mentions: list[Mention]) -> None:
    """Give the person named after «<title> و <title> <body>(،)» both titles as roles (see the module), in place."""
    bodies = [m for m in mentions if m.type == "ORGANIZATION"]
    free = {m.start: m for m in mentions if m.type == "PERSON" and not m.attrs.get("role")}
    starts = {m.start for m in mentions}
    for hit in found.titles:
        if hit.person is not None or hit.relation or hit.kind != "office":
            continue
        body = _body_end(hit, bodies)
        first = _first_title(doc, hit, found)
        if body is None and first is None:
            continue
        end = body or hit.end
        if first is not None:
            end = _adjectives_end(doc, end, starts)
        person = _name_after(doc, end, free)
        if person is None:
            continue
        office = doc.text[hit.start : end]
        whole = replace(hit, end=end)  # (the title with its body: «رئيس لجنة ... في مجلس الشيوخ» heads a committee)
        if first is None:
            person.attrs.update(role=office, head=hit.head, title_kind=hit.kind)
            sector = committee_sector(doc, whole, hit.sector)
        else:
            person.attrs.update(role=doc.text[first.start : first.end], extra_roles=[office], head=hit.head,
                                title_kind=hit.kind)
            sector = committee_sector(doc, whole, first.sector)
            first.person = person
        if sector:
            person.attrs["sector"] = sector
        country = first.country if first is not None and first.country else hit.country
        if country:
            person.attrs["role_country"] = country
        hit.person = person
        del free[person.start]

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
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .committeeheads import committee_sector
from .gazetteer import Gazetteer
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


# Round en890: a title whose phrase runs on over «في» + a body and «بـ» + a place before the name, and a party
# leader «القيادي في X».

MAX_STEPS = 3  # «في» + a body / «بـ» + a place steps read after a title before the name


def _reach(doc: Doc, end: int, bodies: dict[int, Mention], places: dict[int, Mention],
           starts: set[int]) -> tuple[int, list[Mention]]:
    """Past the phrase that completes a title ending at ``end``: a body right after it in construct («مدير | جمعية
    الثقافة والفنون»), then at most :data:`MAX_STEPS` steps of «في» or «بـ» + a body or a place («في البرلمان
    العراقي», «بجدة»), then its adjectives («السابق»); with the mentions of those steps."""
    if doc.text[end : end + 1] == " " and (body := bodies.get(end + 1)) is not None:
        end = body.end
    steps: list[Mention] = []
    for _ in range(MAX_STEPS):
        k = end + 4 if doc.text.startswith(" في ", end) else end + 2 if doc.text.startswith(" ب", end) else -1
        got = bodies.get(k) or places.get(k) if k > 0 else None
        if got is None:
            break
        steps.append(got)
        end = got.end
    return _adjectives_end(doc, end, starts), steps


def _body_actor(gaz: Gazetteer, body: Mention) -> tuple[str | None, str | None]:
    """The country and the sector of ``body``'s actor (its gazetteer entry's, else the one the rules gave it:
    «الجيش الليبي» LBY + MIL, «حزب الدعوة» PTY alone)."""
    entry = gaz.by_id.get(str(body.attrs.get("gid")))
    actor = entry.actor if entry is not None and entry.actor else str(body.attrs.get("actor") or "")
    if len(actor) == 6:
        return actor[:3], actor[3:]
    return None, actor if len(actor) == 3 else None


def _leaders(doc: Doc, bodies: dict[int, Mention]) -> list[tuple[int, Mention]]:
    """The starts of «(و)القيادي في X» (a definite word of ``member_words`` + «في» + a body) with the body X."""
    words = {w for w in fw_keys("member_words") if w.startswith("ال")}
    out = []
    for got in _WORD.finditer(doc.text):
        key = norm_key(got.group(2))
        if key in words and doc.text.startswith(" في ", got.end()) and (body := bodies.get(got.end() + 4)):
            out.append((got.start(2), body))
    return out


_WORD = re.compile(r"(?<![\w\u0640])(و?)(ال[\u0621-\u064a\u0640\u064b-\u0652]+)")


def placed_titles(doc: Doc, found: Found, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """Give the person of no role named right after a free office title whose phrase runs on over «في» + a body or
    «بـ» + a place («ومدير جمعية الثقافة والفنون بجدة عمر الجاسر») that phrase as his role, and the person named after
    «القيادي في X (و<title> ...)» «القيادي في X» (the body's country and sector: IRQ + PTY of «التحالف الكردستاني»)
    and the second title, in place. Called by :mod:`.stage` once the bodies of a head noun are read
    (:func:`.assocbodies.association_bodies`)."""
    bodies = {m.start: m for m in mentions if m.type == "ORGANIZATION"}
    places = {m.start: m for m in mentions if m.type == "LOCATION"}
    free = {m.start: m for m in mentions if m.type == "PERSON" and not m.attrs.get("role")}
    starts = {m.start for m in mentions}
    titles = {t.start: t for t in found.titles if t.person is None and not t.relation and t.kind == "office"}
    for start, party in _leaders(doc, bodies):
        end, second = _reach(doc, party.end, bodies, places, starts)[0], None
        if doc.text.startswith(" و", end) and (second := titles.get(end + 2)) is not None:
            end = _reach(doc, second.end, bodies, places, starts)[0]
        person = _name_after(doc, end, free)
        if person is None:
            continue
        person.attrs.update(role=doc.text[start : party.end], head=norm_key(doc.text[start : party.end].split()[0]),
                            title_kind="office")
        if second is not None:
            person.attrs["extra_roles"] = [doc.text[second.start : end]]
            second.person = person
        country, sector = _body_actor(gaz, party)
        if sector:
            person.attrs["sector"] = sector
        if country:
            person.attrs["role_country"] = country
        del free[person.start]
    for hit in titles.values():
        if hit.person is not None:
            continue
        end, steps = _reach(doc, hit.end, bodies, places, starts)
        person = _name_after(doc, end, free) if steps else None
        if person is None:
            continue
        person.attrs.update(role=doc.text[hit.start : end], head=hit.head, title_kind=hit.kind)
        sector = committee_sector(doc, replace(hit, end=end), hit.sector)
        served = [got for m in steps if m.type == "ORGANIZATION" and (got := _body_actor(gaz, m)[1])]
        if served and sector in (None, "GOV"):
            sector = served[0]  # «المستشار في الجيش الليبي»: the army's adviser, MIL
        if sector:
            person.attrs["sector"] = sector
        if hit.country:
            person.attrs["role_country"] = hit.country
        hit.person = person
        del free[person.start]

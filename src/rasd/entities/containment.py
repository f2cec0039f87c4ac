"""Round ents87: a country from the place or the body a name is said to be in, at or led by.

Places:
- a place of no country the lists lack, a compass word and a located place right after it («شارع الجرجانية شرق
  الزبداني», «قرية X شمال غربي حلب»): the located place's country (the sibling of :func:`.localcountries.town_after`,
  which reads «X بـY», «X في Y» and «X بمدينة Y»);
- the same place, then «في الداخل/الجنوب/الشمال/... + a country's adjective» («جبل X، في الداخل الليبي»): that
  country;
- the same place, then a word of nearness (function words ``near_town_links``: «قرب», «القريبة من»), a noun of a
  place's kind or none, and a located town right after («قرية دوما القريبة من نابلس», «قرية X قرب مدينة حمص»;
  round en433): the town's country (not a country's: «بلدة X قرب تركيا» may lie across the border), nor for a
  water body («بحر المانش قرب منطقة كاليه»: between two countries);
- a district («حي X», a quarter of a town) the lists give a town of another country, where the article names
  nothing else of that country: the country of the located place named last before it in its sentence, else the
  article's own («بمكة المكرمة ... في مركز ... بحي العزيزية»: Mecca's, not Iraq's homonym); so too a prison («سجن
  X», «معتقل X», function words ``custody_facility_heads``; round en1009: «السلطات الإيرانية ... إلى سجن أفين» is
  Iran's Evin, not Somalia's town Ufeyn, whose Latin form it then does not keep).

Persons:
- the head of a province's body («مجلس محافظة الأنبار برئاسة X»: a province's noun right before the located
  place, then «برئاسة», «بقيادة» or «بزعامة»): the place's country;
- a scholar «من»/«بـ» an academic body of known country right after his name («الدكتور X من جامعة القصيم»; not
  «في», which may say where he spoke);
- a body of known country and «وقائدها/ورئيسها/وزعيمها» (its leader), a rank or two between, then the person
  («للمقاومة وقائدها العميد X»): the body's country;
- an office's title, a body of known country or actor, «في» and a located place, then the person («قائد جبهة
  النصرة في اللاذقية X», «قائد التنظيم في اليمن X»: the head of its branch there): the body's country (else the
  place's) and the body's actor where it is a transnational group's or of that country.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity, Mention
from ..events.forms import fw, fw_keys
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .personloops import unplaced_persons
from .postplaces import located_starts

_COMPASS = re.compile(r"\s+(?:(?:شمال|جنوب)\s*(?:شرق|غرب)ي?|شمالي|جنوبي|شرقي|غربي|شمال|جنوب|شرق|غرب)\s+")
_INLAND = re.compile(r"\s*[،,]?\s*(?:في|ب)\s*ال(?:داخل|جنوب|شمال|شرق|غرب|وسط)\s+([^\s،,.؛:()«»]+)")
_LED_BY = re.compile(r"\s+(?:بزعامة|برئاسة|بقيادة)\s+$")
_AT_BODY = re.compile(r"\s+(?:من\s+|ب)$")  # (not «في»: «ألقى X في جامعة القاهرة محاضرة» is where he spoke)
_OWN_LEADER = re.compile(r"[»\"]?\s+و(?:قائد|رئيس|زعيم)(?:ها|ه)\s+((?:[^\s،,.«»]+\s+){0,2})$")
_PROVINCE_BODIES = frozenset(norm_key(w) for w in (
    "محافظة", "ولاية", "إقليم", "مقاطعة", "مديرية", "مجلس", "بلدية", "حكومة", "إمارة"))
_CLITICS = "وبلف"
_BRANCH_GAP = re.compile(r"\s+(?:[^\s،,.«»()]+\s+){0,2}")  # (a rank or two: «قائد X في Y العميد Z»)
_IN_PLACE = re.compile(r"[»\"]?\s+(?:في\s+|ب)")
LEAD_GAP = 40  # characters at most between a body and the person its «وقائدها» names


def compass_places(doc: Doc, g: Gazetteer, ents: list[Entity]) -> None:
    """Give a place the lists lack the country of the located place after a compass word right after it, or of the
    country's adjective in «في الداخل الليبي» after it (in place)."""
    located = located_starts(ents)
    towns = located_starts([x for x in ents if x.attrs.get("kind") != "country"])
    for e in ents:
        if e.type != "LOCATION" or e.country or "gazetteer" in e.attrs:
            continue
        for sp in e.mentions:
            got = _COMPASS.match(doc.text, sp.end)
            iso = located.get(got.end()) if got is not None else None
            if iso is None and not _water_body(e.name):
                iso = _near_town(doc.text, sp.end, towns)  # «قرية دوما القريبة من نابلس» (round en433)
            inland = _INLAND.match(doc.text, sp.end) if iso is None else None
            if inland is not None:
                iso = g.nisba.get(norm_key(inland.group(1)))
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = "compass" if inland is None else "inland"
                break


_WORD = re.compile(r"[^\s،,.؛:()«»\"]+")
_GAP = re.compile(r"(?: [^\s،,.؛:()«»\"]+)+")  # (words with one space between, no punctuation)
_KIND_NOUN = re.compile(r"(?:مدينة|محافظة|ولاية|إقليم|مقاطعة|منطقة|بلدة|مديرية|ناحية|قرية)\s+")


def _water_body(name: str) -> bool:
    """Is ``name`` a sea's, a gulf's or a strait's («بحر المانش», «البحر الأحمر»): of no one country, whatever
    town it is near?"""
    words = norm_key(name).split()
    heads = fw_keys("sea_heads")
    return bool(words) and (words[0] in heads or words[0].startswith("ال") and words[0][2:] in heads)


def _near_town(text: str, end: int, towns: dict[int, str]) -> str | None:
    """The country of the located town named right after a word of nearness after ``end`` («القريبة من نابلس»,
    «قرب مدينة حمص»), else None."""
    words = list(_WORD.finditer(text, end, min(len(text), end + 40)))[:3]
    if not words or text[end : words[0].start()] != " ":
        return None
    links = fw("near_town_links")
    for n in (3, 2, 1):
        if len(words) >= n and _GAP.fullmatch(text, end, words[n - 1].end()) \
                and norm_key(" ".join(w.group() for w in words[:n])) in links:
            at = words[n - 1].end() + 1
            kind = _KIND_NOUN.match(text, at)
            return towns.get(kind.end() if kind is not None else at)
    return None


def _after_district(text: str, start: int, kind: str = "district_heads") -> bool:
    """Is the word right before ``start`` a district's noun («حي», «بحي», «وحي»; or those of the list ``kind``)?"""
    words = text[max(0, start - 8) : start].split()
    if not words or text[start - 1 : start] != " ":
        return False
    k = norm_key(words[-1])
    heads = fw(kind)
    return k in heads or (k[:1] in _CLITICS and k[1:] in heads)


def district_homonyms(doc: Doc, ents: list[Entity], home: str | None) -> None:
    """A listed town named only as a district («بحي X») or a prison («سجن X») of a country the article names nothing
    else of takes the country of the located place last named before it in its sentence (a prison: else the first
    named after it there), else the article's own (in place)."""
    for e in ents:
        if e.type != "LOCATION" or not e.country or "gazetteer" not in e.attrs \
                or e.attrs.get("kind") not in ("city", "town") or not e.mentions:
            continue
        kind = next((k for k in ("district_heads", "custody_facility_heads")
                     if all(_after_district(doc.text, sp.start, k) for sp in e.mentions)), None)
        if kind is None:
            continue
        if any(x is not e and x.country == e.country for x in ents):
            continue  # («حي العزيزية» in an article on an Iraqi town: the Iraqi quarter it names)
        first = min(sp.start for sp in e.mentions)
        sent = next((s for s in doc.sentences if s.start <= first < s.end), None)
        before = sorted(((sp.start, x.country) for x in ents if x.type == "LOCATION" and x.country and x is not e
                         for sp in x.mentions if sent is not None and sent.start <= sp.start < first))
        after = sorted(((sp.start, x.country) for x in ents if x.type == "LOCATION" and x.country and x is not e
                        for sp in x.mentions if sent is not None and first < sp.start < sent.end))
        if kind != "district_heads" and not before and after:
            before = after[:1]  # «إلى سجن أفين في طهران»: the town it is said to be in
        iso = before[-1][1] if before else home
        if iso and iso != e.country:
            e.country = iso
            e.attrs["country_from"] = "district" if kind == "district_heads" else "facility"
            if kind != "district_heads":
                e.latin = None  # (the homonym's own spelling: «أفين» Ufeyn of Somalia is not Iran's Evin)


def _province_led(doc: Doc, ents: list[Entity], located: dict[int, str], m: Mention) -> str | None:
    """The country of «محافظة/مجلس محافظة + a located place + برئاسة» right before mention ``m``."""
    led = _LED_BY.search(doc.text, max(0, m.start - 12), m.start)
    if led is None:
        return None
    for x in ents:
        if x.type != "LOCATION" or not x.country:
            continue
        for sp in x.mentions:
            if sp.end == led.start():
                words = doc.text[max(0, sp.start - 14) : sp.start].split()
                k = norm_key(words[-1]) if words else ""
                if k in _PROVINCE_BODIES or (k[:1] in _CLITICS and k[1:] in _PROVINCE_BODIES):
                    return located.get(sp.start)
    return None


def _at_institution(doc: Doc, bodies: list[tuple[Mention, Entity]], m: Mention) -> str | None:
    """The country of an academic body of known country after «من»/«بـ» right after mention ``m``."""
    for bm, b in bodies:
        if bm.start < m.end or bm.start - m.end > 5 or not _AT_BODY.fullmatch(doc.text[m.end : bm.start]):
            continue
        head = norm_key(bm.text.split()[0]) if bm.text.split() else ""
        if head.removeprefix("ال") in fw("academic_bodies"):
            return b.country
    return None


def _own_leader(doc: Doc, g: Gazetteer, bodies: list[tuple[Mention, Entity]], m: Mention) -> Entity | None:
    """The body right before «وقائدها (العميد)» right before mention ``m``."""
    for bm, b in bodies:
        if bm.end > m.start or m.start - bm.end > LEAD_GAP:
            continue
        got = _OWN_LEADER.fullmatch(doc.text, bm.end, m.start)
        if got is not None and all((norm_key(w),) in g.titles for w in got.group(1).split()):
            return b
    return None


def _branch_head(doc: Doc, g: Gazetteer, bodies: list[tuple[Mention, Entity]], places: list[tuple[Mention, Entity]],
                 m: Mention) -> tuple[Entity, Entity] | None:
    """The body and the located place of «قائد + a body + في + a place» right before mention ``m`` (an office's
    title right before the body), or None."""
    place = next(((pm, p) for pm, p in places if pm.end < m.start and _BRANCH_GAP.fullmatch(doc.text, pm.end, m.start)
                  and all((norm_key(w),) in g.titles for w in doc.text[pm.end : m.start].split())), None)
    if place is None:
        return None
    for bm, b in bodies:
        if bm.end >= place[0].start or not _IN_PLACE.fullmatch(doc.text, bm.end, place[0].start):
            continue
        words = doc.text[max(0, bm.start - 16) : bm.start].split()
        k = norm_key(words[-1]) if words else ""
        title = g.titles.get((k,)) or (g.titles.get((k[1:],)) if k[:1] == "و" else None)
        if title is not None and title.kind == "office":
            return b, place[1]
    return None


def led_and_placed_persons(doc: Doc, g: Gazetteer, ents: list[Entity], by_entity: dict[str, list[Mention]]) -> None:
    """Persons of no country: the country of the province whose body they lead, of the academic body they are of,
    of the body they are named the leader of by «وقائدها», or of the body whose branch in a place they head (see
    the module; in place)."""
    located = located_starts(ents)
    bodies = sorted(((m, e) for e in ents if e.type == "ORGANIZATION" and e.country for m in by_entity.get(e.id, ())),
                    key=lambda p: p[0].start)
    coded = sorted(((m, e) for e in ents if e.type == "ORGANIZATION" and (e.country or e.actor)
                    for m in by_entity.get(e.id, ())), key=lambda p: p[0].start)
    places = sorted(((m, e) for e in ents if e.type == "LOCATION" and e.country for m in by_entity.get(e.id, ())),
                    key=lambda p: p[0].start)
    for e, ms in unplaced_persons(ents, by_entity):
        for m in ms:
            if m.source in ("coref", "anaphor"):
                continue
            iso = _province_led(doc, ents, located, m)
            origin = "province_head"
            if iso is None:
                iso = _at_institution(doc, bodies, m)
                origin = "institution"
            if iso is None and (body := _own_leader(doc, g, bodies, m)) is not None and body.country:
                iso = body.country
                origin = "own_leader:" + body.id
                if body.actor and body.actor.startswith(iso) and body.actor != iso:
                    e.actor = body.actor  # (as :func:`.members.led_bodies`: the leader of a party is of the party)
            if iso is None and not e.actor and (branch := _branch_head(doc, g, coded, places, m)) is not None:
                group, where = branch  # «قائد جبهة النصرة في اللاذقية X»: the body's (its branch's place's) country
                iso = group.country or where.country
                origin = "branch_head:" + group.id
                if group.actor and (group.actor.startswith("IMG") or iso and group.actor.startswith(iso)):
                    e.actor = group.actor
            if iso is not None:
                e.country = iso
                e.attrs["country_from"] = origin
                break


"""After the rules and the tagger have named what they found, the places: the dateline's place is a mention; an
ambiguous place (and a body the lists know only with a country's adjective) is read from the countries named
nearby; a place name in quotation marks that a newspaper bears is the newspaper; a compass adjective stays outside
a continent's name; a one-word name given after a noun of settlement is a place wherever it stands; a common noun
of place with no name after it is no entity. Used by :mod:`.stage`; the persons' part is :mod:`.attach`."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys
from .crf import load_lexicon
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_head_offset
from .marked_readings import marked_reading
from .mentionedits import reend
from .units import QUOTES, Found


def dateline_mention(doc: Doc, gaz: Gazetteer, have: list[Mention]) -> Mention | None:
    dl = doc.dateline
    if dl is None or dl.place is None:
        return None
    start, end = dl.place.start, dl.place.end
    for m in have:
        if m.start < end and start < m.end:
            m.attrs["dateline"] = True
            return None
    text = doc.text[start:end]
    key = tuple(norm_key(w) for w in text.split())
    entry = gaz.phrases.get(key)
    attrs: dict[str, Any] = {"dateline": True}
    if entry is not None and entry.type == "LOCATION":
        attrs.update(gid=entry.id, kind=entry.kind)
    return Mention(start, end, text, "LOCATION", "dateline", norm_key(text), None, attrs)


# Places whose name, set in quotation marks, is a newspaper's: «لـ«الشرق الأوسط»» is the London daily.
_QUOTED_MEDIA = {norm_key("الشرق الأوسط"): "ORG:ASHARQ"}


def disambiguate(doc: Doc, mentions: list[Mention], found: Found, gaz: Gazetteer) -> None:
    """Pick the reading of an ambiguous place from the countries named in its sentence and its neighbours; a
    place name in quotation marks that a newspaper bears is the newspaper."""
    starts = [s.start for s in doc.sentences]
    read: dict[str, Entry] = {}  # a body read from a country near one mention: all its mentions are that body
    for m in mentions:
        media = _QUOTED_MEDIA.get(m.key) if m.type == "LOCATION" else None
        if media is not None and media in gaz.by_id and doc.text[max(0, m.start - 2) : m.start].strip()[-1:] in QUOTES \
                and doc.text[m.end : m.end + 2].strip()[:1] in QUOTES:
            e = gaz.by_id[media]
            m.type = e.type
            m.attrs.update(gid=e.id, kind=e.kind)
            continue
        if m.type == "ORGANIZATION" and _ungrounded(m):
            if bodies := _country_bodies(m, gaz):
                iso = _nearest_adjective(doc, m, gaz)  # the country adjective nearest it in its sentence, or
                si = bisect_right(starts, m.start) - 1  # the one country its sentence names
                if iso is None and 0 <= si < len(found.evidence) and len(found.evidence[si]) == 1:
                    iso = next(iter(found.evidence[si]))
                if body := next((b for b in bodies if b.country == iso), None):  # («شركات يابانية والبنك المركزي»)
                    read[m.key] = body
            continue
        alt = gaz.ambiguous.get(tuple(m.key.split()))
        if alt is None or m.type != "LOCATION":
            continue
        if (told := marked_reading(doc, m, mentions, gaz)) is False:  # round lo480: «عُمان», «سلطنة عمان», «(عمان)»
            continue
        near = _near(doc, m, mentions, found, gaz, starts)
        if told or near & alt.context:  # round lo480: «عمّان» is Amman with no Jordan named near it
            m.attrs["gid"] = alt.entry.id
            m.attrs["kind"] = alt.entry.kind
            m.attrs["disambiguated"] = sorted(near & alt.context or alt.context)
    for m in mentions:
        if m.type == "ORGANIZATION" and _ungrounded(m) and (body := read.get(m.key)) is not None:
            m.attrs.update(gid=body.id, kind=body.kind, disambiguated=[body.country])


_NAMED_KINDS = ("party", "movement", "council")  # kinds of the bodies :mod:`.headedbodies` names


def _ungrounded(m: Mention) -> bool:
    """Is ``m`` an organisation no list nor country grounds: no id, or the id of a party, movement or council named
    without its country («ORGH:حزب ديمقراطي:», :mod:`.headedbodies`; not a state's body: «وزارة الخارجية»)?"""
    gid = str(m.attrs.get("gid") or "")
    return not gid or gid.startswith("ORGH:") and gid.endswith(":") and m.attrs.get("kind") in _NAMED_KINDS


def _country_bodies(m: Mention, gaz: Gazetteer) -> list[Entry]:
    """The bodies the lists know by ``m``'s name and a country's adjective: «الحزب الديمقراطي» with no country of
    its own is «الحزب الديمقراطي الأميركي» where the United States are named near it (read by the caller)."""
    key = tuple(m.key.split())
    if key and len(key) + 1 not in gaz.phrases.lens.get(key[0], ()):
        return []  # (no listed phrase of its words and one more: no need to try each adjective)
    return [e for adj, iso in gaz.nisba.items() if adj.startswith("ال")
            and isinstance(e := gaz.phrases.get((*key, adj)), Entry) and e.type == "ORGANIZATION" and e.country == iso]


def _nearest_adjective(doc: Doc, m: Mention, gaz: Gazetteer) -> str | None:
    """The country of the country adjective nearest ``m`` in its sentence («الأميركية»), if any."""
    sent = next((s for s in doc.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return None
    toks = [t for t in doc.tokens if sent.start <= t.start < sent.end and not m.start <= t.start < m.end]
    best = min(((abs(t.start - m.start), gaz.nisba[k]) for t in toks if (k := t.norm_key) in gaz.nisba),
               default=None)
    return best[1] if best else None


def _near(doc: Doc, m: Mention, mentions: list[Mention], found: Found, gaz: Gazetteer, starts: list[int]) -> set[str]:
    """The countries named in ``m``'s sentence and its neighbours, and those of the towns named in its sentence."""
    si = bisect_right(starts, m.start) - 1
    near: set[str] = set()
    for k in (si - 1, si, si + 1):
        if 0 <= k < len(found.evidence):
            near |= found.evidence[k]
    # the towns and regions named with it in its sentence too («الطائف والخرمة وميسان»: a Saudi town)
    lo, hi = starts[si] if si >= 0 else 0, starts[si + 1] if si + 1 < len(starts) else len(doc.text)
    near |= {str(oe.country) for o in mentions if o is not m and o.type == "LOCATION" and lo <= o.start < hi
             and (oe := gaz.by_id.get(str(o.attrs.get("gid")))) is not None and oe.country}
    return near


def compass_outside(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A part of a continent named by a compass adjective («أميركا الشمالية», «أوروبا الغربية») is the region, no
    country (not the USA), but its mention is the continent's word alone, the adjective outside it, as ANERcorp marks
    it (the entity keeps the region's whole name: «أميركا الجنوبية», not «أميركا»); a region the adjective does not name by a compass point stays whole («أميركا اللاتينية», «آسيا الوسطى»)."""
    for m in mentions:
        words = m.text.split()
        e = gaz.by_id.get(str(m.attrs.get("gid", "")))
        if m.type != "LOCATION" or len(words) != 2 or e is None or e.kind != "region" or e.country \
                or norm_key(words[1]) not in fw("compass_adjectives"):
            continue
        m.attrs["form"] = m.text  # its name stays the region's («أميركا الجنوبية»): the continent's word is no name of it
        reend(doc, m, m.start + len(words[0]))


def settlement_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A one-word name the article gives once after a noun of a settlement («بلدة جورين», «في قرية الحسينية») is a
    place wherever it stands: the tagger's person of that name («وتعدّ جورين النقطة الأقرب») is the place. Not a
    title's word («مدينة الملك»), nor a person the gazetteer knows."""
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    places: set[str] = set()
    for m in mentions:
        n = at.get(m.start)
        if n is None or n == 0 or " " in m.text.strip() or str(m.attrs.get("gid") or "").startswith("PER:"):
            continue
        prev = toks[n - 1].norm_key
        if (prev in fw("settlement_nouns") or prev[:1] in "وبفل" and prev[1:] in fw("settlement_nouns")) \
                and (m.key.removeprefix("ال"),) not in gaz.titles:
            places.add(m.key)
    if not places:
        return
    for m in mentions:
        if m.type == "PERSON" and m.key in places and not m.attrs.get("gid") and " " not in m.text.strip():
            m.attrs["retyped"] = m.type
            m.type = "LOCATION"


_CITIES = frozenset((norm_key("مدينة"),))


def city_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مدينة نصر» (Nasr City, a district of Cairo): a tagger's one-word place after «مدينة» that is no place of its
    own but a man's given name is named with «مدينة» (a city named after a man); a place the lists know («مدينة
    حلب»), any other word («مدينة الرطبة», «مدينة قم»: the town's own name) and a title's word («مدينة الملك») are
    left alone."""
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    for m in mentions:
        n = at.get(m.start)
        if m.type != "LOCATION" or n is None or n == 0 or m.attrs.get("gid") or " " in m.text.strip() \
                or doc.text[toks[n - 1].end : m.start] != " ":
            continue
        k = m.key.removeprefix("ال")
        if (m.key,) in gaz.phrases or (k,) in gaz.phrases or (k,) in gaz.titles or (m.key,) in gaz.titles:
            continue
        if "g" not in getattr(gaz.name_word(m.key), "flags", "") or m.key in gaz.towns_in:
            continue
        off = clitic_head_offset(toks[n - 1].text, _CITIES)
        if off is None:
            continue
        m.start = toks[n - 1].start + off
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)


def common_place_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«في الريف», «على الكورنيش», «الريف الغربي للرقة»: a tagger's place that is a common noun of place kind (the
    countryside, a seafront, the region) with no name after it (an adjective, a preposition, punctuation or nothing)
    is no entity; «جبل علي», «كورنيش المحضار» (a name after it) are left as they are."""
    nouns = fw_keys("place_common_nouns")
    freq = load_lexicon().freq
    toks = doc.tokens
    at = {t.start: n for n, t in enumerate(toks)}
    drop: set[int] = set()
    for m in mentions:
        if m.type != "LOCATION" or m.attrs.get("gid") or norm_key(m.text) not in nouns:
            continue
        n = at.get(m.end + 1)
        if n is not None and doc.text[m.end] == " " and toks[n].text[:1].isalpha():
            key = toks[n].norm_key
            if gaz.is_name_word(key) or (key,) in gaz.phrases or (key.removeprefix("ال"),) in gaz.phrases \
                    or (key,) in gaz.titles or (key.removeprefix("ال"),) in gaz.titles \
                    or ("g" in getattr(gaz.name_word(key), "flags", "") and not toks[n].text.endswith("ى")) \
                    or (freq.get(key, 0) < 30 and key not in gaz.nisba and key not in gaz.stop
                        and not (key[:1] in "وف" and freq.get(key[1:], 0) >= 30)):  # «والنواب»: and a word
                continue  # a name after it (one the lists know, or a rare word): the place is that name's
        drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def particle_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مطار سانت أندريه دو لاريونيون»: a person's name of a given name, a Romance particle («دو», «دي») and a place
    the lists know is a town named after that place, no person; the saint's word before it («سانت», «سان») is part
    of its name. «ستافان دي ميستورا» stays a person: «ميستورا» is no place."""
    for m in mentions:
        ks = [norm_key(w) for w in m.text.split()]
        if m.type != "PERSON" or str(m.attrs.get("gid") or "").startswith("PER") or len(ks) < 3:
            continue
        at = next((i for i, k in enumerate(ks[1:-1], 1) if k in fw("romance_place_particles")), None)
        if at is None:
            continue
        place = ks[at + 1 :]
        if not gaz.is_name_word(ks[0]) or not (_known_place(gaz, place) or len(place) == 1 and any(
                o.key == place[0] and (o.attrs.get("tag") == "LOC" or o.type == "LOCATION") for o in mentions)):
            continue
        m.attrs["retyped"] = m.type
        m.type = "LOCATION"
        for o in mentions:  # the place's name alone, or after the particle, taken for a part of the person's
            ws = o.key.split()
            if o.type == "PERSON" and not o.attrs.get("gid") and ws[-len(place):] == place and (
                    len(ws) == len(place) or len(ws) == len(place) + 1 and ws[0] in fw("romance_place_particles")):
                o.attrs["retyped"] = o.type
                o.type = "LOCATION"
                if len(ws) > len(place):  # «دو لاريونيون»: the place, the particle left out
                    o.start = o.end - len(o.text.split(maxsplit=1)[1])
                    o.text = doc.text[o.start : o.end]
                    o.key = norm_key(o.text)
        for k in ("role", "head", "title_kind", "sector", "role_country"):
            m.attrs.pop(k, None)
        before = doc.text[max(0, m.start - 8) : m.start]
        words = before.split()
        if words and before.endswith(" ") and norm_key(words[-1]) in fw("saint_words"):
            start = m.start - 1 - len(words[-1])
            if not any(o is not m and o.start < m.start and o.end > start for o in mentions):
                m.start = start
                m.text = doc.text[start : m.end]
                m.key = norm_key(m.text)


def _known_place(gaz: Gazetteer, words: list[str]) -> bool:
    """Do the lists know ``words`` as a place, also written with the French article joined («لاريونيون»)?"""
    e = gaz.phrases.get(tuple(words))
    if e is None and len(words) == 1 and words[0].startswith("لا") and len(words[0]) > 5:
        e = gaz.phrases.get(("لا", words[0][2:]))
    return isinstance(e, Entry) and e.type == "LOCATION"


def named_facilities(doc: Doc, mentions: list[Mention]) -> None:
    """«ميناء مبارك», «مطار رفيق الحريري»: a person's name with no title right after an indefinite noun of a
    facility named after people (a port, an airport, a hospital, a mosque, a street) is that facility, a place, and
    the noun is part of its name; «الميناء» (definite) or a title before the name leave the person. A city between
    the noun and the name («مطار باريس شارل ديغول», round 64) is part of the facility's name too."""
    drop: set[int] = set()
    for m in mentions:
        if m.type != "PERSON" or m.attrs.get("role") or m.attrs.get("head"):
            continue
        at = m.start
        city = next((o for o in mentions if o.type == "LOCATION" and o.end == m.start - 1
                     and doc.text[o.end] == " "), None)  # («مطار باريس شارل ديغول»)
        if city is not None:
            at = city.start
        before = doc.text[max(0, at - 12) : at]
        words = before.split()
        off = clitic_head_offset(words[-1], fw("named_after_person_facilities")) \
            if words and before.endswith(" ") else None
        if off is None:
            continue
        start = at - 1 - len(words[-1]) + off
        if any(o is not m and o is not city and o.start < m.start and o.end > start for o in mentions):
            continue
        if city is not None:
            drop.add(id(city))
        m.attrs["retyped"] = m.type
        m.type = "LOCATION"
        m.attrs.pop("gid", None)
        m.start = start
        m.text = doc.text[start : m.end]
        m.key = norm_key(m.text)
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def weapon_names(doc: Doc, mentions: list[Mention]) -> None:
    """«صواريخ «تاو»», «دبابات أبرامز»: a one-word name the lists do not know right after a noun of a weapon
    (a missile, a tank), in quotes or not, is the weapon's make, no entity; «صواريخ حزب الله» (known) stays."""
    drop = set()
    for m in mentions:
        if m.attrs.get("gid") or " " in m.text.strip():
            continue
        before = doc.text[max(0, m.start - 12) : m.start].rstrip("".join(QUOTES) + " ")
        words = before.split()
        if words and clitic_head_offset(words[-1], fw("weapon_nouns")) is not None and not doc.text[m.end : m.end + 1].isalpha():
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def quoted_fragments(doc: Doc, mentions: list[Mention]) -> None:
    """«المعروفة باسم «إسلام فور يو كيه»»: the tagger's name inside a short quoted title (four words at most) that
    holds neither its first nor its last word is a fragment of that title, no entity."""
    drop = set()
    for m in mentions:
        if m.source not in ("model", "names") or m.attrs.get("gid"):
            continue
        lo = max(doc.text.rfind(q, max(0, m.start - 60), m.start) for q in QUOTES)
        hi = min((k for q in QUOTES if (k := doc.text.find(q, m.end, m.end + 60)) >= 0), default=-1)
        if lo < 0 or hi < 0 or doc.text[lo] not in "«“" or doc.text[hi] not in "»”":
            continue
        inside = doc.text[lo + 1 : hi]
        if any(q in inside for q in QUOTES) or len(inside.split()) > 4:
            continue
        if doc.text[lo + 1 : m.start].strip() and doc.text[m.end : hi].strip():
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def things_named(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The names of things that are no person nor body: a town named after a place («سانت أندريه دو لاريونيون»), a
    facility named after a person («ميناء مبارك»), a weapon's make («صواريخ «تاو»»), a fragment of a quoted title."""
    particle_places(doc, mentions, gaz)
    named_facilities(doc, mentions)
    weapon_names(doc, mentions)
    quoted_fragments(doc, mentions)
    verbal_nouns(mentions, gaz)


def verbal_nouns(mentions: list[Mention], gaz: Gazetteer) -> None:
    """«في نشوء الحلف», «هدوء», «لجوء»: the tagger's one-word place on the verbal-noun pattern of a root ending in
    hamza («فعول» written «...وء») that no list knows is that noun, no place."""
    mentions[:] = [m for m in mentions if not (
        m.type == "LOCATION" and m.source == "model" and not m.attrs.get("gid") and " " not in m.text.strip()
        and m.text.strip().endswith("وء") and not gaz.is_name_word(m.key) and (m.key,) not in gaz.phrases)]

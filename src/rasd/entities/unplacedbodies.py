"""Round en472: a university the text places nowhere is still of the education sector.

:mod:`.bodysectors` gives a body the text places in a country the sector its opening words name («جامعة بغداد»
IRQEDU). A university or college of no known country («جامعة هارفارد», «جامعة جورج تاون», «كلية ...») is no less a
seat of learning: it takes the sector alone, «EDU» (the CAMEO agents dictionary codes a university «~EDU»; a sector
with no country, as :mod:`.firmofficers` gives «BUS»). Only the education sector: an unplaced «محكمة» or «بنك» is as
often a foreign one named in passing whose country matters more than its kind, and those are left to the lists.

Where a mention of it is followed right away by a feminine adjective of a country (the gazetteer's nisba, agreeing
with «جامعة/كلية»: «جامعة جورج تاون الأميركية»), that country is its own: USAEDU. A masculine one is no adjective
of it («الأستاذ في جامعة X الأميركي»: the professor's). Nor is a body of no country left a bare sector where the
text places it right after a mention, «في» or «بـ», and «ولاية» or «مدينة» at will, then a place of a known country
(«جامعة إيموري بولاية أتلانتا»: USAEDU; round en601).

A body with a code already keeps it («جامعة الدول العربية»: IGOARL); a word alone names none («الجامعة»). Run in the
entities stage right after :mod:`.bodysectors`, on the built entities.
"""

from __future__ import annotations

import re

from ..doc import Doc, Entity
from ..text.normalize import norm_key
from .bodysectors import opening_sector
from .gazetteer import Gazetteer

_SECTORS = frozenset({"EDU"})  # the sectors a body's opening words give it with no country
_NEXT = re.compile(r" (\S+)")  # the word right after a mention
_PLACE = re.compile(r" (?:في |ب)(?:(?:ال)?(?:ولاية|مدينة) )?")  # «بولاية », «في مدينة », «في »: a place next


def _adjective_country(doc: Doc, gaz: Gazetteer, e: Entity) -> str | None:
    """The country of a feminine country adjective right after one of the body's mentions, or None."""
    for m in e.mentions:
        got = _NEXT.match(doc.text, m.end)
        word = got.group(1).rstrip("،,.:؛") if got else ""
        iso = gaz.nisba.get(norm_key(word)) if word.endswith("ة") else None
        if iso:
            return iso
    return None


def _place_country(doc: Doc, e: Entity) -> str | None:
    """The country of a place named right after one of the body's mentions by «في/بـ (ولاية/مدينة)», or None."""
    places = {sp.start: p.country for p in doc.entities if p.type == "LOCATION" and p.country for sp in p.mentions}
    for m in e.mentions:
        got = _PLACE.match(doc.text, m.end)
        if got and got.end() in places:
            return places[got.end()]
    return None


def sector_countries(doc: Doc) -> None:
    """A body or person given a sector alone («EDU», «BUS») and a country later takes the country into its code
    («جامعة ...»: EDU, then USA: USAEDU), in place: a code is never a bare sector where the country is known. A
    code of no state («IGOGCC» of «الأمين العام لمجلس التعاون», «IMGMUSALQ») is no sector and takes none."""
    for e in doc.entities:
        sector = e.attrs.get("sector")
        if e.country and sector and e.actor == sector and len(str(sector)) == 3 and sector not in ("IGO", "IMG"):
            e.actor = e.country + str(sector)


def unplaced_bodies(doc: Doc, gaz: Gazetteer) -> None:
    """Give each organisation of no country and no code the education sector its name opens with (and the country
    of an adjective right after it), in place."""
    for e in doc.entities:
        if e.type != "ORGANIZATION" or e.country or e.actor:
            continue
        sector = opening_sector(e.name)
        if sector in _SECTORS:
            iso = _adjective_country(doc, gaz, e) or _place_country(doc, e)
            e.country = iso
            e.actor = (iso or "") + sector
            e.attrs["sector"] = sector

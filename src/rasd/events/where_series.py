"""Round lo473: the country a listed series shares (see ``location.event_location``). «بسلسلة الهجمات التي ضربت
... مسفرة عن مقتل ستة ، من بينها هجومان ... في أنقرة ... في مدينة اسطنبول»: the places past a partitive of things
are the items' own (``where_listed.listed_item_place``), so the series has no town; when two towns or more are
listed and all lie in one country that the article names, the series and its toll were in that country
(``series_country``). Towns of two countries give nothing."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES
from .gentilics import country_entity
from .lexicon import Hit
from .where_listed import listed_item_place


def series_country(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The country (as a «في» place on the first town's words) that every town listed past a partitive of things
    after the trigger ``hit`` lies in, where two towns or more are listed and the article names that country as a
    place; None otherwise."""
    towns: list[Chunk] = [c for c in chunks if c.etype in PLACES and c.entity is not None
                          and listed_item_place(doc, hit, c)]
    isos: set[str] = set()
    names: set[str] = set()
    for c in towns:
        ent = doc.entity(c.entity)
        if ent is None or ent.country is None or ent.actor is not None:
            return None  # (a country or a body listed itself, or a place of no known country)
        isos.add(ent.country)
        names.add(ent.id)
    if len(names) < 2 or len(isos) != 1:
        return None
    country = country_entity(doc, next(iter(isos)))
    if country is None:
        return None
    c = towns[0]
    return Chunk(c.i, c.j, c.start, c.end, country.id, country.type, "في", c.coord, c.title, c.definite, c.number)

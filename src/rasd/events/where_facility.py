"""Round en631: a facility named by its town («فندق سوسة», «مطار بغداد»: an organisation of kind ``facility``, made
by :mod:`rasd.entities.town_facilities`, with the town's place mention inside it) is, for the place of an event, its
town: «الهجوم على فندق سوسة» is in Sousse, «وصل الوزير إلى مطار بغداد» in Baghdad (the hotel, the airport stays the
target)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES

FACILITY = "facility"  # (the kind entities.town_facilities gives the facility)


def town_chunk(doc: Doc, c: Chunk) -> Chunk:
    """The chunk ``c`` read as the town of the facility it names («مطار بغداد» → «بغداد», with the facility's tokens
    and preposition), else ``c`` itself."""
    if c.entity is None or c.etype != "ORGANIZATION":
        return c
    ent = doc.entity(c.entity)
    if ent is None or ent.attrs.get("kind") != FACILITY:
        return c
    town = next((e for e in doc.entities if e.type in PLACES
                 and any(c.start <= m.start and m.end <= c.end for m in e.mentions)), None)
    if town is None:
        return c
    return Chunk(c.i, c.j, c.start, c.end, town.id, town.type, c.prep, c.coord, c.title, c.definite, c.number)


def facility_towns(doc: Doc, chunks: list[Chunk], targets: list[Chunk] | None) -> tuple[list[Chunk], list[Chunk] | None]:
    """``chunks`` and ``targets`` with every facility named by its town read as the town (see :func:`town_chunk`)."""
    return [town_chunk(doc, c) for c in chunks], None if targets is None else [town_chunk(doc, c) for c in targets]

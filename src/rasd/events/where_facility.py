"""Round en631: a facility named by its town («فندق سوسة», «مطار بغداد»: an organisation of kind ``facility``, made
by :mod:`rasd.entities.town_facilities`, with the town's place mention inside it) is, for the place of an event, its
head word and its town, as the phrase was read before it was one name: «الهجوم على فندق سوسة» is in Sousse, «وصل
الوزير إلى مطار بغداد» in Baghdad (the hotel, the airport stays the target)."""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import new_chunk
from .chunks import Chunk
from .forms import PLACES

FACILITY = "facility"  # (the kind entities.town_facilities gives the facility)


def town_split(doc: Doc, c: Chunk) -> list[Chunk]:
    """The chunk ``c`` of a facility named by its town as its head word's chunk (with ``c``'s preposition) and the
    town's («مطار | بغداد»), else ``[c]``."""
    if c.entity is None or c.etype != "ORGANIZATION" or c.j <= c.i:
        return [c]
    ent = doc.entity(c.entity)
    if ent is None or ent.attrs.get("kind") != FACILITY:
        return [c]
    toks = doc.tokens
    for e in doc.entities:
        if e.type not in PLACES:
            continue
        for m in e.mentions:
            t = next((t for t in range(c.i + 1, c.j + 1) if toks[t].start == m.start), None)
            if t is not None and m.end <= c.end:
                head = new_chunk(toks, c.i, t - 1, c.start, toks[t - 1].end, None, None, c.prep, c.coord)
                # a locative «في» stays with the town too: «عقد الاجتماع في فندق سوسة» is held in Sousse
                prep = c.prep if c.prep == "في" else None
                return [head, new_chunk(toks, t, c.j, m.start, c.end, e.id, e.type, prep, False)]
    return [c]


def town_chunk(doc: Doc, c: Chunk) -> Chunk:
    """The town of the facility chunk ``c`` names («مطار بغداد» → «بغداد»), else ``c``."""
    return town_split(doc, c)[-1]


def facility_towns(doc: Doc, chunks: list[Chunk], targets: list[Chunk] | None) -> tuple[list[Chunk], list[Chunk] | None]:
    """``chunks`` and ``targets`` with every facility named by its town read as its head and the town (see
    :func:`town_split`)."""
    if not any(c.etype == "ORGANIZATION" and c.j > c.i for c in chunks):
        return chunks, targets
    return [s for c in chunks for s in town_split(doc, c)], None if targets is None else [town_chunk(doc, c) for c in targets]

"""Round ev809: the finest place named in one place phrase (see ``location.event_location``).

- «غارات ... قرب مارع في شمال سوريا», «في حلب في سوريا»: when the place found is a country said with «في»
  (over compass words: «في شمال»), right after a town or region of that same country said with «في», «بـ» or «قرب»,
  the town is where the act was: it tells more (the gazetteer gives each town its country)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw

FINER_PREPS = ("في", "ب", "قرب")  # the prepositions of the finer place («قرب مارع», «في حلب», «بحلب»)
COMPASS_WORDS = 2  # compass words between «في» and the wider place («في جنوب شرق تركيا»)


def _wider_start(doc: Doc, c: Chunk) -> int | None:
    """The token of «في» (or of a compass word glued to «بـ»/«في»: «بشمال») that opens the wider place ``c`` over
    its compass words («في شمال سوريا»), None if it is not said so."""
    toks = doc.tokens
    s = c.i
    while s > 0 and c.i - s < COMPASS_WORDS and toks[s - 1].norm_key in fw("compass"):
        s -= 1
    if s == 0:
        return None
    if toks[s - 1].norm_key == "في":
        return s - 1
    if s < c.i and toks[s].norm_key[:1] == "ب" and toks[s].norm_key[1:] in fw("compass"):
        return s  # («بشمال سوريا»)
    return None


def finer_place(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """The town or region of the place ``c``'s country named right before it in one phrase («قرب مارع في شمال
    سوريا»: Mare'), else ``c`` itself."""
    wide = doc.entity(c.entity)
    if wide is None or wide.country is None or wide.actor != wide.country or (c.prep is not None and c.prep != "في"):
        return c  # (only a country: «بقصر الاتحادية في القاهرة» is in Cairo)
    start = _wider_start(doc, c) if c.prep is None else c.i - 1
    if start is None:
        return c
    before = next((b for b in chunks if b.j == start - 1 and b.etype in PLACES), None)
    if before is None or before.entity == c.entity or before.prep not in FINER_PREPS:
        return c
    fine = doc.entity(before.entity)
    if fine is None or fine.actor is not None or fine.country != wide.country:
        return c  # (a country before a country: «في تركيا في سوريا» are two places)
    return before

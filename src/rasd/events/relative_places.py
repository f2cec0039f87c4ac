"""Round 188: a town named inside the subject's relative clause («المتظاهرون الذين جابوا شوارع كابل نددوا»), or
right after a street word («شوارع/ساحة/ميدان X»: function words ``street_words``), is where the subject went, never
the doer of the main verb after it. A country stays a possible doer there (an entity with a state actor: «أعلنت
كابل» and other metonymy after the verb are not read here at all)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Event
from .chunks import Chunk, plain_chunk
from .forms import PLACES, bare, fw, nkey
from .lexicon import Hit
from .word_tests import breaks_between, clause_stop

RELATIVE_REACH = 12  # words from the place back to the relative pronoun that opens its clause


def _state(doc: Doc, c: Chunk) -> bool:
    """The chunk names a country acting as a state (a place entity with a three-letter state actor)."""
    ent = next((e for e in doc.entities if e.id == c.entity), None)
    return ent is not None and ent.actor is not None and len(ent.actor) == 3


def _relative_before(doc: Doc, c: Chunk, sent_start: int) -> int | None:
    """The relative pronoun that opens the clause the chunk ``c`` stands in, scanning back within its clause."""
    for t in range(c.i - 1, max(sent_start, c.i - RELATIVE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if bare(nkey(text), "relatives") in fw("relatives"):
            return t
        if clause_stop(text) or breaks_between(doc, t, t + 1, relatives=False):
            return None
    return None


def relative_place(doc: Doc, chunks: list[Chunk], c: Chunk, sent_start: int) -> tuple[bool, Chunk | None]:
    """Whether the town chunk ``c`` (taken as a verb's subject) is no doer, and then the unnamed antecedent of the
    relative clause it stands in (a definite word, «المتظاهرون»), or None."""
    if c.entity is None or c.etype not in PLACES or c.prep is not None or _state(doc, c):
        return False, None
    street = c.i > sent_start and bare(doc.tokens[c.i - 1].norm_key, "street_words") in fw("street_words")
    rel = _relative_before(doc, c, sent_start)
    if rel is None:
        return street, None
    if rel - 1 < sent_start or any(d.j == rel - 1 and d.entity is not None for d in chunks):
        return True, None
    k = doc.tokens[rel - 1].norm_key.removeprefix("و")
    return True, (plain_chunk(doc.tokens, rel - 1, rel - 1) if k.startswith("ال") and len(k) > 4 else None)


def _plural_key(doc: Doc, hit: Hit) -> bool:
    return doc.tokens[hit.j].norm_key.endswith(("وا", "ون"))


def shared_unnamed(doc: Doc, hit: Hit, done: Sequence[tuple[Hit, Sequence[Event]]]) -> Chunk | None:
    """«المتظاهرون الذين ... نددوا بكذا، وطالبوا»: a plural verb in «و» after a plural verb of its sentence whose
    subject is an unnamed phrase (a source_text, no entity) shares that subject: that phrase, none named before."""
    if hit.pos != "V" or hit.cand.proclitics[:1] != ("و",) or not _plural_key(doc, hit):
        return None
    prev = next((d for d in reversed(done) if d[0].pos == "V" and d[0].i < hit.i), None)
    if prev is None or not prev[1] or not _plural_key(doc, prev[0]):
        return None
    if not all(ev.source is None and ev.attrs.get("source_text") for ev in prev[1]):
        return None
    span = prev[1][0].attrs.get("source_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    i, j = doc.token_at(int(span[0])), doc.token_at(int(span[1]) - 1)
    return plain_chunk(doc.tokens, i, j) if i is not None and j is not None and i <= j < hit.i else None

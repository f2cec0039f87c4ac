"""A cue that goes on a narrated act, for the ``quotes`` stage: «وقالت المصادر إن ... وقام أحد عناصر الميليشيات
بإطلاق النار على الشاب وأرداه قتيلا، وقال لوالده: «...»»: a verb cue with «و» right after a comma whose gender is
not that of the speaker quoted just before in the sentence (the sources, feminine; «وقال», masculine) is no more
that speaker: it shares the subject of the «و + verb» clause nearest before it, inside the reported words, where
that verb agrees with the cue and its subject is one who may act or speak (a person or body named, a partitive
«أحد ...», an actor or a title).
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..text.verb_gender import loose_gender
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import fw, fw_keys
from .clauses import verb_at
from .cues import Cue
from .fronted import speaking_head
from .phrases import governed, is_time, phrase_span

_PARTITIVES = fw_keys("partitive_words")
_CLOSING = ("", "»", '"', "”")


def narrated_subject(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: list[Quote],
                     sent: Span) -> tuple[str | None, Span | None] | None:
    """(the entity, else None; the phrase where unnamed) of the narrated clause's subject the cue at ``t`` goes on
    with (see the module's note); None where the cue agrees with the speaker before or no such clause stands."""
    if cue.kind != "verb" or cue.plural or t < 3 or doc.tokens[t - 1].text not in ("،", ","):
        return None
    if doc.tokens[t].norm_key[:1] != "و":
        return None
    prior = [q for q in quotes if q.cue.start >= sent.start]
    if not prior or prior[-1].attrs.get("gender") == cue.gender or prior[-1].attrs.get("kind") == "according":
        return None
    q = prior[-1]
    if doc.text[q.content.end : doc.tokens[t - 1].start].strip() not in _CLOSING:
        return None  # the words run up to the comma before the cue
    a = doc.token_at(q.content.start)
    for k in range(t - 2, a if a is not None else t - 2, -1):
        key = doc.tokens[k].norm_key
        if key[:1] != "و" or len(key) < 4 or not verb_at(doc, chunks, k, False):
            continue
        c = next((c for c in chunks if c.i <= k + 1 <= c.j), None)
        if c is not None and c.i == k and c.entity is None:
            c = plain_chunk(doc.tokens, k + 1, c.j, c.end)  # «وقام | أحد عناصر»: the chunker took the verb in
        if c is None or c.i != k + 1 or c.j >= t - 1 or governed(doc, c) or c.number or is_time(doc, c):
            continue
        if loose_gender(key[1:]) != cue.gender:  # (past its «و»)
            return None
        if c.entity is not None:
            return (c.entity, None) if c.etype in ("PERSON", "ORGANIZATION") else None
        head = doc.tokens[c.i].norm_key
        if head in _PARTITIVES or head in fw("actor_heads") or speaking_head(doc, c):
            return None, phrase_span(doc, c)
        return None
    return None

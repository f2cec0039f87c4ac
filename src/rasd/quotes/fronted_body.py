"""An unnamed subject that stands before its verb cue at the head of its clause, for the ``quotes`` stage:
«والجيش نفى أن ...», «لكن الجيش نفى استهدافه ...», «، والحكومة قالت إن ...» (round 224). Its phrase is the speaker
text; where the bare head stands for a body the article names (``head_bodies.named_head_body``), that body speaks.
Also a verb cue after «بأن» that tells how the main verb's subject went on («ثم أضاف الرجل، ...، بأن قال»,
«واكتفى الوزير بأن قال»): that subject speaks.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import fw, nkey
from .agreement import _agrees
from .apposition import boundary
from .clauses import main_subject
from .cues import match_cue
from .carry import Scene, source_gender
from .fronted import speaking_head
from .head_bodies import named_head_body
from .phrases import is_time, phrase_span

_SEMICOLONS = ("؛", ";")


def _opens_clause(doc: Doc, c: Chunk, sent: Span) -> bool:
    """The phrase ``c`` opens its clause: first in its sentence, or right after a comma, a semicolon, «أن», «لكن», a
    lone «و» (``apposition.boundary``)."""
    k = c.i - 1
    return k < 0 or doc.tokens[k].end <= sent.start or doc.tokens[k].text in _SEMICOLONS or boundary(doc, k)


def _body_word(doc: Doc, c: Chunk) -> bool:
    """The phrase ``c`` is headed by one who may speak unnamed (``fronted.speaking_head``) or by the bare head of a
    body («الجيش», «الحركة»: army_body_heads, definite_body_heads)."""
    key = doc.tokens[c.i].norm_key
    key = key[1:] if key[:1] in ("و", "ف") and key[1:3] == "ال" else key
    return speaking_head(doc, c) or key in fw("army_body_heads") or key in fw("definite_body_heads")


def fronted_unnamed(doc: Doc, chunks: list[Chunk], v: int, sent: Span, gender: str,
                    heard: dict[str, str], scene: Scene) -> tuple[str | None, str] | None:
    """SVO with a definite phrase of no name right before a verb cue (its last token at ``v``) that opens its clause
    and is headed by one who may speak («والجيش نفى», «لكن الجيش نفى»): (the body the bare head stands for, agreeing
    with the verb's ``gender``, "svo"); else (None, "svo") with the phrase (no «و/ف» glued to it) held in ``scene``,
    its gender that of the verb; None otherwise (a fact: «والحقائق تقول لنا»; a time; a phrase inside a clause)."""
    if v >= 0 and doc.tokens[v].norm_key in _BY:
        return _by_saying(doc, chunks, v, sent, gender, heard, scene)
    c = next((c for c in chunks if c.j == v and c.prep is None and c.entity is None and c.definite), None)
    if c is None or c.number or c.coord and c.j > c.i or is_time(doc, c) or not _opens_clause(doc, c, sent):
        return None
    if not _body_word(doc, c):
        return None
    body = named_head_body(doc, c.i, doc.tokens[c.i].start)
    if body is not None:
        return (body, "svo") if _agrees(doc, body, gender, heard) else None
    span = phrase_span(doc, c)
    key = doc.tokens[c.i].norm_key
    if key[:1] in ("و", "ف") and key[1:3] == "ال" and doc.tokens[c.i].start == span.start:
        span = Span(span.start + 1, span.end)  # «والجيش»: the army, not «و»
    if source_gender(doc, span) not in (gender, None):
        return None
    scene.held = span
    return None, "svo"


_BY = frozenset(nkey(w) for w in ("بأن",))


def _by_saying(doc: Doc, chunks: list[Chunk], v: int, sent: Span, gender: str, heard: dict[str, str],
               scene: Scene) -> tuple[str | None, str] | None:
    """«بأن» at ``v`` right before a verb cue: the subject of the sentence's main verb (``clauses.main_subject``), or
    of the verb cue the chunker read into one phrase with its subject («أضاف | الرجل»): its entity where it agrees
    with ``gender``; its phrase, a definite one of one who may speak or a person («الرجل»), held in ``scene``; None
    otherwise."""
    c = main_subject(doc, v, chunks, sent, False)
    if c is None:
        d = next((d for d in chunks if d.j < v and doc.tokens[d.i].start >= sent.start and d.j > d.i
                  and d.prep is None and d.entity is None and match_cue(doc, d.i) is not None), None)
        c = plain_chunk(doc.tokens, d.i + 1, d.j, d.end) if d is not None else None
    if c is None or c.prep is not None or c.number or is_time(doc, c):
        return None
    if c.entity is not None:
        return (c.entity, "svo") if _agrees(doc, c.entity, gender, heard) else None
    key = doc.tokens[c.i].norm_key.removeprefix("ال")
    if not (c.definite and (_body_word(doc, c) or key in fw("actor_heads"))):
        return None
    span = phrase_span(doc, c)
    if source_gender(doc, span) not in (gender, None):
        return None
    scene.held = span
    return None, "svo"

"""An unnamed many as a cue's subject, for the ``quotes`` stage (round q314): a quantifier («بعض», «جميع», «كل»,
«معظم», «غالبية», «أغلب»: subject_quantifiers) that the chunker leaves out, with the definite phrase it governs
right after it. After a verb cue («وأكد بعض الأطباء النفسيين أن», «أعلن جميع المرشحين الجمهوريين أنهم») the
speaker stays no one named (``speakers`` says so), but the phrase is who spoke. Before a verb cue, right after
«لكن/ولكن» or «إن/أن» («لكن بعض الأصوات قالت إن»), the same phrase is the fronted subject."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import fw
from .cues import is_complementizer
from .phrases import governed, is_time, phrase_span

_BUT = frozenset(("لكن", "ولكن"))


def _governed_many(doc: Doc, chunks: list[Chunk], q: int) -> Chunk | None:
    """The definite phrase, of no preposition and no time, right after the quantifier at token ``q``; None where
    token ``q`` is no subject quantifier or no such phrase follows it."""
    if q < 0 or q + 1 >= len(doc.tokens) or doc.tokens[q].norm_key not in fw("subject_quantifiers"):
        return None
    c = next((c for c in chunks if c.i == q + 1), None)
    if c is None or not c.definite or c.prep is not None or governed(doc, c) or is_time(doc, c):
        return None
    return c


def many_after(doc: Doc, t: int, chunks: list[Chunk]) -> Span | None:
    """The quantified phrase right after the verb cue at token ``t`` («وأكد بعض الأطباء النفسيين أن»: «بعض الأطباء
    النفسيين»), as a span from the quantifier; None otherwise (not «وأكد كل من فلان وفلان»: «من» is no definite
    phrase, and `joint` reads it)."""
    c = _governed_many(doc, chunks, t + 1)
    if c is None:
        return None
    return Span(doc.tokens[t + 1].start, phrase_span(doc, c, told=True).end)


def many_before(doc: Doc, chunks: list[Chunk], v: int) -> Span | None:
    """The quantified phrase ending at token ``v`` right before a verb cue, itself right after «لكن/ولكن» or
    «إن/أن» («لكن بعض الأصوات قالت إن»: «بعض الأصوات»); None otherwise (not at a sentence's start, where the
    phrase may be the object fronted or the writer's own «بعض المراقبين يرون» is read by others)."""
    c = next((c for c in chunks if c.j == v and c.prep is None and c.entity is None and c.definite), None)
    if c is None or c.i < 2 or _governed_many(doc, chunks, c.i - 1) is None:
        return None
    opener = c.i - 2
    if doc.tokens[opener].norm_key not in _BUT and not is_complementizer(doc, opener):
        return None
    return Span(doc.tokens[c.i - 1].start, phrase_span(doc, c).end)

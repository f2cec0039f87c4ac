"""The words that name a speaker the article names by his title only (round en530).

An official with no name (`rasd.entities.titleholders`: «وقال وزير مالية سريلانكا», «أعلن محافظ عدن ...، كما أكد»)
is a speaker entity whose name is his title; his quotes keep the words that name him as their ``speaker_text``,
as they did before he was an entity, so a reader sees the phrase the speaker is told by.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span


def _nearest(cue: Span, spans: list[Span]) -> Span | None:
    """The span of ``spans`` closest to ``cue``, before it or after it («أكد» ... «محافظ عدن»)."""
    return min(spans, key=lambda m: cue.start - m.end if m.end <= cue.start else m.start - cue.end, default=None)


def titled_spans(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """``quotes``, each said by an official named by his title only given the mention of him nearest its cue as its
    speaker phrase («وقال وزير مالية سريلانكا إن»: «وزير مالية سريلانكا»); a named speaker's quotes are left as
    they are."""
    for q in quotes:
        ent = doc.entity(q.speaker)
        if ent is None or ent.type != "PERSON" or ent.name not in ent.roles or "speaker_text" in q.attrs:
            continue
        near = _nearest(q.cue, [m for m in ent.mentions if doc.text[m.start : m.end] == ent.name] or ent.mentions)
        if near is not None and "speakers" not in q.attrs:
            q.attrs["speaker_text"] = Span(near.start, near.end)
    return quotes

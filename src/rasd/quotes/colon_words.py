"""Words a colon introduces with no quotation marks around them are the speaker's own, as quoted words are: «وقال:
ما زلنا نختلف مع واشنطن بشأن دعم المعارضة» is direct speech (round 288), as is «وقال: «سنتوجه لـ«المحكمة)، ...»»
whose marks inside do not pair (the outer marks dropped)."""

from __future__ import annotations

from ..doc import Span


def colon_words(text: str, span: Span | None) -> tuple[Span | None, bool]:
    """(the words, direct?) after a colon, up to where the cue's words end: direct, without the outer quote marks
    where the words open and close with them («:» «...»)."""
    if span is None:
        return None, False
    if span.end - span.start > 2 and text[span.start] == "«" and text[span.end - 1] == "»":
        inner = text[span.start + 1:span.end - 1]
        if inner.strip():
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            return Span(span.start + 1 + lead, span.end - 1 - trail), True
    return span, True

"""A dropped subject right after a quote whose speaker is only a phrase, for the ``quotes`` stage (round 282): «ولم
تتوقف إجابة البرلماني عند هذا الحد، ولكنه أضاف ما يجعلك توقن أن ... . وأضاف أنه لاحظ أن ...»: the second «وأضاف»
goes on with the one the first named by a phrase the entity layer does not mark («البرلماني»), not with no one.

Only where the carry finds no speaker of the cue's gender before (a named one goes first: «وقال المسؤول اليمني»
stands for the man named earlier), and only the quote right before the cue: its speaker a phrase, no entity and no
pair, of the cue's gender and number (a masculine «وأضاف» does not go on with «المصادر» or «الوزيرة»), not an
«according to» source, its cue within LAST_REACH sentences before the cue's (no speaker from far back)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Quote, Span
from .cues import Cue

LAST_REACH = 2  # sentences back from the cue's to the cue of the quote whose phrase it goes on with


def last_phrase(quotes: Sequence[Quote], cue: Cue, since: int) -> Span | None:
    """The speaker phrase of the quote right before a dropped subject's cue (see the module), where that quote's cue
    stands at character ``since`` or after (the start of the sentence LAST_REACH before the cue's); else None."""
    if not quotes:
        return None
    q = quotes[-1]
    phrase = q.attrs.get("speaker_text")
    if q.speaker is not None or not isinstance(phrase, Span) or "speakers" in q.attrs or q.attrs.get("body"):
        return None
    if q.attrs.get("kind") == "according" or q.cue.start < since:
        return None
    return phrase if q.attrs.get("gender") == cue.gender and bool(q.attrs.get("plural")) == cue.plural else None

"""A participle right after reported words, for the ``quotes`` stage: «وموضحاً أن اللغات ...، ولذلك فإن الأمم
الحيّة تعتني بلغاتها، ومؤكداً أن» hangs on a clause that is itself part of what the one before said, so its subject
(«الأمم») is no speaker; the participle goes on for the one whose words it follows."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote
from .cues import Cue

_BETWEEN = frozenset("،,؛; \u00a0")  # what may stand between the words before and the participle


def followed_on(doc: Doc, t: int, cue: Cue, quotes: Sequence[Quote]) -> Quote | None:
    """The last quote, where the participle cue at token ``t`` comes right after its words (nothing but commas,
    semicolons and spaces between), that quote's cue is a participle too and agrees with this one in gender and
    number, and it has a named speaker; None otherwise."""
    if cue.kind != "participle" or not quotes:
        return None
    last = quotes[-1]
    start = doc.tokens[t].start
    if last.speaker is None or last.attrs.get("kind") != "participle" or not last.content.end <= start:
        return None
    if last.attrs.get("gender") != cue.gender or last.attrs.get("plural") != cue.plural:
        return None
    gap = doc.text[last.content.end : start]
    return last if gap and all(ch in _BETWEEN for ch in gap) else None

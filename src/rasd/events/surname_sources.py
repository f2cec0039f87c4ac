"""Round 154: a person told again by the last word of the name alone. «وأصدر عبدالله التركي بيانا ... واستنكر التركي
هذه التصريحات»: an event with no source whose source phrase is one word, the last word of the name of exactly one
person the article named before the trigger (a name of two words or more), is done by that person. The entity layer
leaves such a word alone where it reads as an adjective of origin («التركي», «المصري»); as the bare subject of the
verb, after the full name, it is the man. Nothing where no person or more than one has that last word («واستنكر
التركي» alone), where the one word is a title or a common noun no name ends with, or where that person is the
event's target.
"""

from __future__ import annotations

from typing import Callable

from ..doc import Doc, Event
from .forms import key_past_and

PERSON = "PERSON"


def _bearer(doc: Doc, word: str, before: int) -> str | None:
    """The one person named before offset ``before`` whose name (of two words or more) ends with ``word``."""
    key = key_past_and(word)
    found = {e.id for e in doc.entities if e.type == PERSON and len(e.name.split()) > 1
             and key_past_and(e.name.split()[-1]) == key and any(m.start < before for m in e.mentions)}
    return next(iter(found)) if len(found) == 1 else None


def one_word_sources(doc: Doc, events: list[Event], find: Callable[[Doc, str, int], str | None]) -> None:
    """Give each event with no source whose source phrase is one word the person ``find`` reads it as (the word, the
    trigger's start), unless that person is the event's target. Shared by the last-name reading here and the
    bare-title one of `bare_titles`."""
    for ev in events:
        text = ev.attrs.get("source_text")
        if ev.source is not None or not isinstance(text, str) or len(text.split()) != 1:
            continue
        who = find(doc, text, ev.trigger.start)
        if who is None or who == ev.target:
            continue
        ev.source = who
        ev.attrs.pop("source_text", None)


def surname_sources(doc: Doc, events: list[Event]) -> None:
    """Give each event whose source phrase is a bare last name the one person named before with it (module
    docstring)."""
    one_word_sources(doc, events, _bearer)

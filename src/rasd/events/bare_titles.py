"""Round ev291: a person told again by a bare title alone. «وأوضح فلان أن الرئيس السيسي سيكون على متن السفينة ...
وفور وصول الرئيس سيستقبلهم»: an event with no source whose source phrase is one definite title word («الرئيس»,
«الملك», «الأمير») is done by the one person the entity layer gave that bare title as a role («الرئيس» of «الرئيس
السيسي») where that reading is unambiguous: exactly one person holds the bare title, and of the people with a title
headed by that word («الرئيس العراقي فلان»), he is the one named last before the trigger. Nothing where two hold
the bare title, where another «رئيس» is named between, or where that person is the event's target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import key_past_and
from .surname_sources import one_word_sources

PERSON = "PERSON"


def _holder(doc: Doc, word: str, before: int) -> str | None:
    """The one person holding the bare title ``word`` who is the last person with a title of that head named
    before offset ``before`` (module docstring)."""
    key = key_past_and(word)
    if not key.startswith("ال") or len(key) < 5:
        return None
    bare = {e.id for e in doc.entities if e.type == PERSON and any(key_past_and(r) == key for r in e.roles)}
    if len(bare) != 1:
        return None
    titled = [(m.start, e.id) for e in doc.entities if e.type == PERSON
              and any(r.split() and key_past_and(r.split()[0]) == key for r in e.roles)
              for m in e.mentions if m.start < before]
    if not titled:
        return None
    last = max(titled)[1]
    return last if last in bare else None


def bare_title_sources(doc: Doc, events: list[Event]) -> None:
    """Give each event whose source phrase is a bare title the one person who holds it (module docstring)."""
    one_word_sources(doc, events, _holder)

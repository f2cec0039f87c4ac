"""Round mend627: the place a repeat says in its own clause, right after its trigger, is where the act it joins
was, when that act names none («وبحث الوزيران الوضع، كما تناول اللقاء في الرياض القضايا الراهنة»: the talks were
in Riyadh; «كما تناول الاجتماع الذي عقد في الرياض»). Only «في» right after the trigger, or after a relative
pronoun and its one verb: a place further on is as often the matter talked of or another act's («كما تناول اللقاء
الأوضاع في اليمن»), and the place of the clause before «، كما» is never the repeat's (``joined_places``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Entity, Event
from .forms import bare, fw, nkey

GAP_MAX = 60  # characters from the trigger's end to the place: «الذي عقد أمس في» at most


def _own_gap(gap: str) -> bool:
    """Whether ``gap``, the text between a trigger and a place, is «في» alone or a relative pronoun, its verb and
    «في» («اللقاء في الرياض», «الاجتماع الذي عقد في الرياض»)."""
    words = gap.split()
    if not words or words[-1] != "في" or any(not w.isalpha() for w in words):
        return False
    if len(words) == 1:
        return True
    return len(words) == 3 and bare(nkey(words[0]), "relatives") in fw("relatives")


def own_clause_place(text: str, told: Event, entities: Sequence[Entity]) -> bool:
    """Whether the place of ``told`` is named in ``told``'s own clause right after its trigger (see the module)."""
    place = next((e for e in entities if e.id == told.location), None)
    if place is None:
        return False
    end = told.trigger.end
    return any(end < m.start <= end + GAP_MAX and _own_gap(text[end:m.start]) for m in place.mentions)

"""Round ev446: a meeting the visitor holds in the sentence after his visit is told is held where he went (see
``where_carry.carried_places``); narrow: a null is better than a wrong place.

- «وصل بحاح إلى مدينة عدن أمس ... . وعقد بحاح اجتماعًا مع السلطات المحلية»: the visitor's meeting;
- «سيعقد لافروف اجتماعًا ثلاثيًا ... خلال زيارة عمل لقطر. وأضافت أن لافروف سيعقد اجتماعات أيضًا مع أمير قطر»:
  the host country named again (its ruler's title) opens no other scene.

A meeting (CAMEO 04, not a visit) with no place whose source made a visit (CAMEO 042) with a place told in the
sentence right before takes the place of the last such visit there. Nothing where the meeting's sentence names a
place of another country («أبلغني بومبيو أنه اجتمع مع ... المفاوضين مع إيران» after his visit to Vienna), where
its date is not the visit's («بعد يومين», another month), where another party made the visit told last in that
sentence, nor where the visit is hosted (CAMEO 043: the host stays home).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES
from .where_links import other_day
from .word_tests import sentence_index

MEETINGS = "04"  # consult, visit, negotiate
VISIT = "042"


def other_place_in(doc: Doc, place: str, lo: int, hi: int) -> bool:
    """Whether the text lo..hi names a place that is neither ``place`` nor of its country («في القاهرة ... باريس»;
    also ``lead_acts``)."""
    there = doc.entity(place)
    if there is None:
        return True
    for ent in doc.entities:
        if ent.type not in PLACES or ent.id == place:
            continue
        if any(lo <= m.start < hi for m in ent.mentions) and (ent.country is None or ent.country != there.country):
            return True
    return False


def trip_meeting_places(doc: Doc, events: list[Event]) -> None:
    """Give a visitor's meeting told in the sentence after his visit the visit's place (module docstring)."""
    for ev in events:
        if ev.location is not None or ev.source is None or not ev.code.startswith(MEETINGS) or ev.code == VISIT:
            continue
        k = sentence_index(doc, ev.trigger.start)
        if not k:
            continue
        before = doc.sentences[k - 1]
        told = [(t.start, n) for n, v in enumerate(events) if v.code == VISIT and v.location is not None
                for t in v.triggers or [v.trigger] if before.start <= t.start < before.end]
        if not told:
            continue
        visit = events[max(told)[1]]  # the visit told last in that sentence (a merged one by any of its tellings)
        if visit.source != ev.source or visit.location is None or other_day(ev.date, visit.date) \
                or other_place_in(doc, visit.location, ev.sentence.start, ev.sentence.end):
            continue
        ev.location = visit.location

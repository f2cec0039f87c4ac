"""Round ev361: a bare «الزيارة» right after a visit was told is that visit, across a paragraph break.

«أن الائتلاف تلقى دعوة من الخارجية الروسية لزيارة موسكو ...» then, in the next sentence (often its own paragraph
in news), «سيتم تأكيد موعد الزيارة»: a visit event (CAMEO 042/043) with no party, whose trigger is a definite noun
that points back (``pointed_back.points_back``: bare, no pronoun, relative or name after it), takes the visitor and
the place visited of the last visit told before it, in its own sentence or the one right before. The rules of
``pointed_back`` ask for one pair over the article and one paragraph; a visit told again is the last one told.

Nothing where that visit names no visitor, a person or a body, where a meeting or visit of other parties is told
between (in its own sentence), or where nothing was told in the sentence right before.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .pointed_back import points_back

VISITS = ("042", "043")
TALKS = "04"  # a meeting or visit of other parties told between
ACTORS = ("PERSON", "ORGANIZATION")


def _visit_before(doc: Doc, ev: Event, events: list[Event]) -> Event | None:
    """The last visit told before ``ev`` in its sentence or the one right before."""
    starts = [s.start for s in doc.sentences]
    k = bisect_right(starts, ev.trigger.start) - 1
    lo = doc.sentences[k - 1].start if k >= 1 else ev.sentence.start
    before = [o for o in events
              if o is not ev and lo <= o.trigger.start < ev.trigger.start and o.code.startswith(TALKS)]
    if not before:
        return None
    last = max(before, key=lambda o: o.trigger.start)
    return last if last.code.startswith(VISITS) else None


def retold_visits(doc: Doc, events: list[Event]) -> None:
    """Give a bare definite visit noun the parties of the visit told right before it (module docstring)."""
    for ev in events:
        if not ev.code.startswith(VISITS) or ev.source is not None or ev.target is not None:
            continue
        if ev.attrs.get("source_text") or ev.attrs.get("target_text") or not points_back(doc, ev):
            continue
        told = _visit_before(doc, ev, events)
        visitor = doc.entity(told.source) if told is not None and told.source is not None else None
        if told is None or visitor is None or visitor.type not in ACTORS:
            continue
        ev.source, ev.target = told.source, told.target
        ev.attrs["visit_retold"] = True

"""The parties of «اللقاء» told far from its meeting, where the article tells one meeting pair only.

«التقى وزير الخارجية فلان نظيره فلان ...» and, paragraphs later, «وأكد الوزير أنه جرى خلال اللقاء بحث الوضع»: a
meeting noun with the article (``meetings``: function words ``meeting_nouns``) and no party, with no meeting or talks
event in its sentence or the one before (there ``meetings.meeting_parties`` reads the meeting just told, or gives
none), is the meeting of the article's earlier meeting events that name both parties, where they all name the same two
(a person or a body each, in either order; a place visited is no party: round 106): it takes those two. Round
169: where it names one of the two as its own party («نقل الوزير خلال اللقاء تحيات»), the other is its other party. Nothing where the article told meetings of two pairs
before it («استقبل الأمير الوزراء ... استقبل الأمير الوزير كيري ... خلال اللقاء»: which one is not said), or none.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .meetings import ACTORS, TALKS, reference


def _actors(doc: Doc, *eids: str) -> bool:
    """Whether every entity of ``eids`` is a person or a body."""
    return all((e := doc.entity(x)) is not None and e.type in ACTORS for x in eids)


def _told_again(doc: Doc, p: Event) -> bool:
    """Whether the meeting event ``p`` is a definite meeting noun that names not both parties («وتناول اللقاء»)."""
    words = doc.text[p.trigger.start : p.trigger.end].split()
    return bool(words) and reference(words[0]) == "def" and (p.source is None or p.target is None)


def _pair(doc: Doc, ev: Event, events: list[Event]) -> tuple[str, str] | None:
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, ev.sentence.start) - 1
    lo = starts[n - 1] if n >= 1 else ev.sentence.start
    earlier = [p for p in events if p is not ev and p.code.startswith(TALKS) and p.trigger.start < ev.trigger.start]
    if not earlier or any(p.trigger.start >= lo and not _told_again(doc, p) for p in earlier):
        return None  # (a meeting told just before: meeting_parties' to read; round 169: not «تناول اللقاء» that
        # tells the same meeting again, no pair of its own)
    both = [p for p in earlier if p.source is not None and p.target is not None and p.source != p.target
            and _actors(doc, p.source, p.target)]  # (round 106: «الذي يزور العاصمة»: a town visited is no party)
    pairs = {frozenset((p.source, p.target)) for p in both if p.source is not None and p.target is not None}
    if len(pairs) != 1:
        return None
    last = max(both, key=lambda p: p.trigger.start)
    if last.source is None or last.target is None:
        return None
    return last.source, last.target


def meeting_pair_parties(doc: Doc, events: list[Event]) -> None:
    """Give «اللقاء» with no party the one meeting pair its article told before (module docstring)."""
    for ev in events:
        if not ev.code.startswith(TALKS) or ev.source is not None and ev.target is not None:
            continue
        words = doc.text[ev.trigger.start : ev.trigger.end].split()
        if not words or reference(words[0]) != "def":
            continue
        pair = _pair(doc, ev, events)
        if pair is None:
            continue
        one = ev.source if ev.source is not None else ev.target
        if one is None:
            ev.source, ev.target = pair
        elif one in pair:  # round 169: «نقل الوزير خلال اللقاء»: one party named, the other is the pair's other
            other = pair[1] if one == pair[0] else pair[0]
            ev.source, ev.target = one, other
        else:
            continue
        ev.attrs["parties_carried"] = True
        ev.attrs["parties_article_pair"] = True

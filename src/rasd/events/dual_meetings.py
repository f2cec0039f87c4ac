"""Round ev879: the two parties of a meeting noun with the dual pronoun «ـهما» that no meeting told before gives.

«أكد وزير الخارجية الصيني فلان لنظيره الأميركي فلان، أن بلاده ...، بعد لقائهما», «الرئيس فلان يزور السعودية،
والملك فلان في مقدمة مستقبليه، ويؤكدان خلال اجتماعهما»: a meeting or talks noun (CAMEO 04) with «ـهما» (``meetings.
reference`` "dual": «لقائهما», «اجتماعهما», «محادثاتهما») that ``meetings.meeting_parties`` left without the two
persons of a meeting just told is the meeting of the two its pronoun stands for:

- the two parties of a dual verb before it in its sentence («ويؤكدان خلال اجتماعهما»: ``side_pairs.dual_verb_event``)
  that has both a source and a target, persons or bodies;
- else the last two persons named before it, in its sentence or the one before (``named_duals.last_two``); the one
  that acts in the verb nearest before it in the sentence (its source) first, else the one named first.

A party it had already is kept where it is one of the two (the other becomes the other side); a state taken from
«بلاده» or another party replaces it («أن بلاده أوقفت ... بعد لقائهما»: China is no party to the pronoun). Nothing
where fewer than two persons are named there: a guess from one name is worse than none.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .meetings import ACTORS, TALKS, reference
from .named_duals import last_two
from .side_pairs import dual_verb_event
from .source_set import name_party

BACK = 1  # sentences before the noun's own searched for the two persons


def _verb_pair(doc: Doc, ev: Event, events: list[Event]) -> tuple[str, str] | None:
    """The source and target of the nearest dual verb before ``ev`` in its sentence, both persons or bodies."""
    duals = [p for p in events if p is not ev and ev.sentence.start <= p.trigger.start < ev.trigger.start
             and p.source is not None and p.target is not None and p.source != p.target and dual_verb_event(doc, p)]
    if not duals:
        return None
    p = max(duals, key=lambda x: x.trigger.start)
    if p.source is None or p.target is None:
        return None
    if any((e := doc.entity(x)) is None or e.type not in ACTORS for x in (p.source, p.target)):
        return None
    return p.source, p.target


def _ordered(ev: Event, pair: tuple[str, str], events: list[Event]) -> tuple[str, str]:
    """The pair with the source of the nearest verb event before ``ev`` in its sentence first, where it is one of them."""
    verbs = [p for p in events if p is not ev and ev.sentence.start <= p.trigger.start < ev.trigger.start
             and p.attrs.get("pos") == "V" and p.source in pair]
    if verbs and max(verbs, key=lambda x: x.trigger.start).source == pair[1]:
        return pair[1], pair[0]
    return pair


def dual_meetings(doc: Doc, events: list[Event]) -> None:
    """Give a meeting noun with «ـهما» the two parties its pronoun stands for (module docstring)."""
    for ev in events:
        if not ev.code.startswith(TALKS) or ev.attrs.get("pos") != "N" or ev.attrs.get("parties_carried"):
            continue
        words = doc.text[ev.trigger.start : ev.trigger.end].split()
        if not words or reference(words[0]) != "dual":
            continue
        have = {x for x in (ev.source, ev.target) if x is not None}
        pair = _verb_pair(doc, ev, events)
        if pair is None:
            two = last_two(doc, ev.trigger.start, "person", BACK)
            pair = _ordered(ev, two, events) if two is not None else None
        if pair is None or set(pair) == have:
            continue
        if ev.source == pair[1] or ev.target == pair[0]:
            pair = (pair[1], pair[0])  # (a party it had keeps its side)
        if ev.source != pair[0]:
            ev.attrs.pop("source_national", None)  # («بلاده»: the country is no longer the source)
        name_party(ev, "source", pair[0])
        name_party(ev, "target", pair[1])
        ev.attrs["source_side"] = "dual_pronoun"

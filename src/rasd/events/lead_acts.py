"""Round lo566: a party's act told after the meeting, visit or talks it was at is where that was (see
``where_carry.carried_places``); narrow: a null is better than a wrong place.

- «انتهت جولة المشاورات الليبية في العاصمة الجزائرية أمس بين ليون وأعضاء ... . وصرح ليون عقب نهاية
  المشاورات»: the envoy speaks where the talks were;
- «التقى وزير الخارجية اليوم في موسكو نظيره الروسي . ووصف الوزير في تصريح له عقب اللقاء»: in Moscow;
- «يجري المعلم في طهران سلسلة لقاءات ... . وقالت الوكالة إن المعلم سيبحث مع المسؤولين الإيرانيين»: in Tehran.

An act of words, meeting, pledge or agreement (CAMEO 01-08, never force) with no place, whose source is the source
or the partner of a meeting, visit or talks (CAMEO 04) told before it in an earlier sentence with a place of its
own (not one carried), takes the place of the last such one. Nothing where the text from that sentence's end to
the end of the act's sentence names a place of another country («وزير يتحدث في القاهرة ثم زار باريس»), tells a
visit or a travel verb («زار», «توجه»), or an act given another place; nor where their days differ or the dateline is of another country, nor where the
meeting was not told as fact and the act is not of the meeting's own modality («أجلت طالبان المفاوضات ... في مري»
then «لم تعلن طالبان»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw
from .modality import FACTUAL
from .trip_meetings import other_place_in
from .where_links import other_day
from .word_tests import past_conjunction

ACTS = ("01", "02", "03", "04", "05", "06", "07", "08")  # words, appeals, intents, meetings, cooperation, aid, yielding
MEETINGS = "04"  # consult, visit, negotiate
TRAVELS = ("042", "043")  # a visit or a host told between: the scene moves


def _filed_elsewhere(doc: Doc, place: str) -> bool:
    """Whether the article's dateline names a place of another country than ``place`` («الرياض ... واس» over a
    meeting put «في عدن»: the place may be a topic of the meeting, and the party speaks where the line is filed)."""
    line = doc.dateline
    there = doc.entity(place)
    if line is None or line.place is None or there is None:
        return False
    lo, hi = line.place.start, line.place.end
    return any(e.type in PLACES and e.country != there.country and any(lo <= m.start < hi for m in e.mentions)
               for e in doc.entities)


def _moved(doc: Doc, events: list[Event], place: str, lo: int, hi: int) -> bool:
    """Whether the text lo..hi tells a visit, a host or a travel verb («وتوجه إلى»), or an act given another place."""
    if any(lo <= ev.trigger.start < hi and (ev.code.startswith(TRAVELS) or ev.location not in (None, place))
           for ev in events):
        return True
    trips = fw("trip_verbs")
    return any(past_conjunction(doc.tokens[t].norm_key) in trips or doc.tokens[t].norm_key in trips
               for t in range(len(doc.tokens)) if lo <= doc.tokens[t].start < hi)


def lead_act_places(doc: Doc, events: list[Event], told: list[Event]) -> None:
    """Give a party's act with no place the place of the meeting it was at, told before (module docstring);
    ``told``: the events whose place the text gave them (before any was carried)."""
    for ev in events:
        if ev.location is not None or ev.source is None or ev.code[:2] not in ACTS or ev.code.startswith(TRAVELS):
            continue  # a visit's own place is where it went (events.visit_anaphor), never carried
        before = [o for o in told if o.location is not None and o.code.startswith(MEETINGS)
                  and o.sentence.end <= ev.sentence.start and ev.source in (o.source, o.target)]
        if not before:
            continue
        o = max(before, key=lambda v: v.trigger.start)
        place = o.location
        if place is None or other_day(ev.date, o.date) \
                or (o.modality not in FACTUAL and o.modality != ev.modality) \
                or other_place_in(doc, place, o.sentence.end, ev.sentence.end) or _filed_elsewhere(doc, place) \
                or _moved(doc, events, place, o.sentence.end, ev.trigger.start):
            continue
        ev.location = place


__all__ = ["lead_act_places"]

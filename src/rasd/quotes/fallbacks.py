"""Two fallbacks of ``speakers``, for the ``quotes`` stage: a dropped subject of the other gender than the one
person the sentence before names («وزارت الوزيرة فلانة ... . وأضاف»: a slip of agreement), and the person or body a
spokesman's phrase after «كان» speaks for («وكان متحدث باسم الملك السابق فلان قد أعلن»).
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import PLACES, nkey
from .agreement import _gender, unsexed
from .carry import Scene, topic
from .cues import Cue
from .spokesmen import SPEAKS_FOR
from .unnamed import last_person


def lone_before(doc: Doc, scene: Scene, t: int, cue: Cue, heard: dict[str, str], quotes: list[Quote]) -> str | None:
    """A dropped subject that opens its sentence, of the other gender than the one person the sentence before names
    as its subject or speaker («وزارت الوزيرة جولي بيشوب طهران ... . وأضاف أن»): that person, where the article
    names no one of the cue's gender before it and the sentence before no body; None otherwise."""
    if scene.si < 1 or t > scene.ranges[scene.si][1] + 1 or last_person(doc, t, cue.gender, heard) is not None:
        return None
    prev = scene.ranges[scene.si - 1][0]
    if any(d.start <= prev.start < d.end for d in scene.direct):
        return None
    named = {e.id for e in doc.entities if e.type not in PLACES for m in e.mentions
             if prev.start <= m.start < prev.end}
    if len(named) != 1:
        return None
    eid = next(iter(named))
    ent = doc.entity(eid)
    if ent is None or ent.type != "PERSON" or _gender(doc, eid, heard) == cue.gender or unsexed(doc, eid):
        return None
    if any(prev.start <= q.cue.start < prev.end and q.speaker == eid for q in quotes):
        return eid
    return eid if topic(doc, scene, scene.si - 1)[0] == eid else None  # «ولفتت قيادات ... الرئيس هادي ... . وأضافت»: not him


def spoken_in(doc: Doc, phrase: Span) -> str | None:
    """The person or body a spokesman's phrase ends on, whom he speaks for («متحدث باسم الملك السابق فلان»); None
    where the phrase has no «باسم»/«بلسان» or ends on no name."""
    words = [nkey(w).removeprefix("و") for w in doc.text[phrase.start : phrase.end].split()]
    if not any(w in SPEAKS_FOR for w in words):
        return None
    return next((e.id for e in doc.entities if e.type in ("PERSON", "ORGANIZATION") for m in e.mentions
                 if m.end == phrase.end and m.start > phrase.start), None)

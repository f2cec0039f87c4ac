"""The person a passage is about, for the ``quotes`` stage (round 53). «ومع انشغال الأمير فلان ... لم يغفل ... .
الأولى عن الاستثمار ...، مؤكدًا في تلك المبادرة أن»: an obituary or a profile names its man once and goes on with
his pronoun; a cue with a dropped subject that nothing before it in the sentences resolves (no speaker quoted since,
no unnamed source) is his, where he is the last person named, in the cue's paragraph or the one before, with no
other person named since and his gender is the cue's."""

from __future__ import annotations

from ..doc import Doc, Quote
from .agreement import _agrees
from .carry import Scene, topic
from .cues import Cue

TOPIC_PARAGRAPHS = 2  # the cue's paragraph and the one before it


def topic_person(doc: Doc, t: int, cue: Cue, quotes: list[Quote], heard: dict[str, str], scene: Scene) -> str | None:
    """The entity id of the person the passage before the cue at token ``t`` is about, or None (see the module);
    none where a sentence since opens with a subject of its own, named or a title («وزار رئيس الحكومة المدينة»)."""
    if cue.plural or cue.dual or cue.kind == "according":
        return None
    at = doc.tokens[t].start
    paras = [p for p in doc.paragraphs if p.start <= at]
    if not paras:
        return None
    lo = paras[-min(TOPIC_PARAGRAPHS, len(paras))].start
    last: tuple[int, str] | None = None
    others: set[str] = set()
    for e in doc.entities:
        for m in e.mentions:
            if lo <= m.start and m.end <= at and e.type == "PERSON":
                others.add(e.id)
                if last is None or m.start > last[0]:
                    last = (m.start, e.id)
    if last is None or len(others) > 1:
        return None  # no one, or two persons the passage may be about
    if any(last[0] <= q.cue.start < at for q in quotes):
        return None  # a quote since: its speaker or its unnamed source holds the chain
    if any(q.content.start <= last[0] < q.content.end for q in quotes):
        return None  # named in another's words, not the one the passage tells of
    if not _agrees(doc, last[1], cue.gender, heard):
        return None
    for k in range(scene.si - 1, -1, -1):  # (not the cue's own sentence: what follows its verb may be the
        s, _, _ = scene.ranges[k]           # object, «ووصف تصريحات الإدارة الأميركية ...، قائلا»)
        if s.start <= last[0]:
            break  # (the person's own sentence)
        eid, phrase = topic(doc, scene, k)
        if phrase is not None or (eid is not None and eid != last[1]):
            return None  # another subject opened a sentence since the person was named
    return last[1]

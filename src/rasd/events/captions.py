"""The subject of a verbless caption: «وزيرة الدفاع فلانة أمس الثلاثاء مطالبة بضرورة انتخاب رئيس».

A sentence that opens with a title and a person's name, then a time («أمس الثلاثاء»), then a noun act with no
source (a participle of words in the accusative: «مطالبة», «داعيا») and no verb before it, is a caption of what that
person did: the person is its source. Nothing where a verb stands before the act («وصلت فلانة أمس مطالبة»: the verb's
clause is read by the argument rules), where anything but a time stands between the name and the act («فلان وزير
الخارجية في بيروت دعوة»), where no time does («كما أدان كيري اغتيال فلان»: a short verb the shape tests miss), or
where the name is not among the sentence's first words.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .source_set import name_party
from .word_tests import finite_verb

LEAD = 8  # words of a title before the name
PERSON = "PERSON"


def _timed(doc: Doc, start: int, end: int) -> bool:
    """Whether the text ``start``..``end`` between the name and the act is a time and blanks only (the time is what
    marks the caption: «كما أدان كيري اغتيال»: a verb the shape tests miss, no caption)."""
    k, told = start, False
    while k < end:
        if doc.text[k].isspace():
            k += 1
            continue
        t = next((x for x in doc.times if x.start <= k < x.end), None)
        if t is None:
            return False
        k, told = t.end, True
    return told


def caption_sources(doc: Doc, events: list[Event]) -> None:
    """Give a noun act of a verbless caption the person named before it (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.attrs.get("source_span"):
            continue
        first = doc.token_from(ev.sentence.start)
        trig = doc.token_at(ev.trigger.start)
        if first is None or trig is None or any(finite_verb(doc.tokens[k]) for k in range(first, trig)):
            continue
        before = [m for m in doc.mentions if ev.sentence.start <= m.start and m.end <= ev.trigger.start
                  and m.entity is not None]
        if not before:
            continue
        last = max(before, key=lambda m: m.end)
        ent = doc.entity(last.entity)
        at = doc.token_at(last.start)
        if ent is None or ent.type != PERSON or at is None or at - first > LEAD or ent.id == ev.target:
            continue
        if _timed(doc, last.end, ev.trigger.start):
            name_party(ev, "source", ent.id)
            ev.attrs["source_caption"] = True

"""Round ev458: a part of the day before a day word («صباح أمس», «مساء اليوم») is a time to the events' chunks even
where no document date anchored it (events.chunk_reads.in_time): the subject after it is found. «صباح» not before a
day word is no time («صباح الخير» is no subject either way, so the counter-case reads in_time itself).
Hand-made Arabic sentences."""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.events.chunk_reads import in_time
from rasd.pipeline import Pipeline


def _protests(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.plover == "PROTEST"]


def test_the_subject_after_an_undated_morning_is_found(pipe: Pipeline) -> None:
    doc = pipe("إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات.")
    protests = _protests(doc)
    assert protests and not doc.times
    for e in protests:
        ent = doc.entity(e.source)
        assert ent is not None and ent.name == "المئات"


def test_a_morning_not_before_a_day_word_is_no_time(pipe: Pipeline) -> None:
    doc = pipe("وقال صباح الأحمد إن الوضع هادئ. وتظاهر صباح أمس المئات.")
    first = doc.tokens[doc.token_at(doc.text.index("صباح الأحمد")) or 0]
    assert not in_time(doc, first)
    at = doc.text.index("صباح أمس")
    undated = doc.tokens[doc.token_at(at) or 0]
    assert undated.start == at and in_time(doc, undated)

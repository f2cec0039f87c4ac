"""Round ev458: the body a protest «came out against» («مظاهرات ... خرجت على حكومة ...») is its target
(events.protest._risen_against); the law or a road after «خرجت على» is none. Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline

DATE = "2015-08-01"


def _protests(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.plover == "PROTEST"]


def test_the_government_they_came_out_against_is_the_target(pipe: Pipeline) -> None:
    doc = pipe("وتشهد المحافظات مظاهرات بسبب سوء الخدمات خرجت على حكومة رئيس الوزراء العراقي حيدر العبادي.",
               date=DATE)
    protests = _protests(doc)
    assert protests
    for e in protests:
        ent = doc.entity(e.target)
        assert ent is not None and ent.actor == "IRQGOV"


@pytest.mark.parametrize("sentence", [
    "وشهدت المدينة مظاهرات خرجت على القانون امس.",
    "وشهدت المدينة مظاهرات خرجت على الطريق السريع امس.",
])  # fmt: skip
def test_the_law_or_a_road_is_no_target(pipe: Pipeline, sentence: str) -> None:
    protests = _protests(pipe(sentence, date=DATE))
    assert protests and all(e.target is None and not e.attrs.get("target_span") for e in protests)

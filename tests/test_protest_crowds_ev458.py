"""Round ev458: persons counted by a number as a protest's crowd (events.crowds). Hand-made Arabic sentences.

- «نحو 500 شخص», «30 شخصا», «خمسة أشخاص» as a protest's source are a crowd GROUP (CVL, of the place's country);
- «شخص» without a number is one person, and persons counted in another event («قتل نحو 500 شخص») are no crowd;
- two crowds counted apart («500 شخص» ... «المئات») are two groups, not one named by the first; the same count said
  again is the same crowd.
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event, Span
from rasd.events.crowds import crowd_group
from rasd.pipeline import Pipeline

DATE = "2015-08-01"


def _protests(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.plover == "PROTEST"]


def _actor(doc: Doc, eid: str | None) -> tuple[str, str | None] | None:
    """The type and CAMEO actor of the entity ``eid``."""
    ent = doc.entity(eid)
    return (ent.type, ent.actor) if ent is not None else None


def _span(doc: Doc, words: str) -> Span:
    at = doc.text.index(words)
    return Span(at, at + len(words))


@pytest.mark.parametrize(("sentence", "actor"), [
    ("وتظاهر أمس نحو 500 شخص في البصرة للمطالبة بإيجاد حل لمشكلة المياه.", "IRQCVL"),
    ("واعتصم 30 شخصا امس أمام البرلمان.", "CVL"),
    ("وتظاهر خمسة أشخاص امس في بغداد.", "IRQCVL"),
])  # fmt: skip
def test_persons_counted_are_the_protest_crowd(pipe: Pipeline, sentence: str, actor: str) -> None:
    doc = pipe(sentence, date=DATE)
    protests = _protests(doc)
    assert protests and all(_actor(doc, e.source) == ("GROUP", actor) for e in protests)


def test_one_person_or_persons_killed_are_no_crowd(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر شخص امس في بغداد.", date=DATE)
    protest = _protests(doc)[0]
    assert crowd_group(doc, protest, _span(doc, "شخص")) is None
    doc = pipe("وقتل نحو 500 شخص في الهجوم امس.", date=DATE)
    assert doc.events and all(crowd_group(doc, e, _span(doc, "500 شخص")) is None for e in doc.events)
    assert not [e for e in doc.entities if e.type == "GROUP"]


def test_two_crowds_counted_apart_are_two_groups(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر أمس نحو 500 شخص في البصرة. وتظاهر المئات امس في كربلاء. وتظاهر المئات امس في كربلاء.",
               date=DATE)
    crowds = sorted(e.name for e in doc.entities if e.type == "GROUP")
    assert crowds == ["500 شخص", "المئات"]

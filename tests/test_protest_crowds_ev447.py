"""Round ev447: protest crowds and what they protest against. Hand-made Arabic sentences.

- a count of people alone as a protest's source («تجمع المئات», «تظاهر الآلاف») is a crowd GROUP, CVL (of the
  country of the protest's place: «في الأردن» JORCVL); a count
  before «من» + a listed group or a people is that group's («العشرات من العمال» LAB, «الآلاف من العراقيين» IRQ);
  a count of anything else («المئات من القتلى», «آلاف الدولارات») and a count in another event are no crowd
  (events.crowds);
- trade unions («النقابات») are a LAB group (agent_groups.tsv);
- the body named after a seat word the chunks left alone («خارج مكتب منظمة ...») is the protest's target, a
  place there is not («خارج مكتب في عمان»); «أمام الولايات» alone is where, not whom (events.protest).
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event, Span
from rasd.events.crowds import crowd_group
from rasd.pipeline import Pipeline


def _protests(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.plover == "PROTEST"]


def _actor(doc: Doc, eid: str | None) -> tuple[str, str | None] | None:
    """The type and CAMEO actor of the entity ``eid``."""
    ent = doc.entity(eid)
    return (ent.type, ent.actor) if ent is not None else None


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid)
    return ent.name if ent is not None else None


def _span(doc: Doc, words: str) -> Span:
    at = doc.text.index(words)
    return Span(at, at + len(words))


@pytest.mark.parametrize(("sentence", "actor"), [
    ("تجمع المئات خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين في الأردن أمس.", "JORCVL"),
    ("وتظاهر المئات امس احتجاجا على تردي الخدمات.", "CVL"),
    ("وتظاهر العشرات من العمال امس في بغداد.", "LAB"),
    ("وتظاهر الآلاف من العراقيين امس في بغداد.", "IRQ"),
    ("ونظمت النقابات التونسية وقفات احتجاجية امس.", "TUNLAB"),
])  # fmt: skip
def test_a_crowd_counted_or_unions_are_the_protest_source(pipe: Pipeline, sentence: str, actor: str) -> None:
    doc = pipe(sentence)
    protests = _protests(doc)
    assert protests and all(_actor(doc, e.source) == ("GROUP", actor) for e in protests)


def test_a_count_of_the_dead_or_of_money_is_no_crowd(pipe: Pipeline) -> None:
    doc = pipe("وتجمع المئات امس، بعد سقوط المئات من القتلى وضياع آلاف الدولارات.")
    protest = _protests(doc)[0]
    assert crowd_group(doc, protest, _span(doc, "المئات")) is not None
    assert crowd_group(doc, protest, _span(doc, "المئات من القتلى")) is None
    assert crowd_group(doc, protest, _span(doc, "آلاف الدولارات")) is None


def test_a_count_in_another_event_is_no_crowd(pipe: Pipeline) -> None:
    doc = pipe("وقتل العشرات في الهجوم امس.")
    assert doc.events and all(crowd_group(doc, e, _span(doc, "العشرات")) is None for e in doc.events)
    assert not [e for e in doc.entities if e.type == "GROUP"]


def test_the_body_whose_office_they_gather_outside_is_the_target(pipe: Pipeline) -> None:
    doc = pipe("تجمع المئات خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين في الأردن أمس.")
    assert [_actor(doc, e.target) for e in _protests(doc)] == [("ORGANIZATION", "IGOUNO")]


def test_an_office_in_a_town_is_no_target(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر العشرات خارج مكتب في عمان أمس.")
    protests = _protests(doc)
    assert protests and all(e.target is None for e in protests)


def test_in_front_of_the_provinces_is_where_not_whom(pipe: Pipeline) -> None:
    doc = pipe("ونظمت النقابات وقفات احتجاجية أمام الولايات ومركزية أمام وزارة الداخلية.")
    assert [_name(doc, e.target) for e in _protests(doc)] == ["وزارة الداخلية"]
    alone = pipe("ونظم المحتجون وقفات احتجاجية أمام المحافظات.")
    assert [e.target for e in _protests(alone)] == [None]
    seat = pipe("ونظم المحتجون وقفات احتجاجية أمام وزارة الداخلية.")
    assert [_name(seat, e.target) for e in _protests(seat)] == ["وزارة الداخلية"]


@pytest.mark.parametrize(("sentence", "actor"), [
    ("ونظمت وقفات احتجاجية أمام وزارة الداخلية بمشاركة ممثلي النقابات.", "LAB"),
    ("وشهدت بغداد مظاهرة كبرى حضرها الآلاف من العراقيين.", "IRQ"),
    ("وخرجت مظاهرات في المدن وشارك بها مئات الآلاف من العراقيين.", "IRQ"),
])  # fmt: skip
def test_those_who_take_part_in_a_protest_do_it(pipe: Pipeline, sentence: str, actor: str) -> None:
    doc = pipe(sentence)
    protests = _protests(doc)
    assert protests and all(_actor(doc, e.source) == ("GROUP", actor) for e in protests)


def test_a_manner_of_taking_part_is_no_doer(pipe: Pipeline) -> None:
    doc = pipe("ونظمت وقفة احتجاجية امس بمشاركة واسعة.")
    protests = _protests(doc)
    assert protests and all(e.source is None and not e.attrs.get("source_span") for e in protests)


def test_the_protesters_named_come_before_those_taking_part(pipe: Pipeline) -> None:
    doc = pipe("وخرجت مظاهرة شارك فيها عشرات من المجتمع المدني، وندد المتظاهرون بالحكومة.")
    first = min(_protests(doc), key=lambda e: e.trigger.start)
    assert _actor(doc, first.source) == ("GROUP", "OPP")

"""Round ev458: trades as groups (agent_groups.tsv). Hand-made Arabic sentences.

- drivers («سائقو السيارات الأجرة») are a LAB group, teachers («المعلمون») EDU, traders («التجار») BUS, lawyers in
  construct («محامو الدفاع») JUD, when they are an event's party;
- traders of drugs or arms («تجار المخدرات») are no trade: no group (the row's ``notbefore``);
- the singular «السلطة» with a branch's adjective is that branch («ضد السلطة الحاكمة» GOV, «السلطة القضائية» JUD);
  with another adjective («السلطة الرابعة»: the press) no group.
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _protests(doc: Doc) -> list[Event]:
    return [e for e in doc.events if e.plover == "PROTEST"]


def _actor(doc: Doc, eid: str | None) -> tuple[str, str | None] | None:
    """The type and CAMEO actor of the entity ``eid``."""
    ent = doc.entity(eid)
    return (ent.type, ent.actor) if ent is not None else None


@pytest.mark.parametrize(("sentence", "actor"), [
    ("وإلى الاحتجاجات الكثيرة التي ينظمها سائقو السيارات الأجرة في المدن.", "LAB"),
    ("وتظاهر المعلمون امس للمطالبة بزيادة الرواتب.", "EDU"),
    ("ونظم التجار إضرابا امس احتجاجا على الضرائب.", "BUS"),
    ("واعتصم محامو الدفاع امس أمام المحكمة.", "JUD"),
])  # fmt: skip
def test_a_trade_is_the_protest_source(pipe: Pipeline, sentence: str, actor: str) -> None:
    doc = pipe(sentence)
    protests = _protests(doc)
    assert protests and all(_actor(doc, e.source) == ("GROUP", actor) for e in protests)


def test_drug_traders_are_no_trade(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر تجار المخدرات امس.")
    assert not [e for e in doc.entities if e.type == "GROUP"]
    assert all(e.source is None for e in _protests(doc))


@pytest.mark.parametrize(("sentence", "actor"), [
    ("ودعت الجبهة مؤخرا لمظاهرات ضد السلطة الحاكمة.", "GOV"),
    ("وتظاهر المحامون امس ضد السلطة القضائية.", "JUD"),
])  # fmt: skip
def test_the_ruling_authority_is_the_protest_target(pipe: Pipeline, sentence: str, actor: str) -> None:
    doc = pipe(sentence, date="2015-08-01")
    protests = _protests(doc)
    assert protests and all(_actor(doc, e.target) == ("GROUP", actor) for e in protests)


def test_the_fourth_estate_is_no_ruling_authority(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر المحامون امس ضد السلطة الرابعة.", date="2015-08-01")
    assert [e.name for e in doc.entities if e.type == "GROUP"] == ["المحامون"]

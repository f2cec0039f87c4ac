"""Protest words in idioms and civil disobedience (round protest24): «اعتصم بالصمت» clings to silence and
«قطع الطريق على الفتنة» forestalls strife, neither a sit-in nor a road block; «العصيان المدني» is a protest.
Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


def _protests(pipe: Pipeline, sentence: str) -> list[str]:
    doc = pipe(sentence)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events if e.plover == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "وقد اعتصمت الحكومة بالصمت إزاء الاتهامات الموجهة إليها.",
    "واعتصم الوزير بالصمت طوال الجلسة.",
    "ويعتصم أبناء القرية بحبل الله في وجه المحن.",
])  # fmt: skip
def test_clinging_to_something_is_no_sit_in(pipe: Pipeline, sentence: str) -> None:
    assert _protests(pipe, sentence) == []


@pytest.mark.parametrize("sentence", [
    "واعتصم مئات العمال أمام مقر الوزارة أمس.",
    "واعتصم الموظفون بمقر النقابة احتجاجا على تأخر الرواتب.",
])  # fmt: skip
def test_a_sit_in_stays_one(pipe: Pipeline, sentence: str) -> None:
    assert _protests(pipe, sentence)


@pytest.mark.parametrize("sentence", [
    "وقطعوا الطريق على الفتنة بهذا القرار الحكيم.",
    "وقال الخبير إن الغارات لا تقطع الطريق على المسلحين نحو الحدود.",
])  # fmt: skip
def test_forestalling_is_no_road_block(pipe: Pipeline, sentence: str) -> None:
    assert _protests(pipe, sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقطعوا الطريق على السيارات ساعات عدة أمس.",
    "وقطعوا الطريق بين المدينتين احتجاجا على انقطاع الكهرباء.",
])  # fmt: skip
def test_a_road_blocked_to_traffic_stays_a_block(pipe: Pipeline, sentence: str) -> None:
    assert "144" in [e.code for e in pipe(sentence).events if e.plover == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "وأعلن العمال العصيان المدني في المدينة أمس.",
    "وبدأ سكان البلدة عصيانا مدنيا احتجاجا على الضرائب الجديدة.",
])  # fmt: skip
def test_civil_disobedience_is_a_protest(pipe: Pipeline, sentence: str) -> None:
    doc = pipe(sentence)
    assert [e.code for e in doc.events if "عصيان" in doc.text[e.trigger.start : e.trigger.end]] == ["140"]


def test_a_bare_disobedience_is_no_protest(pipe: Pipeline) -> None:
    doc = pipe("وعوقب الجندي بتهمة العصيان وعدم تنفيذ الأوامر.")
    assert not [e for e in doc.events if "عصيان" in doc.text[e.trigger.start : e.trigger.end]]

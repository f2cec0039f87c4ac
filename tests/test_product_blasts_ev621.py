"""Round ev621: a machine or a product that blows up is an accident, no bombing (183); a figurative war or
invasion («الحرب الإعلامية», «غزوا فكريا») that «targets» is no act of force (190). Bombs, rigged cars, a
bombed car or pipeline and a real invasion stay acts of force."""

from __future__ import annotations

import pytest
from conftest import news_event_rows


def _events(text: str) -> list[tuple[str, str]]:
    """(code, trigger) of each event."""
    return [(row[0], row[1]) for row in news_event_rows(text)]


def _codes(text: str) -> list[str]:
    return [c for c, _t in _events(text)]


@pytest.mark.parametrize("text", [
    "واشتكى المواطنون من بيع محركات عاطلة تنفجر على المواطنين في الأسواق.",
    "واتهم المسؤول الشركة الفرنسية بالوقوف وراء تفجيرات تطال محركات السيارات في إيران.",
    "وانفجر محرك السيارة على الطريق السريع.",
    "وانفجرت قارورة غاز في مطعم بالرياض.",
    "وأصيب عامل بجروح في انفجار إطار شاحنة بمحطة الوقود.",
])
def test_product_blast_is_no_bombing(text: str) -> None:
    assert not [c for c in _codes(text) if c.startswith("18")]


def test_product_blast_keeps_other_acts() -> None:
    assert _events("واتهم المسؤول الشركة الفرنسية بالوقوف وراء تفجيرات تطال محركات السيارات في إيران.") \
        == [("112", "واتهم")]


@pytest.mark.parametrize("text, trigger, code", [
    ("وقتل عشرة أشخاص في تفجير سيارة مفخخة في بغداد.", "تفجير", "1832"),
    ("وأصيب ثلاثة جنود في انفجار عبوة ناسفة في سيناء.", "انفجار", "183"),
    ("وقتل المدعي العام بتفجير سيارته في القاهرة.", "بتفجير", "183"),
    ("وقال الحزب إن مقاتليه فجروا أنبوب النفط في كركوك.", "فجروا", "183"),
    ("وأصيب جنديان في انفجار هاتف مفخخ في حلب.", "انفجار", "183"),
    ("وقتل ثلاثة في تفجيرات في إطار الحملة على المدينة.", "تفجيرات", "183"),
])
def test_bombings_stay(text: str, trigger: str, code: str) -> None:
    assert (code, trigger) in _events(text)


@pytest.mark.parametrize("text", [
    "وحذر الوزير من الحرب الإعلامية التي تستهدف المملكة.",
    "وتواجه الأمة غزوا فكريا خطيرا يستهدف شبابها.",
    "وقال إن الغزو الثقافي الغربي يستهدف هوية الأمة.",
    "وشنت واشنطن حربا اقتصادية استهدفت العملة الإيرانية.",
    "وقال إن الحرب النفسية تستهدف معنويات الجنود.",
])
def test_figurative_war_aims_at_no_one(text: str) -> None:
    assert not [c for c in _codes(text) if c.startswith(("19", "20"))]


@pytest.mark.parametrize("text, trigger", [
    ("وقال إن الغزو العراقي استهدف المنشآت النفطية في الكويت.", "استهدف"),
    ("وقال إن الحملة العسكرية تستهدف مواقع التنظيم.", "تستهدف"),
    ("وقال إن الحرب على الإرهاب تستهدف معاقل التنظيم.", "تستهدف"),
])
def test_armed_war_aims_stay(text: str, trigger: str) -> None:
    assert ("190", trigger) in _events(text)

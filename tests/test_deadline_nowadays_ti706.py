"""Round ti706: a bare weekday told with a cue of a coming deadline or a condition («بحلول», «تنتهي», «في حال») is
the next such weekday; «اليوم» after a definite noun of an era that is the topic after «إن/أن» («إن العالم اليوم
يواجه») is nowadays, no calendar day. Hand-made sentences, dated 2015-05-01 (a Friday)."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2015-05-01"


def _times(text: str) -> list[tuple[str, str | None, str]]:
    doc = analyze_times(text, DATE)
    return [(doc.text[t.start : t.end], t.value, t.kind) for t in doc.times]


@pytest.mark.parametrize("text", [
    "وهددت الحركة بالانسحاب إذا لم يتم التوصل إلى اتفاق بحلول يوم الاثنين.",
    "وتنتهي المهلة التي حددتها الأمم المتحدة للطرفين يوم الاثنين.",
    "وأكد المصدر أن المهلة الممنوحة للمسلحين ينتهي أجلها يوم الاثنين.",
    "وفي حال فشلت المفاوضات يوم الاثنين، فإن الحكومة ستواجه أزمة.",
])
def test_a_weekday_of_a_coming_deadline_is_the_next_one(text: str) -> None:
    assert ("يوم الاثنين", "2015-05-04", "date") in _times(text)


@pytest.mark.parametrize("text", [
    "وكان الوزير قد التقى نظيره الأردني يوم الاثنين في عمان.",
    "وقال الوزير يوم الاثنين إن المحادثات مستمرة بين الطرفين.",
    "وانتهت المهلة التي حددتها الأمم المتحدة للطرفين يوم الاثنين.",
])
def test_a_weekday_of_a_past_act_stays_the_last_one(text: str) -> None:
    assert ("يوم الاثنين", "2015-04-27", "date") in _times(text)


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن العالم اليوم يواجه تحديات كبيرة.",
    "وأضاف أن العرب اليوم أمام مفترق طرق حقيقي.",
    "وتابع: لأن الشباب اليوم هم قادة المستقبل.",
    "وقال الباحث إن المجتمع اليوم بحاجة إلى حوار صريح.",
    "وتحدث الكاتب عن التحديات في عالم اليوم بشكل مفصل.",
])
def test_today_after_an_era_noun_as_topic_is_nowadays(text: str) -> None:
    assert ("اليوم", "2015", "present") in _times(text)


@pytest.mark.parametrize("text", [
    "واجتمع وزراء الخارجية العرب اليوم في القاهرة.",
    "وخرج الشباب اليوم إلى الميدان للاحتجاج.",
    "وقال المتحدث إن الرئيس اليوم سيزور الرياض.",
    "وأعلنت الوزارة اليوم عن خطة جديدة.",
    "وقال المسؤول إن قادة العالم اليوم سيجتمعون في نيويورك.",
])
def test_today_of_a_verb_stays_the_document_date(text: str) -> None:
    assert ("اليوم", "2015-05-01", "date") in _times(text)

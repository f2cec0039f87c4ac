"""Time expressions, round 74 (the time grammar split into dates.py, years.py, days.py and positions.py, no change
of behaviour): one sentence per parser that moved, each with a counter-case. Hand-made sentences."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2014-10-09"


def times(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.kind) for t in analyze_times(text, date=DATE).times]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وتقام الدورة بين 3 و5 أغسطس في جدة.", [("بين 3 و5 أغسطس", "2014-08-03/2014-08-05", "range")]),
        ("وتعقد القمة في 5 مايو من العام المقبل.", [("5 مايو من العام المقبل", "2015-05-05", "date")]),
        ("وخرج الشبان خلال ثورة 25 يناير إلى الميادين.", [("25 يناير", "2011-01-25", "date")]),
        ("وستعقد الجلسة في 25 يناير.", [("25 يناير", "2015-01-25", "date")]),
    ],
)
def test_days_and_ranges_of_days(text: str, found: list[tuple[str, str | None, str]]) -> None:
    assert times(text) == found


def test_a_bare_number_after_an_event_noun_is_a_year_and_a_count_is_not() -> None:
    assert times("وشارك في الانتفاضة الأولى 1987 آلاف الشبان.") == [("1987", "1987", "year")]
    assert times("وبلغ عدد المشاركين 1987 شابا.") == []


def test_today_is_a_day_or_nowadays() -> None:
    assert times("ووصل الوفد اليوم إلى الرياض.") == [("اليوم", "2014-10-09", "date")]
    assert times("ويعيش اليوم في لندن.") == [("اليوم", "2014", "present")]


def test_a_weekday_and_a_market_named_after_one() -> None:
    assert times("واجتمع المجلس الخميس الماضي.") == [("الخميس الماضي", "2014-10-02", "date")]
    assert times("وزار الوفد سوق الخميس في المدينة.") == []


def test_positions_and_seasons() -> None:
    assert times("وافتتح المعرض منتصف مارس من العام الماضي.") == [
        ("منتصف مارس من العام الماضي", "2013-03-10/2013-03-20", "range")]
    assert times("وتنتهي الأعمال صيف 2016.") == [("صيف 2016", "2016-06/2016-08", "range")]

"""Round dt394: days of one month joined by «و» with no «من/بين» are a list, one time per day
(rasd.time.dates.listed_day), never a range; «بين 3 و5» and «من 8 وحتى 14» stay ranges."""

from __future__ import annotations

from rasd.temporal import analyze_times

DATE = "2015-08-01"


def times(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in analyze_times(text, date=DATE).times]


def test_a_list_of_days_is_one_time_per_day() -> None:
    got = times("وتنظم وقفات احتجاجية أيام 10 و17 و24 أغسطس 2015 أمام الوزارة.")
    assert got == [("10", "2015-08-10"), ("17", "2015-08-17"), ("24 أغسطس 2015", "2015-08-24")]
    got = times("وحددت المحكمة يومي 7 و14 أكتوبر المقبل للنظر في الطلبات.")
    assert [v for _, v in got] == ["2015-10-07", "2015-10-14"]


def test_a_range_of_days_stays_a_range() -> None:
    assert times("وتجري المناورات بين 3 و5 أغسطس.") == [("بين 3 و5 أغسطس", "2015-08-03/2015-08-05")]
    assert times("وتجري المناورات من 8 وحتى 14 أغسطس.")[0][1] == "2015-08-08/2015-08-14"


def test_numbers_joined_by_and_without_a_month_are_no_days() -> None:
    assert times("وقتل 10 و17 جنديا في الهجومين.") == []


def test_a_year_after_the_month_and_year_word_belongs_to_the_range() -> None:
    got = times("وجرت المفاوضات من 8 وحتى 14 فبراير (شباط) عام 1962 في إيفيان.")
    assert got == [("من 8 وحتى 14 فبراير (شباط) عام 1962", "1962-02-08/1962-02-14")]
    # counter-case: «عام» with no year after it is not taken into the range
    assert times("وتجري من 8 وحتى 14 فبراير عام الانتخابات.") == [("من 8 وحتى 14 فبراير", "2015-02-08/2015-02-14")]

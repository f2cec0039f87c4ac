"""Round tm611: an act reported with «أفاد X يوم الخميس بـ» + a verbal noun whose phrase closes with a time of its
own («... في ريف درعا يوم الأحد الماضي») takes that time, not the report's (``closing_time.closing_time``); a time
after another act or clause, a time to come, a phrase going on past the time and the report with no closing time are
as before."""

from __future__ import annotations

import rasd

DAY = "2015-08-01"


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    """(code, trigger, date) of each event of ``text`` told on ``DAY``."""
    doc = rasd.analyze(text, date=DAY)
    return [(ev.code, doc.text[ev.trigger.start:ev.trigger.end], ev.date) for ev in doc.events]


def test_clashes_take_their_own_sunday() -> None:
    text = "وأفاد المرصد يوم الخميس باندلاع اشتباكات بين الجيش ومسلحين في ريف درعا يوم الأحد الماضي."
    assert _dates(text) == [("193", "اشتباكات", "2015-07-26")]


def test_killing_takes_its_own_wednesday() -> None:
    text = "وأفادت مصادر محلية أمس بمقتل ستة مدنيين في ريف حماة يوم الأربعاء الماضي."
    assert ("190", "بمقتل", "2015-07-29") in _dates(text)


def test_arrests_take_their_own_dawn() -> None:
    text = "وأفاد ناشطون مساء الجمعة باعتقال قوات الأمن عشرات المحتجين في مدينة البصرة فجر الخميس."
    assert _dates(text) == [("173", "باعتقال", "2015-07-30")]


def test_comma_before_the_closing_time_still_dates_it() -> None:
    text = "وأفادت مصادر محلية أمس، بمقتل ستة مدنيين في ريف حماة، يوم الأربعاء الماضي."
    assert ("190", "بمقتل", "2015-07-29") in _dates(text)


def test_counter_report_day_without_closing_time() -> None:
    text = "وأفاد المرصد يوم الخميس باندلاع اشتباكات بين الجيش ومسلحين في ريف درعا."
    assert _dates(text) == [("193", "اشتباكات", "2015-07-30")]


def test_counter_time_of_a_later_clause() -> None:
    text = ("وأفاد المرصد يوم الخميس باندلاع اشتباكات بين الجيش ومسلحين في ريف درعا، فيما قصفت الطائرات مدينة حمص "
            "يوم الأحد الماضي.")
    got = _dates(text)
    assert ("193", "اشتباكات", "2015-07-30") in got and ("195", "قصفت", "2015-07-26") in got


def test_counter_time_after_another_act() -> None:
    text = "وأفادت وكالة الأنباء يوم الخميس بمقتل خمسة جنود في هجوم على حاجز للجيش في سيناء يوم الأحد."
    assert ("190", "بمقتل", "2015-07-30") in _dates(text)


def test_counter_time_to_come_is_no_closing_time() -> None:
    text = "وأفاد المرصد أمس باندلاع اشتباكات بين الجيش ومسلحين في ريف درعا يوم الأحد المقبل."
    assert ("193", "اشتباكات", "2015-07-31") in _dates(text)


def test_counter_planned_visit_keeps_its_week() -> None:
    text = "وأعلن الرئيس أمس أنه سيزور موسكو الأسبوع المقبل."
    assert ("042", "سيزور", "2015-08") in _dates(text)

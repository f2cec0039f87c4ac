"""Round tm591: an act reported with «أفاد X أمس بـ» + a verbal noun (``informed_of.inform_verb``) and no time of its
own happened by the report's day, not on the article's (``said_when._informer``); the act's own time, a report
with no time and the dating of «أعلن أمس أن» are as before."""

from __future__ import annotations

import rasd

DAY = "2015-08-01"


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    """(code, trigger, date) of each event of ``text`` told on ``DAY``."""
    doc = rasd.analyze(text, date=DAY)
    return [(ev.code, doc.text[ev.trigger.start:ev.trigger.end], ev.date) for ev in doc.events]


def test_informed_yesterday_dates_the_clashes() -> None:
    text = "وأفادت مصادر محلية أمس، باندلاع اشتباكات عنيفة بين القوات الحكومية ومسلحين في ريف إدلب."
    assert _dates(text) == [("193", "اشتباكات", "2015-07-31")]


def test_informed_on_a_weekday_dates_the_killing() -> None:
    text = "وأفاد المرصد السوري يوم الخميس، بمقتل ثمانية مسلحين في ريف حمص الشمالي."
    assert ("190", "بمقتل", "2015-07-30") in _dates(text)


def test_noun_act_keeps_its_own_dawn_after_the_report() -> None:
    text = ("وأفاد المرصد أمس، باندلاع اشتباكات بين الجيش ومسلحين في ريف حلب، تلت هجوما من المسلحين فجر أمس على "
            "مقر للجيش قرب بلدة أعزاز.")
    got = _dates(text)
    assert ("193", "اشتباكات", "2015-07-31") in got and ("190", "هجوما", "2015-07-31") in got


def test_counter_report_with_no_time_keeps_the_article_day() -> None:
    text = "وأفادت مصادر محلية باندلاع اشتباكات عنيفة بين القوات الحكومية ومسلحين في ريف حماة."
    assert _dates(text) == [("193", "اشتباكات", DAY)]


def test_counter_reported_act_with_its_own_day() -> None:
    text = "وقال المتحدث باسم الجيش أمس إن الهجوم على الثكنة وقع يوم الأحد الماضي."
    assert ("190", "الهجوم", "2015-07-26") in _dates(text)


def test_counter_planned_visit_stays_undated() -> None:
    text = "وأعلن وزير الخارجية أمس أنه سيزور العاصمة الروسية موسكو."
    assert ("042", "سيزور", None) in _dates(text)


def test_counter_aside_source_is_no_report_verb() -> None:
    text = "واندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف إدلب، بحسب ما أفاد به المرصد أمس."
    assert all(code != "193" or date == DAY for code, _, date in _dates(text))

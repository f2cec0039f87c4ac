"""Round ti805 (hand-made sentences): a weekday after «حتى/أقصاه» that ends a deadline set before it in its sentence
(«أمهلت», «مهلة», «موعد أقصاه») is the coming one, not the last. Counter-cases: a bare «حتى» without a deadline, a
deadline told as gone by («وكانت ... أمهلت», «انتهت المهلة») and one with «الماضي» keep the last weekday. Also (b):
a relative day in quoted words dated in the cue clause («وقال في كلمة ألقاها الأحد: "سنزور القاهرة غدا"») is counted
from the speech day (round tm574), while an undated quote keeps the article's date."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

WEDNESDAY = "2015-05-06"  # a Wednesday: the last Monday is 2015-05-04, the coming one 2015-05-11


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_times(text, date=WEDNESDAY)
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أمهلت الحكومة المحتجين حتى يوم الاثنين لإخلاء الساحة.", [("يوم الاثنين", "2015-05-11")]),
        ("منحت المحكمة الشركة مهلة حتى الخميس لتقديم الوثائق.", [("الخميس", "2015-05-07")]),
        ("وطالب الوزير بتسليم التقرير في موعد أقصاه الأحد.", [("الأحد", "2015-05-10")]),
        ("وأعطى الجيش المسلحين مهلته حتى السبت لتسليم أسلحتهم.", [("السبت", "2015-05-09")]),
        ("وحدد الاتحاد موعدا أقصاه يوم الجمعة لتقديم الطلبات.", [("يوم الجمعة", "2015-05-08")]),
    ],
)
def test_deadline_weekday_is_coming(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("استمرت الاشتباكات حتى يوم الاثنين.", [("يوم الاثنين", "2015-05-04")]),
        ("وكانت الحكومة قد أمهلت المحتجين حتى الاثنين لإخلاء الساحة.", [("الاثنين", "2015-05-04")]),
        ("وانتهت المهلة الممنوحة للمحتجين حتى الأحد دون اتفاق.", [("الأحد", "2015-05-03")]),
        ("أمهلت الحكومة المحتجين حتى الاثنين الماضي.", [("الاثنين الماضي", "2015-05-04")]),
        ("وبقي المعتصمون في الساحة حتى مساء الثلاثاء رغم المهلة.", [("مساء الثلاثاء", "2015-05-05")]),
    ],
)
def test_not_a_deadline_keeps_last_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('وقال في كلمة ألقاها الأحد: "سنزور القاهرة غدا".', [("الأحد", "2015-05-03"), ("غدا", "2015-05-04")]),
        ("وقال الرئيس يوم الأحد: «سنزور القاهرة غدا».", [("يوم الأحد", "2015-05-03"), ("غدا", "2015-05-04")]),
        ("وقال الرئيس: «سنزور القاهرة غدا».", [("غدا", "2015-05-07")]),
        ("وقال الرئيس الأحد إنه سيزور القاهرة غدا.", [("الأحد", "2015-05-03"), ("غدا", "2015-05-07")]),
    ],
)
def test_quoted_relative_day_from_speech_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected

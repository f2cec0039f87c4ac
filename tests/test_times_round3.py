"""Time expressions, round 3: trailing words that change the day («الليلة قبل الماضية», «أمس (الأول)»), the year
of a month told from the document date («مارس العام الجاري», «مارس من هذا العام»), a range of days whose end is a
whole date («من 8 إلى 29/11/1435هـ»), «في» left out of a window's span, and «اليوم» as nowadays
(rasd.time.grammar, rasd.time.durations). Hand-made sentences."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2014-10-09"


def times(text: str, date: str | None = DATE) -> dict[str, tuple[str | None, str]]:
    doc = analyze_times(text, date=date)
    return {t.text: (t.value, t.kind) for t in doc.times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("واندلع الحريق الليلة قبل الماضية في مستودع بجدة.", "الليلة قبل الماضية", "2014-10-07"),
        ("ووصل الوفد أمس (الأول) إلى الرياض.", "أمس (الأول)", "2014-10-07"),
        ("ووصل الوفد يوم أمس الأول إلى الرياض.", "يوم أمس الأول", "2014-10-07"),
    ],
)
def test_the_day_before_yesterday(text: str, span: str, value: str) -> None:
    assert times(text).get(span, (None, ""))[0] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وافتتح الملعب في مارس العام الجاري بحضور الأمير.", "مارس العام الجاري", "2014-03"),
        ("وافتتح الملعب في مارس من هذا العام بحضور الأمير.", "مارس من هذا العام", "2014-03"),
        ("ووقعت الاتفاقية في 12 ديسمبر العام الماضي.", "12 ديسمبر العام الماضي", "2013-12-12"),
        ("وتنتهي الأعمال في ديسمبر من هذه السنة.", "ديسمبر من هذه السنة", "2014-12"),
    ],
)
def test_a_month_of_the_year_told_from_the_document_date(text: str, span: str, value: str) -> None:
    assert times(text).get(span, (None, ""))[0] == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وتقام الدورة من 8 إلى 29/11/1435هـ في مكة.", "من 8 إلى 29/11/1435هـ", "2014-09-03/2014-09-24"),
        ("وتقام الدورة من 2 - 4/ 6/ 1436هـ، في جدة.", "من 2 - 4/ 6/ 1436هـ", "2015-03-22/2015-03-24"),
        ("ويستمر المعرض من 8 إلى 10/12/2014م في الدمام.", "من 8 إلى 10/12/2014م", "2014-12-08/2014-12-10"),
    ],
)
def test_a_range_of_days_ending_in_a_whole_date(text: str, span: str, value: str) -> None:
    assert times(text).get(span, (None, ""))[0] == value


def test_fi_is_left_out_of_a_window() -> None:
    got = times("وارتفعت أسعار الحديد في الأيام الأخيرة بشكل كبير.")
    assert got.get("الأيام الأخيرة", (None, ""))[0] == "2014-10-02/2014-10-09"
    assert "في الأيام الأخيرة" not in got
    assert "خلال الأيام الماضية" in times("وارتفعت أسعار الحديد خلال الأيام الماضية.")


@pytest.mark.parametrize(
    "text",
    [
        "ويعيش اليوم في مدينة ملبورن مع أسرته.",
        "والشاعر الذي بات اليوم عضوا في مجلس الشورى.",
        "وهو أكبر سد في العالم اليوم.",
        "ويواجه عالم اليوم أزمات متلاحقة.",
        "ولا يزال اليوم يرفض العودة إلى بلاده.",
    ],
)
def test_nowadays_is_no_calendar_day(text: str) -> None:
    assert times(text).get("اليوم") == ("2014", "present")


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير المالية اليوم إن الميزانية ستعلن قريبا.",
        "ويحتفل العالم اليوم باليوم العالمي للمعلم.",
        "وتعيش المملكة اليوم ذكرى توحيدها.",
    ],
)
def test_today_of_the_report_stays_the_document_date(text: str) -> None:
    assert times(text).get("اليوم") == ("2014-10-09", "date")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وفر آلاف السكان منذ نهاية مارس (آذار) الماضي.", "نهاية مارس (آذار) الماضي", "2014-03-21/2014-03-31"),
        ("وتوقفت المفاوضات منذ أواخر أكتوبر الماضي.", "أواخر أكتوبر الماضي", "2013-10-21/2013-10-31"),
        ("وبدأ المشروع في منتصف مارس من العام الماضي.", "منتصف مارس من العام الماضي", "2013-03-10/2013-03-20"),
    ],
)
def test_a_part_of_a_month_keeps_its_trailing_year(text: str, span: str, value: str) -> None:
    assert times(text).get(span, (None, ""))[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "وأكد أنهم في ذلك اليوم طلبوا النجدة من الجيش.",
        "والتقى الوزير في نفس اليوم نظيره الأردني.",
        "وعصر ذلك اليوم اعتقلت الشرطة ثلاثة رجال.",
        "وقال إن الميليشيات أعدت لمثل هذا اليوم منذ شهور.",
    ],
)
def test_that_day_is_not_the_document_date(text: str) -> None:
    assert "اليوم" not in times(text)

"""Time expressions, round 105: a number after «رقم» or a small number with «م» is no year; «الشتاء الماضي» is the
last winter wholly past; a day and month with a week-day that does not fit the guessed year takes a year told
before that fits it, or no value; «من العام نفسه» and a day of the month last told with its year take that year.
Hand-made sentences, each with a counter-case."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

from conftest import news_date

DATE = "2015-08-03"


def times(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_times(text, date=date).times]


def test_a_numbered_order_is_no_year_and_its_date_still_is() -> None:
    assert times("وذلك قبل صدور القرار رقم (1004) وتاريخ 20 / 1 / 1419هـ في جدة.") == [
        ("تاريخ 20 / 1 / 1419هـ", "1998-05-16")]
    assert times("وذلك بموجب القرار رقم 1950 في جدة.") == []
    # counter-case: a year in brackets after a noun is still a year
    assert times("ووقعت الحرب (1948) في فلسطين.") == [("1948", "1948")]


def test_a_small_number_with_m_is_a_measure_not_a_year() -> None:
    assert times("ويجب أن يكون لكل شاطئ حرم (100م) مفتوح للناس.") == []
    assert times("ويجب أن يكون لكل شاطئ حرم 100م، مفتوح للناس.") == []
    # counter-case: with the year word it is a year, and a year of four figures with «م» is one
    assert times("وبنيت القلعة عام 100م.") == [("عام 100م", "0100")]
    assert times("وبنيت القلعة في 1850م.") == [("1850م", "1850")]


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("وقاتلوا في الشتاء الماضي في الجنوب.", "2015-08-03", "2014-12/2015-02"),
        ("وقاتلوا في الشتاء الماضي في الجنوب.", "2015-01-20", "2013-12/2014-02"),
        ("وقاتلوا في الصيف الماضي في الجنوب.", "2015-08-03", "2014-06/2014-08"),
        ("وقاتلوا في الصيف الماضي في الجنوب.", "2015-09-20", "2015-06/2015-08"),
        ("وسيعودون في الربيع المقبل إلى الجنوب.", "2015-02-10", "2015-03/2015-05"),
        ("وسيعودون في الربيع المقبل إلى الجنوب.", "2015-08-03", "2016-03/2016-05"),
        ("وسيعودون في الشتاء المقبل إلى الجنوب.", "2015-08-03", "2015-12/2016-02"),
    ],
)
def test_last_and_next_season(text: str, date: str, value: str) -> None:
    assert times(text, date)[0][1] == value


def test_a_weekday_that_does_not_fit_the_guessed_year() -> None:
    # 2 August 2015 is a Sunday; 1990-08-02, a year told before, was a Thursday
    assert times("وبدأ الغزو في 2 أغسطس عام 1990. وقال: استيقظنا فجر يوم الخميس الثاني من أغسطس على أصوات القصف.") == [
        ("2 أغسطس عام 1990", "1990-08-02"), ("فجر يوم الخميس الثاني من أغسطس", "1990-08-02")]
    # no year told that fits: no value, so no time
    assert times("واجتاحت القوات البلاد يوم الخميس الثاني من أغسطس (آب) وارتفعت الأسعار.") == []
    # counter-case: a week-day that fits the guessed year keeps it
    assert times("وعقد الاجتماع يوم الأحد 2 أغسطس في الرياض.") == [("يوم الأحد 2 أغسطس", "2015-08-02")]


def test_of_the_same_year() -> None:
    assert times("وتنحى الرئيس في 11 فبراير 2011. وفي 20 أكتوبر من العام نفسه أجرى حوارا مطولا.") == [
        ("11 فبراير 2011", "2011-02-11"), ("20 أكتوبر من العام نفسه", "2011-10-20")]
    # counter-case: with no year told before it gets no value
    assert times("وفي 20 أكتوبر من العام نفسه أجرى حوارا مطولا.") == []


def test_a_day_of_the_month_last_told_with_its_year() -> None:
    assert times("وبدأ الاجتياح في أغسطس 1990. وسيطرت القوات على البلاد في 4 أغسطس.") == [
        ("أغسطس 1990", "1990-08"), ("4 أغسطس", "1990-08-04")]
    # counter-cases: another month told last, a modifier, an anniversary
    assert times("وبدأت الحملة في يوليو 2014. وقال الوزير في 4 أغسطس إن الحملة نجحت.")[-1] == ("4 أغسطس", "2015-08-04")
    assert times("وبدأت الحملة في أغسطس 2014. وقال الوزير في 4 أغسطس الجاري إن الحملة نجحت.")[-1] == (
        "4 أغسطس الجاري", "2015-08-04")
    assert times("وبدأت الحملة في أغسطس 2014. وفي ذكرى 4 أغسطس احتفل الناس.")[-1][1] == "2015-08-04"


def test_a_day_gone_by_after_the_document_date() -> None:
    assert times("العاشر من أغسطس كان نقطة التحول في الحرب.") == []
    # counter-cases: a day before the document date, a day to come told after «كانت ... قد»
    assert times("الأول من أغسطس كان نقطة التحول في الحرب.") == [("الأول من أغسطس", "2015-08-01")]
    assert times("وكانت الحكومة قد حددت 20 أغسطس موعدا للانتخابات.") == [("20 أغسطس", "2015-08-20")]


def test_the_event_takes_the_year_the_weekday_fits() -> None:
    text = "وبدأ الغزو في 2 أغسطس عام 1990. واستيقظ السكان فجر يوم الخميس الثاني من أغسطس على دوي الانفجارات."
    assert news_date(text, "الانفجارات") == "1990-08-02"

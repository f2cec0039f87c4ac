"""Time expressions, round 112: a month, a day or a part of a year with no year that goes on in the same sentence
after a time of a past year told to its month is of that year; a day the document date's guess puts after the
document date, told as the time of a perfect verb, takes a past year told before or no value; «أيام الجمعة» is any
Friday; «يستعد ... يوم الجمعة» is the coming Friday. Hand-made sentences, each with a counter-case."""

from __future__ import annotations

from rasd.temporal import analyze_times

from conftest import news_date

DATE = "2015-08-03"


def times(text: str, date: str = DATE) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_times(text, date=date).times]


def test_a_month_goes_on_in_the_year_of_the_sentence() -> None:
    assert times("واحتلت القوات المدينة في 2 أغسطس 1990، ثم بلغت الأسعار ذروتها في أكتوبر (تشرين الأول).") == [
        ("2 أغسطس 1990", "1990-08-02"), ("أكتوبر (تشرين الأول)", "1990-10")]
    assert times("وبدأ الحصار في مارس 1998 وانتهى أواخر يونيو.") == [
        ("مارس 1998", "1998-03"), ("أواخر يونيو", "1998-06-21/1998-06-30")]
    assert times("وتأسست الجمعية عام 1998، وفي مطلع العام افتتحت مقرها.") == [
        ("عام 1998", "1998"), ("مطلع العام", "1998-01/1998-03")]


def test_a_month_that_does_not_go_on_keeps_the_guess() -> None:
    # in the next sentence, before the time told, with a word of the future, with «الماضي»: the guess stays
    assert times("واحتلت القوات المدينة في 2 أغسطس 1990. وفي أكتوبر (تشرين الأول) تراجعت الأسعار.")[-1] == (
        "أكتوبر (تشرين الأول)", "2014-10")
    assert times("وبدأ الحصار في يونيو 1998، وانتهى في مايو (أيار).")[-1] == ("مايو (أيار)", "2015-05")
    assert times("وتأسست الجمعية في مارس 1998، وستفتتح فرعها الجديد في يونيو (حزيران).")[-1] == (
        "يونيو (حزيران)", "2016-06")
    assert times("وتأسست الجمعية في مارس 1998، وافتتحت فرعها الجديد في يونيو (حزيران) الماضي.")[-1] == (
        "يونيو (حزيران) الماضي", "2015-06")
    # a span of years is no one year the story is in
    assert times("وعاشت البلاد أزمة في التسعينات، وفي مطلع العام افتتحت الجمعية مقرها.")[-1] == (
        "مطلع العام", "2015-01/2015-03")


def test_a_day_after_the_document_date_told_as_gone_by() -> None:
    # no year told before: no value rather than this year's
    assert times("وقال إن القوات أعلنت في يوم 9 أغسطس (آب) ضم المدينة.", "2015-08-06") == []
    # a past year told before it: that year
    assert times("واجتاحت القوات البلاد عام 1990، وأعلنت في 9 أغسطس ضم المدينة.", "2015-08-06") == [
        ("عام 1990", "1990"), ("9 أغسطس", "1990-08-09")]
    # counter-cases: a day to come, a deadline after a perfect verb, a day already past
    assert times("وقال إن القوات ستعلن في يوم 9 أغسطس (آب) ضم المدينة.", "2015-08-06") == [
        ("يوم 9 أغسطس (آب)", "2015-08-09")]
    assert times("وأمهلت الحكومة الأحزاب حتى 17 أغسطس للاتفاق.", "2015-08-06") == [("17 أغسطس", "2015-08-17")]
    assert times("وأعلنت الحكومة في 2 أغسطس ضم المدينة.", "2015-08-06") == [("2 أغسطس", "2015-08-02")]


def test_the_event_of_a_month_that_goes_on() -> None:
    text = "اجتاحت القوات المدينة في 2 أغسطس 1990، ثم اعتقلت الشرطة مئات المتظاهرين في أكتوبر (تشرين الأول)."
    assert news_date(text, "اعتقلت") == "1990-10"


def test_days_of_the_week_in_the_plural_are_any_such_day() -> None:
    assert times("وأيام الجمعة والسبت هي أكثر الأيام ازدحاما في المدينة.") == []
    # counter-case: a told Friday and Saturday
    assert times("وتظاهر المئات يوم الجمعة والسبت في الساحة.") == [
        ("يوم الجمعة", "2015-07-31"), ("السبت", "2015-08-01")]


def test_getting_ready_for_a_weekday_is_the_coming_one() -> None:
    assert times("ويستعد الناشطون للتظاهر يوم الجمعة في كل المدن.", "2015-08-06") == [("يوم الجمعة", "2015-08-07")]
    # counter-case: told in the past, the last Friday
    assert times("وتظاهر الناشطون يوم الجمعة في كل المدن.", "2015-08-06") == [("يوم الجمعة", "2015-07-31")]

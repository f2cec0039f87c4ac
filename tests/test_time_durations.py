"""Time expressions measured from the document date by a duration (rasd.time.durations): a point before or after
it, a window back or on from it, and the durations that are measured from something else."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2015-08-01"  # a Saturday


def times(text: str, date: str | None = DATE) -> dict[str, str | None]:
    doc = analyze_times(text, date=date)
    return {t.text: t.value for t in doc.times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وصل الوزير منذ ثلاثة أيام إلى بغداد.", "منذ ثلاثة أيام", "2015-07-29"),
        ("وأعلن الجيش قبل يومين مقتل القائد.", "قبل يومين", "2015-07-30"),
        ("وزار الرئيس القاهرة قبل حوالي 10 أيام.", "قبل حوالي 10 أيام", "2015-07-22"),
        ("واعتقلت الشرطة الناشط قبل ثلاثة أشهر.", "قبل ثلاثة أشهر", "2015-05"),
        ("وبدأت الحرب قبل عامين.", "قبل عامين", "2013"),
        ("وتوقفت المفاوضات قبل أسبوعين.", "قبل أسبوعين", "2015-W29"),
        ("ووقع الانفجار قبل ساعات.", "قبل ساعات", "2015-08-01"),
        ("وأعلن الوزير قبل أيام أن الحكومة مستعدة.", "قبل أيام", "2015-07-23/2015-07-30"),
        ("وسيعود الوفد بعد يومين إلى الرياض.", "بعد يومين", "2015-08-03"),
    ],
)
def test_a_point_some_time_before_or_after_the_date(text: str, span: str, value: str) -> None:
    assert times(text).get(span) == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وخلال الأشهر الأربعة الماضية قتل عدد من القادة.", "خلال الأشهر الأربعة الماضية", "2015-04/2015-08"),
        ("وصلت الدبابات خلال اليومين الماضيين.", "خلال اليومين الماضيين", "2015-07-30/2015-08-01"),
        ("وسيجتمع الطرفان في الأيام المقبلة.", "الأيام المقبلة", "2015-08-01/2015-08-08"),
        ("وقتل 20 شخصا خلال الـ 48 ساعة الماضية.", "خلال الـ 48 ساعة الماضية", "2015-07-30/2015-08-01"),
        ("وتحسن الاقتصاد خلال السنوات الخمس الماضية.", "خلال السنوات الخمس الماضية", "2010/2015"),
    ],
)
def test_a_window_back_or_on_from_the_date(text: str, span: str, value: str) -> None:
    assert times(text).get(span) == value


def test_a_window_of_weeks_months_or_years_without_a_number_is_open_at_its_far_end() -> None:
    # round dt394: «الأشهر الماضية» says no bound, so none is invented: an interval open at its far end
    assert times("وشهدت الأشهر الماضية زيارات رفيعة المستوى.") == {"الأشهر الماضية": "../2015-08"}
    assert times("وتزايدت الهجمات في الأسابيع القليلة الماضية.") == {"الأسابيع القليلة الماضية": "../2015-08-01"}
    assert times("وتراجع الاقتصاد في السنوات الأخيرة.") == {"السنوات الأخيرة": "../2015"}
    assert times("وسيتحسن الاقتصاد في السنوات المقبلة.") == {"السنوات المقبلة": "2015/.."}
    # counter-cases: a counted window keeps its bounds, a window of days keeps its week
    assert times("وشهدت الأشهر الثلاثة الماضية زيارات.").get("الأشهر الثلاثة الماضية") == "2015-05/2015-08"
    assert times("وكثرت الزيارات في الأيام الماضية.").get("الأيام الماضية") == "2015-07-25/2015-08-01"


def test_durations_measured_from_something_else_are_left_out() -> None:
    assert not times("وجرت الانتخابات قبل يومين من الهجوم.")  # before the attack, not before the date
    assert not times("وبعد يومين أعلن الجيش السيطرة على المدينة.")  # two days after what the story told
    assert not times("وكثرت الزيارات في الأيام الأخيرة من رمضان.")  # the end of another period


def test_a_year_or_month_word_with_its_name_is_no_duration() -> None:
    got = times("ويحكم الحزب البلاد منذ عام 2011 وحتى الآن.")
    assert got.get("عام 2011") == "2011" and "منذ عام" not in got
    assert times("ووقع الحادث قبل عام.").get("قبل عام") == "2014"


def test_without_a_date_a_duration_has_no_value() -> None:
    assert times("وصل الوزير منذ ثلاثة أيام.", date=None) == {}


def test_a_future_verb_with_a_conjunction_makes_a_weekday_the_next_one() -> None:
    assert times("وسيبدأ الأربعاء تحليل القطعة.").get("الأربعاء") == "2015-08-05"
    assert times("وبدأ الأربعاء تحليل القطعة.").get("الأربعاء") == "2015-07-29"

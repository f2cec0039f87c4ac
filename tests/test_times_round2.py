"""Time expressions, round 2: decades, ranges of months, «العقد الماضي», «هذا الخريف», a year after an event
noun and its adjective, «يوم» before a date (rasd.time.periods, rasd.time.grammar). Hand-made sentences."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2019-05-10"


def times(text: str, date: str | None = DATE) -> dict[str, str | None]:
    doc = analyze_times(text, date=date)
    return {t.text: t.value for t in doc.times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("هاجرت العائلة إلى عمان في الخمسينات هربا من الفقر.", "الخمسينات", "1950/1959"),
        ("وبنيت المدرسة في التسعينيات بتمويل أجنبي.", "التسعينيات", "1990/1999"),
        ("ازدهرت التجارة في سبعينيات القرن الماضي.", "سبعينيات القرن الماضي", "1970/1979"),
        ("وانتشرت هذه الأغاني في عشرينات وثلاثينات القرن الماضي.", "عشرينات وثلاثينات القرن الماضي", "1920/1939"),
        ("وصدرت الرواية في منتصف الستينات من القرن العشرين.", "منتصف الستينات من القرن العشرين", "1963/1966"),
        ("وأغلق المصنع أواخر الثمانينات.", "أواخر الثمانينات", "1987/1989"),
        ("وعرفت المدينة المطبعة في خمسينات القرن التاسع عشر.", "خمسينات القرن التاسع عشر", "1850/1859"),
    ],
)
def test_a_decade_is_a_range_of_years(text: str, span: str, value: str) -> None:
    assert times(text).get(span) == value


def test_a_decade_of_age_or_heat_is_no_time() -> None:
    assert not times("وقال رجل في الأربعينات من عمره إنه فقد بيته.")
    assert not times("وبقيت درجات الحرارة في الأربعينات طوال الأسبوع.").get("الأربعينات")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وبين يناير ومارس ارتفع عدد المصابين بالحصبة.", "بين يناير ومارس", "2019-01/2019-03"),
        ("وتراجعت الصادرات من يناير إلى مارس 2017.", "من يناير إلى مارس 2017", "2017-01/2017-03"),
        ("واستمر الإضراب من ديسمبر 2016 حتى فبراير 2017.", "من ديسمبر 2016 حتى فبراير 2017", "2016-12/2017-02"),
        ("وتكثر السيول بين نوفمبر وفبراير الماضيين.", "بين نوفمبر وفبراير", "2018-11/2019-02"),
    ],
)
def test_a_range_of_months(text: str, span: str, value: str) -> None:
    assert times(text).get(span) == value


def test_a_verb_between_prepositions_is_no_month_range() -> None:
    assert not times("وعاقب القانون من مارس العنف حتى يونيو.").get("من مارس العنف حتى يونيو")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وتتوقع الحكومة نموا كبيرا خلال العقد القادم.", "خلال العقد القادم", "2019/2029"),
        ("وتضاعف عدد السكان خلال العقدين الماضيين.", "خلال العقدين الماضيين", "1999/2019"),
    ],
)
def test_a_decade_window_from_the_date(text: str, span: str, value: str) -> None:
    assert times(text).get(span) == value


def test_this_season() -> None:
    assert times("وتبدأ الدراسة هذا الخريف في كل المدارس.").get("هذا الخريف") == "2019-09/2019-11"
    # written in November, this winter is the one to come
    assert times("ويتوقع أن يكون هذا الشتاء باردا.", "2019-11-20").get("هذا الشتاء") == "2019-12/2020-02"
    assert times("وكان الشتاء الحالي باردا.", "2019-01-20").get("الشتاء الحالي") == "2018-12/2019-02"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("ونشرت الصحيفة بيانا عن الانتفاضة الأولى 1987 صادرا عن الفصائل.", "1987"),
        ("وتذكر الأهالي أيام الحرب العالمية الثانية 1939 بحزن.", "1939"),
        ("وشارك الحزب في الانتخابات البلدية 2015 بقوائم كثيرة.", "2015"),
    ],
)
def test_a_year_after_an_event_noun_and_its_adjective(text: str, year: str) -> None:
    assert times(text).get(year) == year


def test_a_number_after_a_noun_that_is_no_event_is_no_year() -> None:
    assert not times("وأشار المندوب إلى القرار 1701 الصادر عن مجلس الأمن.")
    assert not times("وزار الوفد المدينة الصناعية 1999 مرة أخرى.")


def test_the_day_word_before_a_date_belongs_to_it() -> None:
    got = times("وأعلنت الوزارة يوم 30 مارس 2019 عن خطة جديدة.")
    assert got == {"يوم 30 مارس 2019": "2019-03-30"}
    assert times("وصل الوزير ويوم 14 مايو وصل الوفد.").get("يوم 14 مايو") == "2019-05-14"


def test_a_date_of_the_year_named_after_it() -> None:
    got = times("وافتتح الجسر يوم 12 أكتوبر من عام 1932 بحضور الملك.")
    assert got == {"يوم 12 أكتوبر من عام 1932": "1932-10-12"}
    assert times("ووقعت الحادثة في 3 مارس من العام الماضي.") == {"3 مارس من العام الماضي": "2018-03-03"}
    assert times("وتبدأ الأشغال في سبتمبر من العام المقبل.") == {"سبتمبر من العام المقبل": "2020-09"}


def test_a_coordinated_decade_read_whole() -> None:
    assert times("وراجت هذه الموضة في خمسينات وستينات القرن الماضي.") == {"خمسينات وستينات القرن الماضي": "1950/1969"}


def test_a_day_and_month_naming_a_known_past_event_takes_its_year() -> None:
    got = times("وتغيرت السياسة الأميركية بعد هجمات 11 سبتمبر، كما قال الخبير.")
    assert got == {"11 سبتمبر": "2001-09-11"}
    got = times("وشارك الشاب في ثورة 25 يناير (كانون الثاني) مع رفاقه.")
    assert got == {"25 يناير (كانون الثاني)": "2011-01-25"}
    # with a modifier or as an anniversary it is a day of the document's year, as any day and month
    assert times("واندلعت انتفاضة 17 فبراير الماضي في المدينة.") == {"17 فبراير الماضي": "2019-02-17"}
    got = times("واحتفل الحزب بالذكرى الثامنة لثورة 25 يناير في الميدان.", "2019-01-26")
    assert got == {"25 يناير": "2019-01-25"}
    # an event noun with a day the table does not know: as before, a day of the document's year
    assert times("وقال إن ثورة 3 مارس لم تنته.") == {"3 مارس": "2019-03-03"}


def test_a_month_and_its_year_after_a_slash() -> None:
    assert times("المصدر: جريدة الدفاع / تموز / ( 1946 ) .") == {"تموز / ( 1946 )": "1946-07"}


def test_the_year_word_before_a_range_of_years_in_brackets() -> None:
    assert times("وصدر الكتاب عام ( 1921 / 1922 ) في القدس.") == {"عام ( 1921 / 1922 )": "1921/1922"}

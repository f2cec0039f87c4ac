"""Time expressions resolved to calendar values: hand-made cases of every form, the seed, Wojood."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from rasd.doc import Doc
from rasd.temporal import analyze_times, infer_date, parse_iso
from rasd.time import calendar as cal
from rasd.time.grammar import find_times



class _Runner:
    """The layers up to ``times``, run directly (see ``rasd.temporal.analyze_times``)."""

    def __call__(self, text: str, date: str | None = None) -> Doc:
        return analyze_times(text, date=date)


@pytest.fixture(scope="module")
def pipe() -> _Runner:
    return _Runner()


# (sentence, document date, expected span text, expected value)
CASES = [
    # relative days, day parts, weekdays stated with them
    ("قال الوزير اليوم (الاثنين) إن بلاده", "2015-08-03", "اليوم (الاثنين)", "2015-08-03"),
    ("وصل الوفد مساء اليوم إلى بغداد", "2014-10-09", "مساء اليوم", "2014-10-09"),
    ("اجتمع الطرفان صباح أمس في القاهرة", "2014-10-09", "صباح أمس", "2014-10-08"),
    ("وقعت الحادثة أول من أمس", "2014-10-09", "أول من أمس", "2014-10-07"),
    ("وقعت الحادثة أول أمس", "2014-10-09", "أول أمس", "2014-10-07"),
    ("سيصل الوزير غدا الجمعة إلى عمان", "2014-10-09", "غدا الجمعة", "2014-10-10"),
    ("يصل الوزير بعد غد", "2014-10-09", "بعد غد", "2014-10-11"),
    ("ستعقد القمة الليلة في الدوحة", "2014-10-09", "الليلة", "2014-10-09"),
    ("وقال أمس الأحد إن", "2015-08-03", "أمس الأحد", "2015-08-02"),
    ("وأكدت الحكومة أمس أن", "2015-08-03", "أمس", "2015-08-02"),
    # weekdays: tense decides the direction, modifiers override it
    ("التقى الرئيس يوم الاثنين نظيره الفرنسي", "2014-10-09", "يوم الاثنين", "2014-10-06"),
    ("سيلتقي الرئيس يوم الاثنين نظيره الفرنسي", "2014-10-09", "يوم الاثنين", "2014-10-13"),
    ("ومن المقرر أن تبدأ المحادثات الأحد في جنيف", "2014-10-09", "الأحد", "2014-10-12"),
    ("كتبنا الخميس الماضي عن مأزق التحالف", "2015-08-01", "الخميس الماضي", "2015-07-30"),
    ("يبدأ الأحد القادم موعد قيد الناخبين", "2015-08-11", "الأحد القادم", "2015-08-16"),
    # weeks, months, years relative to the document date
    ("قتل خمسة أشخاص الأسبوع الماضي", "2014-10-09", "الأسبوع الماضي", "2014-W40"),
    ("يعقد المؤتمر الأسبوع المقبل", "2014-10-09", "الأسبوع المقبل", "2014-W42"),
    ("زار الوزير باريس الشهر الماضي", "2014-10-09", "الشهر الماضي", "2014-09"),
    ("عقد في باريس منتصف الشهر الماضي", "2014-10-09", "منتصف الشهر الماضي", "2014-09-10/2014-09-20"),
    ("في مطلع الشهر الجاري", "2014-10-09", "مطلع الشهر الجاري", "2014-10-01/2014-10-10"),
    ("تنتهي المهلة أواخر الشهر", "2014-10-09", "أواخر الشهر", "2014-10-21/2014-10-31"),
    ("ارتفعت الأسعار العام الماضي", "2014-10-09", "العام الماضي", "2013"),
    ("تضاعف العدد هذا العام", "2014-10-09", "هذا العام", "2014"),
    ("في صيف 2014 اندلعت المعارك", "2015-08-01", "صيف 2014", "2014-06/2014-08"),
    ("في مطلع عام 2014 اندلعت المعارك", "2015-08-01", "مطلع عام 2014", "2014-01/2014-03"),
    # ordinal days (words, the typo «الثلث عشر», digits)
    ("أعلن في الثالث عشر من الشهر الماضي", "2014-10-09", "الثالث عشر من الشهر الماضي", "2014-09-13"),
    ("أعلن في الثلث عشر من الشهر الماضي", "2014-10-09", "الثلث عشر من الشهر الماضي", "2014-09-13"),
    ("وصل في 13 من الشهر الجاري", "2014-10-09", "13 من الشهر الجاري", "2014-10-13"),
    ("تبدأ في الأول من شهر ذي القعدة", "2015-08-11", "الأول من شهر ذي القعدة", "2015-08-16"),
    ("وصل في العاشر من أغسطس", "2015-08-11", "العاشر من أغسطس", "2015-08-10"),
    # month names of every system, paired forms, Maghrebi and Algerian names
    ("في 11 أيلول (سبتمبر) 2001", "2014-10-09", "11 أيلول (سبتمبر) 2001", "2001-09-11"),
    ("في يوليو (تموز) الماضي", "2014-10-09", "يوليو (تموز) الماضي", "2014-07"),
    ("وفي آب/أغسطس 2013", "2014-10-09", "آب/أغسطس 2013", "2013-08"),
    ("في 24 أكتوبر / تشرين الأول 2008", None, "24 أكتوبر / تشرين الأول 2008", "2008-10-24"),
    ("في 14 يوليوز 2015", None, "14 يوليوز 2015", "2015-07-14"),
    ("في 20 غشت 2015", None, "20 غشت 2015", "2015-08-20"),
    ("في 3 شتنبر الماضي", "2015-10-01", "3 شتنبر الماضي", "2015-09-03"),
    ("في 5 جويلية 2015", None, "5 جويلية 2015", "2015-07-05"),
    ("في 10 تموز 1931", None, "10 تموز 1931", "1931-07-10"),
    # numeric dates, years, ranges
    ("بتاريخ 26/4/1948", None, "بتاريخ 26/4/1948", "1948-04-26"),
    ("بتاريخ ( 26 / 4 / 1948 )", None, "بتاريخ ( 26 / 4 / 1948 )", "1948-04-26"),
    ("في 4 / 22 / 1948", None, "4 / 22 / 1948", "1948-04-22"),
    ("شباط ( 28 / 2 / 1945 )", None, "شباط ( 28 / 2 / 1945 )", "1945-02-28"),
    ("يوم الثلاثاء الموافق 5 / 8 / 2008", None, "يوم الثلاثاء الموافق 5 / 8 / 2008", "2008-08-05"),
    ("في عام 2014 قتل", None, "عام 2014", "2014"),
    ("عام 1907 ميلادي", None, "عام 1907 ميلادي", "1907"),
    ("بين 1936 - 1939", None, "1936 - 1939", "1936/1939"),
    # Hijri dates, with and without the Gregorian equivalent
    ("في 25 شوال 1436 هـ", None, "25 شوال 1436 هـ", "2015-08-10"),
    ("25 شوال 1436هـ الموافق 10 أغسطس 2015م", None, "25 شوال 1436هـ الموافق 10 أغسطس 2015م", "2015-08-10"),
    ("20 / شعبان / 1428 هجرية", None, "20 / شعبان / 1428 هجرية", "2007-09-02"),
    ("عام ( 1436 ) هجري", None, "عام ( 1436 ) هجري", "2014-10-25/2015-10-13"),
    # anniversaries: the base date's day in the document's year
    ("وقال في يوم الذكرى 13 لهجمات 11 أيلول (سبتمبر) التي", "2014-10-09", "11 أيلول (سبتمبر)", "2014-09-11"),
    # day ranges
    ("عقد المؤتمر من 13 وحتى 15 تشرين الثاني 2016", None, "من 13 وحتى 15 تشرين الثاني 2016", "2016-11-13/2016-11-15"),
    ("تجري الانتخابات بين 3 و5 أغسطس", "2015-08-01", "بين 3 و5 أغسطس", "2015-08-03/2015-08-05"),
    # bracketed dates: the span is what the brackets hold
    ("نشر البيان ( 21 / 8 / 1943 ) .", None, "21 / 8 / 1943", "1943-08-21"),
    ("قبل حرب 1948 ( النكبة )", None, "1948", "1948"),
]


def test_anniversary_with_base_year(pipe: _Runner) -> None:
    doc = pipe("أحيت الكويت الذكرى الـ25 لغزو الكويت في 2 أغسطس 1990", date="2015-08-03")
    assert [(t.text, t.value) for t in doc.times] == [("الذكرى الـ25", "2015-08-02"), ("2 أغسطس 1990", "1990-08-02")]
    doc = pipe("في الذكرى الخامسة والعشرين لغزو الكويت في 2 أغسطس 1990", date="2015-08-03")
    assert [(t.text, t.value) for t in doc.times][0] == ("الذكرى الخامسة والعشرين", "2015-08-02")


@pytest.mark.parametrize(("sentence", "date", "text", "value"), CASES)
def test_time_forms(pipe: _Runner, sentence: str, date: str | None, text: str, value: str) -> None:
    doc = pipe(sentence, date=date)
    got = [(t.text, t.value) for t in doc.times]
    assert got == [(text, value)]
    t = doc.times[0]
    assert doc.text[t.start : t.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل 1500 شخص في الهجوم",
        "احتفل العالم باليوم العالمي للمرأة",
        "مارس الضغط على الحكومة",
        "قال أبو محمد",
        "تبلغ مساحتها 1000 م مربع",
        "وفق المادة ( 109 ) من الدستور",
        "يقع مركز الاحتجاز في سوق الخميس",
        "وثيقة رقم 1056 .",
    ],
)
def test_no_false_times(pipe: _Runner, sentence: str) -> None:
    assert pipe(sentence, date="2014-10-09").times == []


def test_relative_without_date_is_skipped(pipe: _Runner) -> None:
    doc = pipe("وصل الوزير أمس إلى بغداد، وسيغادر في 5 أغسطس 2015")
    assert [(t.text, t.value) for t in doc.times] == [("5 أغسطس 2015", "2015-08-05")]
    assert doc.date is None


def test_seed_golden(seed_text: str, pipe: _Runner) -> None:
    doc = pipe(seed_text, date="2014-10-09")
    got = {t.text: t.value for t in doc.times}
    assert got["اليوم"] == "2014-10-09"
    assert got["غدا الجمعة"] == "2014-10-10"
    assert got["الثلث عشر من الشهر الماضي"] == "2014-09-13"
    assert got["منتصف الشهر الماضي"] == "2014-09-10/2014-09-20"
    assert got["11 أيلول (سبتمبر)"] == "2014-09-11"
    assert got["خلال الأسابيع الماضية"] == "../2014-10-09"  # a window back from the date, its start not said (dt394)
    assert len(doc.times) == 6
    assert doc.warnings == []


def test_date_inferred_from_weekday_and_absolute_dates(pipe: _Runner) -> None:
    text = "قال الوزير اليوم (الاثنين) إن الاتفاق الموقع في 30 يوليو 2015 صامد."
    doc = pipe(text)
    assert (doc.date, doc.date_source) == ("2015-08-03", "inferred")
    assert {t.text: t.value for t in doc.times}["اليوم (الاثنين)"] == "2015-08-03"


def test_weekday_claim_with_equivalent_date(pipe: _Runner) -> None:
    doc = pipe("قال الوزير اليوم (الاثنين) الموافق 3 أغسطس 2015 إن الاتفاق صامد.")
    assert (doc.date, doc.date_source) == ("2015-08-03", "inferred")
    assert [(t.text, t.value) for t in doc.times] == [("اليوم (الاثنين) الموافق 3 أغسطس 2015", "2015-08-03")]


def test_no_inference_without_anchor(pipe: _Runner) -> None:
    doc = pipe("قال الوزير اليوم (الاثنين) إن الاتفاق صامد.")
    assert doc.date is None and doc.date_source is None
    # an old date in another sentence is history, not an anchor
    doc = pipe("قال الوزير اليوم (الاثنين) إن الاتفاق صامد. ووقع الغزو في 2 أغسطس 1990.")
    assert doc.date is None and doc.date_source is None


def test_given_date_contradicting_weekday_warns(pipe: _Runner) -> None:
    doc = pipe("قال الوزير اليوم (الاثنين) إن الاتفاق صامد.", date="2014-10-09")
    assert doc.date == "2014-10-09" and doc.date_source == "given"
    assert len(doc.warnings) == 1
    assert doc.warnings[0] == "given date 2014-10-09 is a Thursday, the text says اليوم (الاثنين)"
    doc = pipe("وقال أمس الأحد إن الاتفاق صامد.", date="2014-10-09")
    assert doc.warnings == ["given date 2014-10-09 makes it 2014-10-08, a Wednesday, the text says أمس الأحد"]


def test_weekday_date_mismatch_warns(pipe: _Runner) -> None:
    doc = pipe("يوم الأربعاء الموافق 5 / 8 / 2008")
    assert doc.times[0].value == "2008-08-05"
    assert any("الثلاثاء" in w for w in doc.warnings)


def test_infer_date_unit() -> None:
    doc = analyze_times("وقال أمس الأحد إن اتفاق 30 يوليو 2015 صامد")
    hits = find_times(doc.tokens, doc.sentences, None)
    assert infer_date(hits, doc.sentences) == parse_iso("2015-08-03")  # Sunday was yesterday: a Monday after 30 July


def test_calendar_helpers() -> None:
    assert cal.hijri_to_gregorian(1436, 10, 25) == parse_iso("2015-08-10")
    assert cal.hijri_to_gregorian(1325, 1, 1) is not None  # outside Umm al-Qura: tabular fallback
    assert cal.iso_week(parse_iso("2014-10-02")) == "2014-W40"  # type: ignore[arg-type]
    assert cal.month_range(2014, 12, 2) == "2013-12/2014-02"


def test_wojood_test_floor() -> None:
    path = shared_path("wojood_sample", "test.txt")
    from rasd.eval.times import evaluate

    res = evaluate([path])
    assert res["overlap"]["f1"] >= 0.93, json.dumps(res)
    assert res["exact"]["f1"] >= 0.85, json.dumps(res)

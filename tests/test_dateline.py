"""Leading datelines: place, reporter or agency, and the date of agency lines (Hijri checked against Gregorian)."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from rasd.temporal import analyze_times
from rasd.text.dateline import is_place

# (article start, place, source, date, hijri)
CASES = [
    ("لندن: قالت وزارة الخارجية العراقية، في بيان صحافي إن جولة الجنرال بدأت.", "لندن", None, None, None),
    ("بيروت: ثائر عباس\nقال المرصد السوري إن المعارك استمرت.", "بيروت", "ثائر عباس", None, None),
    ("الرياض: «الشرق الأوسط أونلاين»\nوصل الأمير إلى القاهرة.", "الرياض", "الشرق الأوسط أونلاين", None, None),
    ("القاهرة - محمد عبد الرؤوف\nقال المتحدث إن الاجتماع انتهى.", "القاهرة", "محمد عبد الرؤوف", None, None),
    ("الأحواز (إيران): عادل السالمي\nعاد الرئيس السابق.", "الأحواز", "عادل السالمي", None, None),
    ("سيدني - د.ب.أ: استقالت رئيسة البرلمان الأسترالي.", "سيدني", "د.ب.أ", None, None),
    (
        "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nلقي عدد من عناصر التنظيم مصرعهم.",
        "بغداد", "واس", "2015-08-10", "1436-10-25",
    ),
    (
        "القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\nتلقى وزير الخارجية اتصالين.",
        "القاهرة", "واس", "2015-08-10", "1436-10-25",
    ),
    (
        "مكة المكرمة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nيبدأ الأحد القادم موعد القيد.",
        "مكة المكرمة", "واس", "2015-08-11", "1436-10-26",
    ),
    # the lead paragraph comes first, the dateline opens the second
    (
        "زار منسق التحالف العراق اليوم.\n\nلندن: قالت وزارة الخارجية العراقية إن الجولة بدأت.",
        "لندن", None, None, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "source", "date", "hijri"), CASES)
def test_datelines(text: str, place: str, source: str | None, date: str | None, hijri: str | None) -> None:
    doc = analyze_times(text)
    dl = doc.dateline
    assert dl is not None
    assert (dl.place_text, dl.source, dl.date, dl.hijri) == (place, source, date, hijri)
    assert dl.place is not None and doc.text[dl.place.start : dl.place.end] == place
    if date is not None:
        assert (doc.date, doc.date_source) == (date, "dateline")
        assert dl.warnings == [] and doc.warnings == []


def test_dateline_date_relative_times() -> None:
    doc = analyze_times("مكة المكرمة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nيبدأ الأحد القادم موعد القيد.")
    assert {t.text: t.value for t in doc.times}["الأحد القادم"] == "2015-08-16"


def test_given_date_wins_over_dateline() -> None:
    doc = analyze_times("بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nلقي عدد مصرعهم.", date="2015-08-11")
    assert (doc.date, doc.date_source) == ("2015-08-11", "given")
    assert doc.dateline is not None and doc.dateline.date == "2015-08-10"


def test_hijri_gregorian_mismatch_warns() -> None:
    doc = analyze_times("الرياض 25 شوال 1436 هـ الموافق 20 أغسطس 2015 م واس\nناشدت الحكومة الأطباء.")
    assert doc.dateline is not None and doc.dateline.date == "2015-08-20"
    assert len(doc.dateline.warnings) == 1 and "2015-08-10" in doc.dateline.warnings[0]
    assert doc.dateline.warnings[0] in doc.warnings


def test_one_day_difference_is_tolerated() -> None:
    doc = analyze_times("حفر الباطن 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nتفقدت اللجنة المقار.")
    assert doc.dateline is not None and doc.dateline.place_text == "حفر الباطن"
    assert doc.dateline.warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "قال: إن الأمر لا يحتمل التأجيل.",
        "وأضاف المتحدث: نحن مستعدون.",
        "الوزير - كما قال - وصل أمس.",
        "كتبنا الخميس الماضي عن مأزق التحالف.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert analyze_times(text).dateline is None


def test_place_list() -> None:
    assert is_place(["بيروت"]) and is_place(["مكة", "المكرمة"]) and is_place(["عمّان"])
    assert not is_place(["قال"]) and not is_place(["فاموتيدين"])


def test_seed_dateline(seed_text: str) -> None:
    doc = analyze_times(seed_text, date="2014-10-09")
    assert doc.dateline is not None and doc.dateline.place_text == "لندن"
    assert doc.text[doc.dateline.start : doc.dateline.end].startswith("لندن:")


def test_saudinewsnet_agency_article_gets_its_date() -> None:
    path = shared_path("saudinewsnet_sample", "saudinewsnet_politics_sample.jsonl")
    prefix = "القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس"
    with open(path, encoding="utf-8") as fh:
        rec = next(r for r in map(json.loads, fh) if r["content"].strip().startswith(prefix))
    doc = analyze_times(rec["content"])
    assert (doc.date, doc.date_source) == ("2015-08-10", "dateline")
    assert doc.dateline is not None and doc.dateline.place_text == "القاهرة" and doc.dateline.source == "واس"


def test_saudinewsnet_bylines_recall() -> None:
    """The `author` field of Asharq Al-Awsat records is a dateline: most must be read as one."""
    path = shared_path("saudinewsnet_sample", "saudinewsnet_politics_sample.jsonl")
    found = total = 0
    with open(path, encoding="utf-8") as fh:
        for rec in map(json.loads, fh):
            if not rec["author"].strip():
                continue
            total += 1
            found += analyze_times(rec["author"] + "\n" + rec["content"][:300]).dateline is not None
    assert total > 200 and found / total >= 0.95, (found, total)

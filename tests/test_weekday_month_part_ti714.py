"""Round ti714: «قبل/بعد/منذ يوم» right before a weekday name is the preposition and that weekday («قبل يوم
الثلاثاء المقبل»: before Tuesday), no duration of a day; «آخر أيام» is a position («late») like «أواخر», and a
part of a month takes its year also after «من عام» («آخر أيام شهر يوليو (تموز) من عام 1990»). Hand-made
sentences, dated 2015-05-01 (a Friday)."""

from __future__ import annotations

import pytest

from rasd.temporal import analyze_times

DATE = "2015-05-01"


def _times(text: str) -> list[tuple[str, str | None, str]]:
    doc = analyze_times(text, DATE)
    return [(doc.text[t.start : t.end], t.value, t.kind) for t in doc.times]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقال الوزير إن الاتفاق سيوقع قبل يوم الثلاثاء المقبل في جنيف.", "يوم الثلاثاء المقبل", "2015-05-05"),
    ("وأكد المتحدث أن الوفد سيصل بعد يوم الخميس المقبل إلى الرياض.", "يوم الخميس المقبل", "2015-05-07"),
    ("ويواصل العمال إضرابهم منذ يوم الاثنين الماضي في المصنع.", "يوم الاثنين الماضي", "2015-04-27"),
])
def test_a_day_before_a_weekday_name_is_that_weekday(text: str, span: str, value: str) -> None:
    got = _times(text)
    assert (span, value, "date") in got
    assert not any(s.startswith(("قبل يوم", "بعد يوم")) for s, _, _ in got)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("ووصل الوفد إلى القاهرة قبل يوم للمشاركة في الاجتماع.", "قبل يوم", "2015-04-30"),
    ("وأعلنت الشرطة قبل يومين اعتقال ثلاثة مشتبه بهم.", "قبل يومين", "2015-04-29"),
    ("ويقيم اللاجئون في المخيم منذ عام 2011 في ظروف صعبة.", "عام 2011", "2011"),
])
def test_a_duration_or_a_year_stays_as_it_was(text: str, span: str, value: str) -> None:
    assert (span, value, "date" if "-" in value else "year") in _times(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقتل ثلاثة جنود في آخر أيام شهر يوليو (تموز) من عام 1990 قرب الحدود.",
     "آخر أيام شهر يوليو (تموز) من عام 1990", "1990-07-21/1990-07-31"),
    ("وتوقفت المعارك في منتصف شهر يوليو من عام 1990 بعد وساطة دولية.",
     "منتصف شهر يوليو من عام 1990", "1990-07-10/1990-07-20"),
    ("وعاد السفير إلى بلاده في آخر أيام الشهر الماضي.", "آخر أيام الشهر الماضي", "2015-04-21/2015-04-30"),
    ("وتوقفت المعارك في أواخر شهر يوليو 1990 بعد وساطة دولية.", "أواخر شهر يوليو 1990", "1990-07-21/1990-07-31"),
])
def test_a_part_of_a_month_is_one_span(text: str, span: str, value: str) -> None:
    assert (span, value, "range") in _times(text)


def test_last_days_of_a_life_is_no_time() -> None:
    assert _times("وقضى الزعيم آخر أيام حياته في المنفى بعيدا عن وطنه.") == []

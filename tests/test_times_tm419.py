"""Round tm419: a quarter or a half of a year reads as a season of it («الربع الثاني من عام 2015»: 2015-04 to
2015-06; «النصف الأول من العام الحالي»), and a season or a quarter with a year told from the document date after it
(«من العام الماضي», «صيف العام قبل الماضي») is of that year. Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from rasd.temporal import analyze_times


def _times(text: str, date: str) -> list[tuple[str, str | None, str]]:
    doc = analyze_times(text, date)
    return [(doc.text[t.start : t.end], t.value, t.kind) for t in doc.times]


def test_quarter_of_a_named_year_is_its_three_months() -> None:
    text = "وانخفضت أسعار الإيجارات بنسبة 3 في المائة خلال الربع الثاني من عام 2015، وفق التقرير."
    assert _times(text, "2015-08-02") == [("الربع الثاني من عام 2015", "2015-04/2015-06", "range")]
    text = "وتراجعت الصادرات في الربع الأخير من 2014 بعد هبوط أسعار النفط."
    assert _times(text, "2015-08-02") == [("الربع الأخير من 2014", "2014-10/2014-12", "range")]


def test_half_of_a_year_told_from_the_document_date() -> None:
    text = "وبلغت قيمة التصرفات العقارية في النصف الأول من العام الحالي نحو 129 مليار درهم."
    assert _times(text, "2015-08-02") == [("النصف الأول من العام الحالي", "2015-01/2015-06", "range")]
    text = "وارتفع الإنتاج في النصف الثاني من العام الماضي."
    assert _times(text, "2015-08-02") == [("النصف الثاني من العام الماضي", "2014-07/2014-12", "range")]


def test_season_of_a_year_told_from_the_document_date() -> None:
    text = "وتسيطر الميليشيات على العاصمة منذ صيف العام الماضي."
    assert _times(text, "2015-08-06") == [("صيف العام الماضي", "2014-06/2014-08", "range")]


def test_counter_a_half_or_quarter_of_no_year_is_no_time() -> None:
    # a half of a sum, a quarter of a population: no year after it, no time
    assert _times("وتسلم النصف الأول من المبلغ المتفق عليه.", "2015-08-02") == []
    assert _times("ويعيش الربع الأول من السكان تحت خط الفقر.", "2015-08-02") == []


def test_counter_a_winter_of_a_relative_year_is_left_to_the_year() -> None:
    # winter spans two years: which one «شتاء العام الماضي» means is not read, the year alone stays
    assert _times("وقعت الحادثة في شتاء العام الماضي.", "2015-08-02") == [("العام الماضي", "2014", "year")]


def test_quarter_of_the_bare_year_is_the_current_one() -> None:
    text = "وتواصل الشريحة الفندقية مواجهة ضغوط هبوطية خلال الربع الثاني من السنة."
    assert _times(text, "2015-08-02") == [("الربع الثاني من السنة", "2015-04/2015-06", "range")]
    # an older year told before does not make it that year's: the speaker's current year
    text = "وشهدنا تراجعات في عامي 2008 و2009، ونتوقع أن تتراجع الأسعار خلال النصف الثاني من العام."
    assert ("النصف الثاني من العام", "2015-07/2015-12", "range") in _times(text, "2015-08-02")


def test_counter_quarter_of_the_same_year_or_a_bare_season_is_not_guessed() -> None:
    # «من العام نفسه»: the year told before, not read here; «صيف العام» with no «من»: no quarter of a year named
    assert _times("وفي الربع الأول من العام نفسه تراجعت الصادرات.", "2015-08-02") == []
    assert _times("ووقع الحادث في صيف العام.", "2015-08-02") == []

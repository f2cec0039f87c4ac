"""Round qu918: quote speakers named by a back-reference or a compound source.

- «وبحسب المصدر فإن القوات الحكومية انسحبت»: the source called back before «فإن», not the subject after it;
- «حسب تقرير حديث أعده فلان وعلان، المحللان بـ...»: both authors speak, the set-off apposition included;
- «وفقا لدراسة أعدها الباحث فلان»: the person who made the study;
- «وتحدث فلان بأن ...», «تحدثت مصادر عن أن ...»: the verb of talking reports the words «بأن/عن أن» open.
"""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

_SOURCE = "وقال مصدر بارز في المعارضة السورية لـ«الشرق الأوسط» إن الفصائل سيطرت على القرية. "


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    rows = [r for r in news_quote_rows(text) if r[0] == cue]
    assert len(rows) == 1, news_quote_rows(text)
    return rows[0]


def test_called_back_source_before_fa_inna_is_the_source() -> None:
    text = _SOURCE + "وبحسب المصدر فإن القوات الحكومية انسحبت من التلال."
    cue, name, given, content, direct = _row(text, "وبحسب")
    assert name is None  # not «القوات الحكومية», the subject of the reported clause
    assert given == "مصدر بارز في المعارضة السورية"
    assert content == "القوات الحكومية انسحبت من التلال"
    doc = analyze_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وبحسب")
    body = doc.entity(q.attrs.get("affiliation"))
    assert body is not None and body.name == "المعارضة السورية"


def test_named_source_before_fa_inna_still_speaks() -> None:
    cue, name, given, content, direct = _row("وبحسب وكالة رويترز فإن القوات الحكومية انسحبت من التلال.", "وبحسب")
    assert name == "وكالة رويترز"
    assert content == "القوات الحكومية انسحبت من التلال"


def test_report_made_by_two_people_set_off_hasb() -> None:
    text = ("ارتفعت صادرات النفط الخام خلال الشهر الماضي، حسب تقرير حديث أعده جون سميث وديفيد براون، "
            "المحللان بمؤسسة «ستاندرد» البحثية.")
    doc = analyze_news(text)
    [q] = [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "حسب"]
    assert doc.text[q.content.start : q.content.end] == "ارتفعت صادرات النفط الخام خلال الشهر الماضي"
    names = [doc.entity(e).name for e in q.attrs["speakers"]]
    assert names == ["جون سميث", "ديفيد براون"]
    assert doc.entity(q.speaker).name == "جون سميث"


def test_aside_hasb_with_comma_is_still_no_closing_source() -> None:
    text = "وكانت الشرطة قد اعتقلت، حسب شهود عيان، خمسة أشخاص في المدينة."
    assert [r for r in news_quote_rows(text) if r[0] == "حسب" and r[3].startswith("وكانت")] == []


def test_study_made_by_a_person() -> None:
    text = "ووفقا لدراسة أعدها الباحث جون سميث، فإن الطلب على الغاز سيرتفع بنسبة كبيرة خلال العقد المقبل."
    cue, name, given, content, direct = _row(text, "ووفقا")
    assert name == "جون سميث"
    assert content == "الطلب على الغاز سيرتفع بنسبة كبيرة خلال العقد المقبل"


def test_study_made_by_a_body_unchanged() -> None:
    text = "ووفقا لدراسة أعدها مركز الخليج للأبحاث، فإن الطلب على الغاز سيرتفع بنسبة كبيرة خلال العقد المقبل."
    assert _row(text, "ووفقا")[1] == "مركز الخليج للأبحاث"


def test_talked_with_bi_anna_reports() -> None:
    text = "وتحدث وزير الخارجية المصري سامح شكري بأن المفاوضات ستستأنف الأسبوع المقبل في القاهرة."
    cue, name, given, content, direct = _row(text, "وتحدث")
    assert name == "سامح شكري"
    assert content == "المفاوضات ستستأنف الأسبوع المقبل في القاهرة"
    assert direct is False


def test_talked_an_anna_reports_unnamed_sources() -> None:
    cue, name, given, content, direct = _row("وتحدثت مصادر محلية عن أن المسلحين انسحبوا من البلدة ليلا.", "وتحدثت")
    assert name is None and given == "مصادر محلية"
    assert content == "المسلحين انسحبوا من البلدة ليلا"


def test_talked_about_a_topic_is_no_cue() -> None:
    assert news_quote_rows("وتحدث الرئيس الفرنسي فرنسوا هولاند عن الأزمة الاقتصادية في أوروبا خلال المؤتمر.") == []


def test_talked_then_other_cue_keeps_that_cue() -> None:
    rows = news_quote_rows("وتحدث الرئيس الفرنسي فرنسوا هولاند عن الأزمة الاقتصادية، وأكد أن أوروبا ستتجاوزها.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("وأكد", "فرنسوا هولاند", "أوروبا ستتجاوزها")]

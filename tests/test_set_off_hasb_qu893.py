"""Round qu893: a bare «حسب» set off by a comma at the end of a sentence («...، حسب وكالة X.») attributes the clause
before it, as «، بحسب» does: its speaker is the source named; a quotation closing right before the comma is the
content, direct. Not a cue: «حسب» before a rule or plan («حسب الخطة»), an aside the clause goes on after, a tail
that relays a quote already made («وقال فلان: «...»، حسب رويترز»)."""

from __future__ import annotations

from conftest import analyze_news, news_modality, news_quote_rows


def _hasb(text: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == "حسب"]


def test_agency_tail_attributes_the_sentence() -> None:
    text = "وسقطت قذيفتان على حي سكني في مدينة حلب مساء أمس، حسب وكالة الصحافة الفرنسية."
    assert _hasb(text) == [("حسب", "وكالة الصحافة الفرنسية", None,
                            "وسقطت قذيفتان على حي سكني في مدينة حلب مساء أمس", False)]


def test_quotation_before_the_comma_is_direct() -> None:
    text = ("وقال الوزير إن المفاوضات ستستأنف الشهر المقبل. «لن نقبل بأي شروط مسبقة من أي طرف كان»، حسب "
            "الوزير.")
    rows = _hasb(text)
    assert len(rows) == 1
    assert rows[0][2] == "الوزير"
    assert rows[0][3] == "لن نقبل بأي شروط مسبقة من أي طرف كان"
    assert rows[0][4] is True


def test_source_called_back_speaks_again() -> None:
    text = ("وأكد مصدر عسكري أن التعزيزات وصلت إلى الجبهة. وتمكنت القوات من استعادة ثلاث قرى في ريف المحافظة، "
            "حسب المصدر العسكري نفسه.")
    rows = _hasb(text)
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("المصدر العسكري", "وتمكنت القوات من استعادة ثلاث قرى في ريف المحافظة", False)]


def test_only_the_clause_after_an_earlier_source() -> None:
    text = ("وافتتح وزير الصحة المستشفى الجديد في المدينة، بحسب بيان للوزارة، وهو ما سيخفف الضغط على "
            "المستشفيات الأخرى، حسب مصادر طبية.")
    rows = _hasb(text)
    assert [r[3] for r in rows] == ["وهو ما سيخفف الضغط على المستشفيات الأخرى"]


def test_act_before_the_tail_is_reported() -> None:
    text = "واعتقلت الشرطة خمسة أشخاص قرب الحدود فجر اليوم، حسب وكالة الأنباء الألمانية."
    assert news_modality(text, "واعتقلت") == "reported"


def test_rule_is_no_source() -> None:
    assert _hasb("وسيتم صرف الرواتب المتأخرة لجميع الموظفين، حسب مقتضيات القانون.") == []
    assert _hasb("وتم توزيع المساعدات على الأسر المحتاجة في المخيمات، حسب الخطة المعتمدة.") == []


def test_aside_inside_the_clause_is_no_tail() -> None:
    assert _hasb("وكانت الشرطة قد اعتقلت، حسب شهود عيان، خمسة أشخاص قرب المسجد.") == []


def test_relayed_quotation_keeps_its_speaker() -> None:
    text = "وقال المتحدث: «سنواصل العمليات حتى تحرير المدينة بالكامل من المسلحين»، حسب رويترز."
    rows = news_quote_rows(text)
    assert [(r[0], r[2]) for r in rows] == [("وقال", "المتحدث")]


def test_agency_tail_is_no_actor_of_the_next_sentence() -> None:
    text = ("وأدلى وزير الخارجية بشهادته أمام لجان الكونغرس خلال الأسبوع الماضي، حسب وكالة الأنباء الألمانية. "
            "ويسعى نتنياهو لتجييش اليهود ضد الاتفاق، الذي تعارضه إسرائيل بشدة، كما أعلنت مجموعات يهودية كثيرة.")
    doc = analyze_news(text)
    told = [e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "أعلنت"]
    agency = next(e.id for e in doc.entities if e.name == "وكالة الأنباء الألمانية")
    assert told and all(e.source != agency for e in told)


def test_bahasb_tail_unchanged() -> None:
    text = "وقتل ثلاثة مدنيين في قصف على ريف إدلب، بحسب المرصد السوري لحقوق الإنسان."
    rows = [r for r in news_quote_rows(text) if r[0] == "بحسب"]
    assert [(r[1], r[3]) for r in rows] == [("المرصد السوري لحقوق الإنسان", "وقتل ثلاثة مدنيين في قصف على ريف إدلب")]

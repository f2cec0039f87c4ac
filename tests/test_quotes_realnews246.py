"""Round 246: quote speakers and content edges. A finding in the «أن» clause of a report («وأضافت الهيئة أن التحقيقات
كشفت أن») is no speaker of its own; an unnamed official who speaks «بعد لقاء جمع فلانا» is not the man met; reports
before their verb («تقارير صحافية ... تفيد بأن») are the source; a speaker phrase stops before a verb with a
reflexive object («رجل ملثم عرف عن نفسه»); a participle of two objects reports both, with the quoted words
(«معتبرا بيع X سلوكا «...»»); a dropped subject goes on with a man just quoted whom no layer names, not with an older
speaker; «الخبير في الشؤون العسكرية العميد فلان» is the man named, and «الخبير العسكري» later is he again.
Hand-made sentences; each rule with a counter-case."""

from conftest import analyze_news, news_quote_rows

from rasd.quotes.carry import Scene, unknown_voice
from rasd.doc import Quote, Span
from rasd.quotes.phrases import reflexive_verb


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def test_finding_inside_the_words_is_no_speaker() -> None:
    text = "وقالت هيئة النزاهة إن الأموال وصلت إلى الحسابات. وأضافت الهيئة أن التحقيقات كشفت أن الأموال جاءت من متبرعين."
    rows = news_quote_rows(text)
    assert not [r for r in rows if r[0] == "كشفت"]
    assert _rows(text, "وأضافت")[0][3].startswith("التحقيقات كشفت أن")


def test_person_inside_the_words_still_reports() -> None:
    text = "وأضافت الهيئة أن الوزير كشف أن الأموال جاءت من متبرعين."
    assert _rows(text, "كشف")  # a man, not a finding: his report is kept


def test_official_after_a_meeting_is_not_the_one_met() -> None:
    text = ("التقى وزير الخارجية الأميركي جون كيري نظيره الصيني وانغ يي. وقال مسؤول اميركي للصحافيين بعد لقاء جمع "
            "كيري بنظيره الصيني، إن الوزير كرر قلقه من التوترات.")
    row = _rows(text, "وقال")[0]
    assert row[1] is None and row[2] == "مسؤول اميركي"


def test_title_then_name_is_still_the_man() -> None:
    text = "وقال وزير الخارجية الأميركي جون كيري للصحافيين إن الحوار ضروري."
    assert _rows(text, "وقال")[0][1] == "جون كيري"


def test_reports_before_their_verb_are_the_source() -> None:
    text = "وتم تداول تقارير صحافية الأسبوع الماضي تفيد بأن السلطات فرضت قيودا جديدة على السفر."
    assert _rows(text, "تفيد")[0][2] == "تقارير صحافية"


def test_no_report_word_no_phrase() -> None:
    text = "وتم تداول صور الأسبوع الماضي تفيد بأن السلطات فرضت قيودا جديدة على السفر."
    assert all(r[2] != "صور" for r in _rows(text, "تفيد"))


def test_speaker_phrase_stops_before_a_reflexive_verb() -> None:
    text = "كما أكد رجل ملثم عرف عن نفسه بأنه أحد عناصر الجماعة أن المقاتلين ساعدوا الطيران."
    assert _rows(text, "أكد")[0][2] == "رجل ملثم"


def test_nisba_before_a_reflexive_is_no_verb() -> None:
    doc = analyze_news("وقال مسؤول عسكري عن نفسه إنه لم يغادر المدينة. كما أكد رجل ملثم عرف عن نفسه بأنه مقاتل أن الوضع صعب.")
    at = {doc.tokens[u].text: u for u in range(len(doc.tokens))}
    assert not reflexive_verb(doc, at["عسكري"]) and reflexive_verb(doc, at["عرف"])


def test_participle_of_two_objects_reports_both_with_the_quotation() -> None:
    text = "وقال الوزير علي حسن إن التمثال بيع في لندن، معتبرا بيع التمثال سلوكا «غير أخلاقي وإن كان قانونيا»."
    assert _rows(text, "معتبرا")[0][3] == "بيع التمثال سلوكا «غير أخلاقي وإن كان قانونيا»"


def test_participle_with_the_quotation_right_after_it_keeps_the_quotation() -> None:
    text = "وقال الوزير علي حسن إن التمثال بيع في لندن، معتبرا «أن البيع غير أخلاقي وإن كان قانونيا»."
    assert _rows(text, "معتبرا")[0][3] == "البيع غير أخلاقي وإن كان قانونيا"


def test_expert_in_a_field_with_a_titled_name_is_the_man() -> None:
    text = ("وقال الخبير في الشؤون العسكرية العميد ركن عباس صالح مقبل إن القاعدة كبيرة. ويضيف الخبير العسكري، أن "
            "القاعدة تمتد على مساحة واسعة.")
    assert _rows(text, "وقال")[0][1] == "عباس صالح مقبل"
    assert _rows(text, "ويضيف")[0][1] == "عباس صالح مقبل"


def test_source_with_a_person_in_its_phrase_stays_unnamed() -> None:
    text = "وقال مصدر في مكتب الرئيس محمود عباس إن الحوار متوقف."
    assert _rows(text, "وقال")[0][1] is None


def _quote(start: int, direct: bool, speaker: str | None) -> Quote:
    return Quote(cue=Span(start, start + 4), content=Span(start + 5, start + 20), direct=direct, speaker=speaker,
                 attrs={"kind": "participle", "gender": "m", "plural": False})


def test_unknown_voice_holds_a_dropped_subject() -> None:
    scene = Scene([(Span(0, 50), 0, 5), (Span(50, 100), 5, 10), (Span(100, 150), 10, 15)], {}, [], si=2, t=11)
    assert unknown_voice(_quote(10, True, None), "m", scene)
    assert not unknown_voice(_quote(10, False, None), "m", scene)  # reported words: the chain goes on as before
    assert not unknown_voice(_quote(10, True, "E1"), "m", scene)
    assert not unknown_voice(_quote(10, True, None), "f", scene)


def test_dropped_subject_after_an_unknown_man_is_not_an_older_speaker() -> None:
    doc = analyze_news("وقال الكاتب الفرنسي غوستاف لوبون إن الجمهور يتأثر بالصور. ويحكي المضف بداية الأحداث بقوله: "
                       "«استيقظت على أصوات الانفجارات في الفجر». ويضيف: «لقد رأيت مدرعات في الشارع قرب الفندق».")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "ويضيف")
    assert q.speaker is None


def test_but_he_after_an_answer_is_the_one_who_answered() -> None:
    text = "ولم تتوقف إجابة البرلماني عند هذا الحد، ولكنه أضاف أن الجماعة تحتاج إلى مراجعة شاملة."
    row = _rows(text, "أضاف")[0]
    assert row[1] is None and row[2] == "البرلماني"


def test_but_he_with_no_answer_noun_takes_no_phrase() -> None:
    text = "ولم تتوقف الجلسة البرلمانية عند هذا الحد، ولكنه أضاف أن الجماعة تحتاج إلى مراجعة شاملة."
    assert all(r[2] != "البرلمانية" for r in _rows(text, "أضاف"))

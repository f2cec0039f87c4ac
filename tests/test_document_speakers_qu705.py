"""Quotes, round qu705: a communiqué («بلاغ», the Maghreb's word for «بيان») in a cue's subject place speaks for the
body it names («قال بلاغ لرئاسة الجمهورية إن»), and «رئاسة الجمهورية» alone is the presidency of the article's
state — unless a word of a race or a vacancy makes it the post («مرشح لرئاسة الجمهورية», «الشغور في رئاسة
الجمهورية»). Counter-cases the round checked and left as they were: an anonymous source stays the unnamed
speaker's phrase, and «مثلما قال X» inside a quote is a citation, no quote of its own."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type, news_quote_rows, quote_speakers


def test_a_communique_of_the_presidency_speaks_for_the_presidency() -> None:
    text = ("وقرر الرئيس التونسي تمديد حالة الطوارئ في تونس، إذ قال بلاغ لرئاسة الجمهورية إن «القرار اتخذ بعد "
            "التشاور مع رئيس الحكومة».")
    doc = analyze_news(text)
    assert quote_speakers(doc) == [("قال", "رئاسة الجمهورية")]
    body = entity_named(doc, "رئاسة الجمهورية")
    assert (body.type, body.country, body.actor) == ("ORGANIZATION", "TUN", "TUNGOV")


def test_a_communique_issued_by_a_ministry_speaks_for_the_ministry() -> None:
    text = "وأكد بلاغ صادر عن وزارة الداخلية التونسية أن قوات الأمن اعتقلت خمسة مشتبه بهم في العاصمة."
    assert quote_speakers(analyze_news(text)) == [("وأكد", "وزارة الداخلية التونسية")]


def test_a_statement_of_a_ministry_is_unchanged() -> None:
    text = "وقال بيان لوزارة الخارجية المصرية إن الوزير سيزور روما الأسبوع المقبل."
    assert quote_speakers(analyze_news(text)) == [("وقال", "وزارة الخارجية المصرية")]


def test_a_complaint_to_the_police_is_no_speaker() -> None:
    text = "وقدم المواطن بلاغا للشرطة عن سرقة سيارته من أمام منزله في الحي."
    assert analyze_news(text).quotes == []


def test_a_candidate_for_the_presidency_names_no_body() -> None:
    doc = analyze_news("وأعلن الحزب أن المرشحة انسحبت من معركة رئاسة الجمهورية في لبنان.")
    assert "رئاسة الجمهورية" not in names_of_type(doc, "ORGANIZATION")


def test_a_vacancy_in_the_presidency_names_no_body() -> None:
    doc = analyze_news("وتحدث رئيس الحكومة اللبنانية عن الشغور في رئاسة الجمهورية منذ أكثر من عام.")
    assert "رئاسة الجمهورية" not in names_of_type(doc, "ORGANIZATION")


def test_an_adviser_of_the_presidency_keeps_the_body() -> None:
    doc = analyze_news("والتقى الوزير في تونس المستشار السياسي لرئاسة الجمهورية لبحث الأزمة.")
    assert "رئاسة الجمهورية" in names_of_type(doc, "ORGANIZATION")


def test_an_anonymous_source_stays_the_unnamed_speaker_and_the_named_one_inside_speaks_too() -> None:
    text = ("غير أن مصدرا دبلوماسيا من جنوب شرقي آسيا كشف أن وزير الخارجية الصيني وانغ يي أكد لنظرائه في "
            "المنطقة أن بكين ستسرع خططها للبناء على الجزر.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("كشف", None, "مصدرا دبلوماسيا من جنوب شرقي آسيا"), ("أكد", "وانغ يي", None)]


def test_as_the_leader_said_inside_a_quote_is_no_quote_of_its_own() -> None:
    text = "وقال وزير الخارجية المصري سامح شكري: «مثلما قال الرئيس نحن في منعطف تاريخي يتطلب الوحدة»."
    rows = news_quote_rows(text)
    assert [(r[0], r[1]) for r in rows] == [("وقال", "سامح شكري")]
    assert rows[0][3].startswith("مثلما قال الرئيس")

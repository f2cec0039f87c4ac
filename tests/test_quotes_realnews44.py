"""Quotes on constructions of real news, round 44: a subject phrase headed by a person in another's service or family
(«الطبيبة الخاصة لوزيرة ... فلانة»), VSO, SVO or with a relative clause set off by commas before the verb, is the
doctor, unnamed, not the one named after «لـ»; a deputy's title before «لرئيس ... فلان» still names him. A cue in
the predicate «أنه/أنها» of a subject inside what another cue reports («إن الخطورة في العملية أنها كشفت عن») is part
of that report, and its «ـها» (the operation) is no speaker."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[q.cue.start : q.cue.end], doc.text[q.content.start : q.content.end]) for q in doc.quotes]


def test_the_doctor_of_a_named_minister_speaks_svo_past_a_relative_clause() -> None:
    doc = analyze_news("لكن الطبيبة الخاصة لوزيرة الصحة السابقة سلمى حداد، التي تسعى للفوز بالرئاسة، قالت إنها بصحة "
                       "جيدة.")
    assert quote_speakers(doc) == [("قالت", "[الطبيبة الخاصة لوزيرة الصحة السابقة سلمى حداد]")]


def test_the_doctor_speaks_svo() -> None:
    doc = analyze_news("لكن الطبيبة الخاصة لوزيرة الصحة السابقة سلمى حداد قالت إنها بصحة جيدة.")
    assert quote_speakers(doc) == [("قالت", "[الطبيبة الخاصة لوزيرة الصحة السابقة سلمى حداد]")]


def test_the_doctor_of_a_detainee_speaks_vso() -> None:
    doc = analyze_news("وقالت الطبيبة الخاصة للمعتقل خالد العمري إن حالته خطيرة.")
    assert quote_speakers(doc) == [("وقالت", "[الطبيبة الخاصة للمعتقل خالد العمري]")]


def test_the_named_minister_past_a_relative_clause_still_speaks() -> None:
    doc = analyze_news("وقالت سلمى حداد إن الحملة مستمرة. لكن وزيرة الصحة السابقة سلمى حداد، التي تسعى للفوز "
                       "بالرئاسة، قالت إنها بصحة جيدة.")
    assert quote_speakers(doc) == [("وقالت", "سلمى حداد"), ("قالت", "سلمى حداد")]


def test_a_deputys_title_still_names_him() -> None:
    assert quote_speakers(analyze_news("وقال النائب الأول لرئيس البرلمان خالد العمري إنه بصحة جيدة.")) == [
        ("وقال", "خالد العمري")]
    assert quote_speakers(analyze_news("لكن النائب الأول لرئيس البرلمان خالد العمري، الذي يسعى للفوز بالرئاسة، قال "
                                       "إنه بصحة جيدة.")) == [("قال", "خالد العمري")]


def test_a_secretary_of_state_for_a_portfolio_is_the_one_named() -> None:
    doc = analyze_news("وقال سكرتير الدولة للشؤون المحلية خالد العمري إن القانون سيطبق قريبا.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري")]


def test_a_cue_in_the_predicate_of_a_reported_subject_is_part_of_the_report() -> None:
    text = "وقال الخبير خالد العمري إن الخطورة في عملية «الجبهة» أنها كشفت عن أن التدريب ضعيف."
    assert _contents(text)[0] == ("وقال", "الخطورة في عملية «الجبهة» أنها كشفت عن أن التدريب ضعيف")
    assert quote_speakers(analyze_news(text)) == [("وقال", "خالد العمري"), ("كشفت", None)]


def test_a_second_reported_clause_is_no_predicate() -> None:
    text = "وقال الخبير خالد العمري إن الهجوم فشل وإنه كشف أن التدريب ضعيف."
    assert quote_speakers(analyze_news(text)) == [("وقال", "خالد العمري"), ("كشف", "خالد العمري")]
    assert _contents("وقال الخبير خالد العمري إن الهجوم فشل، وأكد أنه كشف أن التدريب ضعيف.")[0] == ("وقال", "الهجوم فشل")

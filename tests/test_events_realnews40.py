"""Event arguments on constructions of real news, round 40: a verb in «و» with no subject of its own after the clause
before takes the subject of the verb that opens that clause, where it agrees in gender and number (not past «أن»,
not where the «و» is the root's); the guest of «وكان في استقباله» is the visitor who opens the clause or the sentence
before; the one persuaded («إقناع فلان بالتوقيع») would do the act in «بـ»; what one threatens with («يهدد بتوسيع»)
is no target; a time between commas after a verb's subject is no title's apposition, and the object follows it; an
aircraft right after a verb of harm is its subject, not a passive's patient; two common nouns after «بين» name no
sides."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg


def test_a_plural_verb_after_a_comma_takes_the_subject_of_the_clause_before() -> None:
    text = "وحمل المحتجون لافتات في الساحة، وطالبوا الحكومة بالاستقالة."
    assert news_arg(text, "وطالبوا") == "المحتجون"
    assert news_arg(text, "وطالبوا", "target") == "الحكومة"


def test_a_broken_plural_of_people_is_carried_to_a_plural_verb() -> None:
    text = "واجتمع وزراء الخارجية العرب في القاهرة أمس، وأكدوا أن الحل السياسي هو الطريق الوحيد."
    assert news_arg(text, "وأكدوا") == "وزراء الخارجية"


def test_a_feminine_body_is_carried_to_a_feminine_verb() -> None:
    text = "ودانت الجامعة العربية القصف في الشمال، وطالبت الحكومة التركية باحترام السيادة."
    assert news_arg(text, "وطالبت") == "الجامعة العربية"


def test_no_subject_is_carried_that_does_not_agree() -> None:
    text = "واجتمع الوزير مع السفراء في القاهرة، وطالبوا بوقف القتال."
    assert news_arg(text, "وطالبوا") != "الوزير"


def test_no_subject_is_carried_past_a_clause_of_anna() -> None:
    text = "ونوهت قيادات المقاومة إلى أن القوات العسكرية الموالية لشرعية الرئيس هادي دخلت في محيط مدينة لحج، وسيطرت على المطار."
    assert not news_arg(text, "وسيطرت").startswith("قيادات")


def test_the_guest_of_a_reception_is_the_visitor_of_the_clause_before() -> None:
    text = "ووصل الرئيس المصري إلى الرياض أمس، وكان في استقباله الملك سلمان بن عبد العزيز."
    assert news_arg(text, "استقباله") == "سلمان بن عبد العزيز"
    assert news_arg(text, "استقباله", "target") == "الرئيس المصري"


def test_the_guest_of_a_reception_is_the_visitor_of_the_sentence_before() -> None:
    text = "ووصل وفد من الكونغرس إلى الرياض أمس. وكان في استقباله وزير الخارجية عادل الجبير."
    assert news_arg(text, "استقباله") == "عادل الجبير"
    assert news_arg(text, "استقباله", "target") == "وفد"


def test_the_one_persuaded_would_do_the_act() -> None:
    assert news_arg("وقال الوزير إن الحكومة نجحت في إقناع المعارضة بالتوقيع على الاتفاق.", "بالتوقيع") == "المعارضة"
    assert news_arg("وسعى الوزير إلى إقناع إيران بالتوقيع على الاتفاق.", "بالتوقيع") == "إيران"


def test_what_one_threatens_with_is_no_target() -> None:
    text = "ويسيطر تنظيم داعش على مناطق واسعة في العراق، ويهدد بتوسيع هجماته إلى الأردن."
    assert news_arg(text, "ويهدد") == "تنظيم داعش"
    assert news_arg(text, "ويهدد", "target") == ""
    assert news_arg("وهدد أوباما باستخدام حق النقض.", "وهدد", "target") == ""


def test_a_time_between_commas_is_skipped_to_the_object() -> None:
    text = "واعتقلت الشرطة، أمس الأحد، الناشط محمد الفلاني."
    assert news_arg(text, "واعتقلت") == "الشرطة"
    assert news_arg(text, "واعتقلت", "target") == "محمد الفلاني"


def test_an_aircraft_after_a_verb_of_killing_is_its_subject() -> None:
    text = "وقتلت طائرة أميركية، أمس الأحد، القيادي محمد الفلاني."
    # the aircraft's phrase is the subject, and since round 101 its adjective's country the source
    assert news_arg(text, "وقتلت") == "الولايات المتحدة"
    doc = analyze_news(text)
    span = event_with_trigger_at(doc, "وقتلت").attrs["source_span"]
    assert doc.text[span[0] : span[1]] == "طائرة أميركية"
    assert news_arg(text, "وقتلت", "target") == "محمد الفلاني"


def test_two_common_nouns_after_between_name_no_sides() -> None:
    text = "وقال إن الحوار هو السبيل لتجنب المواجهات بين الأمم والشعوب."
    assert news_arg(text, "المواجهات") == ""
    assert news_arg(text, "المواجهات", "target") == ""

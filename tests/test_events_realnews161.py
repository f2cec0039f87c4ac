"""Round 161 of real news: «أقدم X على <act>» gives the act its doer X (events/undertaken.py); a noun act that a
span of time is measured from («بعد يومين من الإعلان») takes no subject of the clause (events/time_apart.py); the
genitive of a noun a preposition governs («مع نائب رئيس الوكالة») is no subject of a later noun act
(events/subjects.py). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg, news_event


def test_undertaking_verb_gives_the_act_its_doer() -> None:
    text = "وأقدم متظاهرون غاضبون على قطع الطريق الدولية احتجاجا على انقطاع المياه."
    assert news_arg(text, "قطع") == "متظاهرون غاضبون"


def test_undertaking_verb_with_a_named_group_across_commas() -> None:
    text = "وأقدمت جبهة النصرة، في ريف إدلب، على إعدام أحد المحامين."
    assert news_arg(text, "إعدام") == "جبهة النصرة"


def test_act_after_ala_with_no_undertaking_verb_keeps_its_own_reading() -> None:
    text = "وسيطرت القوات على قطع الطريق."
    assert news_arg(text, "قطع") != "القوات"


def test_act_measured_from_by_a_span_takes_no_clause_subject() -> None:
    text = "واجتمع الوزير مع نائب رئيس الوكالة الدولية للطاقة الذرية بعد يومين من الإعلان عن توقيع الاتفاق."
    doc, ev = news_event(text, "الإعلان")
    assert ev.source is None
    assert news_arg(text, "توقيع", "source") == ""


def test_act_after_a_bare_time_word_keeps_the_subject() -> None:
    text = "وبحث الوزير مع نظيره التركي بعد الإعلان عن الاتفاق سبل التعاون."
    assert news_arg(text, "وبحث") == "الوزير"

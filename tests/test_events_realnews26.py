"""Event arguments on constructions of real news, round 26: an adjective agreeing with a noun trigger of force
(«قصف جوي», «قصفا جويا», «الهجوم الإرهابي») is part of the trigger's phrase, no argument; a definite phrase ends
before a common noun after a title («الوزير | دول الخليج»), a masculine definite word after a feminine one
(«القيادة الفلسطينية | المجتمع الدولي»), a broken plural of people and a «بالـ» phrase; a definite title or a
definite plural of people right after a verb of calling is its subject («ودعا الرئيس إلى»)."""

from __future__ import annotations

from conftest import news_arg


def test_the_adjective_of_a_shelling_is_no_target() -> None:
    text = "ونفى التحالف أن يكون قد شن قصفا جويا على المدينة."
    assert news_arg(text, "قصفا", "target") == "المدينة"
    text = "وتعرضت البلدة لقصف جوي عنيف من جانب القوات الحكومية."
    assert news_arg(text, "لقصف", "target") == "البلدة"  # round 251: the town undergoes it (not the adjective)
    assert news_arg(text, "لقصف") == "القوات الحكومية"
    # a country adjective still names who shelled
    assert news_arg("وأسفر قصف إسرائيلي استهدف منزلا في غزة عن مقتل ثلاثة.", "قصف") == "إسرائيلي"


def test_the_adjective_of_a_condemned_attack_is_no_target() -> None:
    text = "وأدان الوزير الهجوم الإرهابي على المسجد."
    assert news_arg(text, "وأدان", "target") not in ("الإرهابي", "الهجوم الإرهابي على المسجد")
    assert news_arg(text, "وأدان") == "الوزير"


def test_a_common_noun_after_a_title_opens_a_new_phrase() -> None:
    text = "والتقى الوزير دول الخليج في الرياض."
    assert news_arg(text, "والتقى") == "الوزير"
    # a name after the title is still part of its phrase
    assert news_arg("والتقى الوزير جون كيري نظيره الروسي.", "والتقى") == "جون كيري"


def test_a_masculine_definite_word_after_a_feminine_phrase_opens_a_new_phrase() -> None:
    text = "ودعت القيادة الفلسطينية المجتمع الدولي إلى التدخل."
    assert news_arg(text, "ودعت") == "القيادة الفلسطينية"
    assert news_arg(text, "ودعت", "target") == "المجتمع الدولي"


def test_a_prepositional_phrase_ends_a_definite_phrase() -> None:
    assert news_arg("وطالبت المعارضة بالإفراج عن المعتقلين.", "وطالبت") == "المعارضة"
    # what is demanded is no target
    assert news_arg("وطالبت المعارضة بالإفراج عن المعتقلين.", "وطالبت", "target") == ""
    assert news_arg("وطالب المحتجون الحكومة بالإفراج عن المعتقلين.", "وطالب", "target") == "الحكومة"
    assert news_arg("واستقبل الرئيس بالوزير في قصره.", "واستقبل") == "الرئيس"


def test_a_definite_title_after_a_verb_of_calling_is_its_subject() -> None:
    assert news_arg("ودعا الرئيس إلى الحوار بين الأطراف.", "ودعا") == "الرئيس"
    assert news_arg("ودعا الرئيس إلى الحوار بين الأطراف.", "ودعا", "target") == ""
    assert news_arg("وطالب الأهالي بالإفراج عن المعتقلين.", "وطالب") == "الأهالي"
    # one named after the subject is whom it calls on
    text = "ودعا الوزير الأهالي إلى التعاون مع الشرطة."
    assert news_arg(text, "ودعا") == "الوزير"
    assert news_arg(text, "ودعا", "target") == "الأهالي"
    # an unmarked phrase is still the addressee
    assert news_arg("ودعا المجتمع الدولي إلى التدخل.", "ودعا", "target") == "المجتمع الدولي"

"""Event arguments on constructions of real news, round 21: the antecedent of a relative clause after a comma acts
in it («وقالت هيئة الكهرباء، التي أكدت»); the genitive of «قيام» is the agent of the act governed by «بـ» («قيام
مسلحين باختطاف»); an abstraction in the genitive of a noun act or after a verb is what is done or talked of, never
who acts («محادثات السلام», «ورفض محاولات التدخل», «يهدد الأمن»); a verb right after an indefinite noun act
describes it and is no actor («محادثات تتم بين»)."""

from __future__ import annotations

from conftest import analyze_news, news_arg


def test_the_antecedent_before_a_comma_acts_in_the_relative_clause() -> None:
    assert news_arg("وقالت هيئة الكهرباء، التي أكدت أن السبب هو الدعم، إن الأسعار ستبقى.", "أكدت") == "هيئة الكهرباء"
    # a pronoun resuming the antecedent: the phrase after the verb acts («الحركة»), not the antecedent
    assert news_arg("وتحدث عن الملا عمر، الذي أكدت الحركة وفاته قبل سنتين.", "أكدت") != "عمر"


def test_the_genitive_of_qiyam_is_the_agent_of_the_act() -> None:
    assert news_arg("وأعلنت الشرطة قيام مسلحين باختطاف صحفي أجنبي في بغداد.", "باختطاف") == "مسلحين"
    assert news_arg("وندد الوزير بقيام تنظيم داعش بخطف مئتي مدني.", "بخطف") == "تنظيم داعش"
    assert news_arg("وأكدت المصادر قيام الوزير بزيارة إلى باريس الأسبوع المقبل.", "بزيارة") == "الوزير"


def test_an_abstraction_is_no_actor() -> None:
    assert news_arg("وبدأت جولة جديدة من محادثات السلام في جنيف.", "محادثات") == ""
    assert news_arg("وأكد الجانبان على العمل معا ورفض محاولات التدخل في الشؤون الداخلية.", "ورفض") == ""
    # (nor, since round 27, the target of «رفض»: the act rejected is no party to it)
    assert news_arg("وأكد الجانبان على العمل معا ورفض محاولات التدخل في الشؤون الداخلية.", "ورفض", "target") == ""
    # (round 63: «ذلك يهدد الأمن» puts a good at risk: no threat event at all, so no actor)
    doc = analyze_news("وحذر الوزير من أن ذلك يهدد الأمن والاستقرار في المنطقة.")
    assert [e.code for e in doc.events if e.code.startswith("13")] == []


def test_a_verb_after_an_indefinite_noun_act_is_no_actor() -> None:
    assert news_arg("وقال الوزير إن محادثات تتم بين الطرفين في جنيف.", "محادثات") == ""
    assert news_arg("وقال إن قيادات الحركة ستدعو إلى عقد اجتماع يشمل كل الأطراف.", "اجتماع") != "يشمل"

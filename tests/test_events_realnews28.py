"""Event arguments on constructions of real news, round 28: a quantifier with a pronoun («جميعها», «كلهم») as the
subject stands for the phrase it refers back to; a definite masdar after a masculine verb of rejecting or deciding
and its masculine subject is the object, no adjective of the subject («رفض الحزب | المشاركة»), and a masdar
rejected with its «لـ» complement ends the search for a target («رفض الخضوع لمطالب ...»); in «مهاجمة «X» لـ«Y»»
the genitive attacks; an accusative noun of force with its tanween («قصفًا جويًا») keeps its adjective; raids
(«داهم», «مداهمة») and executions («أعدم», «إعدام») are acts of force, not the participle «المداهمة» nor the
penalty «عقوبة الإعدام»."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg


def test_a_quantifier_with_a_pronoun_stands_for_the_parties_named_before() -> None:
    text = "وانضمت إلى المبادرة الكويت وقطر والبحرين، وجميعها حثت على وقف إطلاق النار."
    assert news_arg(text, "حثت") == "الكويت"
    text = "والتقى الرئيس قادة الأحزاب الثلاثة، وكلهم طالبوا بإجراء انتخابات مبكرة."
    assert news_arg(text, "طالبوا") == "قادة الأحزاب الثلاثة"


def test_a_masdar_after_a_masculine_subject_is_the_object() -> None:
    assert news_arg("ورفض الحزب المشاركة في الحكومة الجديدة.", "ورفض") == "الحزب"
    assert news_arg("ورفض الرئيس الخضوع لضغوط البرلمان.", "ورفض") == "الرئيس"
    # a feminine verb's plural subject takes the participle as its adjective
    assert news_arg("وأعلنت الدول المشاركة في المؤتمر دعمها للاتفاق.", "وأعلنت") == "الدول المشاركة"


def test_a_rejected_masdar_with_its_complement_has_no_target() -> None:
    assert news_arg("ورفضت إيران الانصياع لقرارات مجلس الأمن.", "ورفضت", "target") == ""
    assert news_arg("ورفض الحوثيون الخضوع لمطالب السعودية.", "ورفض", "target") == ""
    # a party rejected is still the target
    assert news_arg("ورفضت الحكومة مطالب المحتجين.", "ورفضت", "target") == "مطالب المحتجين"


def test_the_genitive_of_attacking_attacks_the_one_after_lam() -> None:
    text = "وأدانت الهيئة مهاجمة «داعش» لـ«الجيش الحر» في ريف حلب."
    assert news_arg(text, "مهاجمة") == "داعش"
    assert news_arg(text, "مهاجمة", "target") == "الجيش الحر"


def test_an_accusative_adjective_with_tanween_is_part_of_the_trigger() -> None:
    text = "وشنت المقاتلات قصفًا جويًا طال الأحياء الشرقية."
    assert news_arg(text, "قصفًا", "target") == "الأحياء الشرقية"
    text = "وشنت المقاتلات قصفا جويا طال الأحياء الشرقية."
    assert news_arg(text, "قصفا", "target") == "الأحياء الشرقية"
    # the written tanween, wherever the noun stands
    text = "وأفاد شهود بأن «قصفًا جويًا طال أحياء سكنية في البلدة»."
    assert news_arg(text, "قصفًا", "target") == "أحياء سكنية"


def test_the_adjective_of_a_noun_with_a_pronoun_is_part_of_the_trigger() -> None:
    # «وقصفه المدفعي»: his shelling, no verb with its object pronoun and «المدفعي» its subject
    text = "وصمد المسلحون أمام الجيش وقصفه المدفعي طوال أسبوع."
    assert "المدفعي" not in (news_arg(text, "وقصفه"), news_arg(text, "وقصفه", "target"))
    # a noun: who shelled is the pronoun's owner or none, no phrase after it read as a verb's subject
    assert news_arg(text, "وقصفه") in ("", "الجيش")
    # a definite subject that is no adjective still follows the verb
    assert news_arg("وقصفه الجيش بالمدفعية الثقيلة.", "وقصفه") == "الجيش"


def test_a_raid_is_an_act_of_coercion() -> None:
    doc = analyze_news("وداهمت الشرطة منزل المشتبه به في الحي.")
    ev = event_with_trigger_at(doc, "وداهمت")
    assert ev.code.startswith("17")
    assert news_arg("وداهمت الشرطة منزل المشتبه به في الحي.", "وداهمت") == "الشرطة"
    doc = analyze_news("وأصيب شرطي خلال مداهمة لوكر الخلية.")
    assert event_with_trigger_at(doc, "مداهمة").code.startswith("17")
    # the participle is an adjective: no act
    doc = analyze_news("وقتل أحد أفراد القوة المداهمة.")
    assert not any(doc.text[t.start : t.end] == "المداهمة" for e in doc.events for t in e.triggers)


def test_an_execution_is_an_assault_not_a_penalty() -> None:
    text = "وأعدم التنظيم خمسة أسرى في ساحة عامة."
    assert news_arg(text, "وأعدم") == "التنظيم"
    assert news_arg(text, "وأعدم", "target") == "خمسة أسرى"
    doc = analyze_news("وقامت الجماعة بإعدام عدد من الرهائن.")
    assert event_with_trigger_at(doc, "بإعدام").plover == "ASSAULT"
    assert news_arg("وقامت الجماعة بإعدام عدد من الرهائن.", "بإعدام") == "الجماعة"
    # the penalty named, none carried out
    for text in ("وتعارض المنظمات عقوبة الإعدام.", "وصدر حكم بإعدامه في القضية.", "وأصدرت المحكمة حكم إعدام بحقه.",
                 "وطالبت المنظمات بحظر إعدام القاصرين."):
        doc = analyze_news(text)
        assert not any("عدام" in doc.text[t.start : t.end] for e in doc.events for t in e.triggers), text


def test_a_protest_against_an_act_on_a_named_person_targets_the_person() -> None:
    text = "ونظم الأنصار وقفة احتجاجية للتنديد باغتيال الزعيم المعارض الراحل بوريس نيمتسوف."
    assert news_arg(text, "وقفة", "target") == "بوريس نيمتسوف"

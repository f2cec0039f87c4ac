"""Event arguments on constructions of real news, round 27: a targeting verb after a noun trigger of force («قصف
جوي طال المدينة», «القصف الذي طال», «هجوم استهدف») names its target, and is no part of it; a masdar or an
abstraction after «رفض» is the act rejected, no target («رفضت روسيا التدخل»); the masdar «مهاجمة» is a trigger of
force, its genitive, a quoted name too («بمهاجمة «النصرة»»), the one attacked."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg


def test_a_masculine_targeting_verb_after_a_shelling_names_its_target() -> None:
    text = "وقتل خمسة مدنيين في قصف جوي طال المدينة القديمة."
    assert news_arg(text, "قصف", "target") == "المدينة القديمة"
    text = "وأصيب عشرة أشخاص في هجوم استهدف مركزا للشرطة."
    assert news_arg(text, "هجوم", "target") == "مركزا للشرطة"


def test_a_targeting_verb_in_a_relative_clause_names_the_target() -> None:
    text = "وأدان الوزير القصف الذي طال المدينة."
    assert news_arg(text, "القصف", "target") == "المدينة"
    text = "وأدانت الحكومة الهجوم الذي استهدف مسجدا في القرية."
    assert news_arg(text, "الهجوم", "target") == "مسجدا"


def test_the_act_rejected_is_no_target() -> None:
    assert news_arg("ورفضت روسيا التدخل في الأزمة.", "ورفضت", "target") == ""
    assert news_arg("ورفض الوزير الاتهامات الموجهة إليه.", "ورفض", "target") == ""
    # a party is still the one rejected
    assert news_arg("ورفضت الحكومة مطالب المحتجين.", "ورفضت", "target") == "مطالب المحتجين"
    assert news_arg("ورفضت المعارضة المقترح الروسي.", "ورفضت") == "المعارضة"
    # an act with its party named after it is the party's: still the target
    assert news_arg("ورفضت الحكومة مقترح المعارضة الجديد.", "ورفضت", "target").startswith("مقترح")


def test_the_masdar_of_attacking_is_a_trigger() -> None:
    text = "وأقدم مسلحون على مهاجمة نقطة تفتيش في المدينة."
    assert news_arg(text, "مهاجمة", "target") == "نقطة تفتيش"
    text = "وبدأت الطائرات الحربية مهاجمة مواقع المسلحين في الجبال."
    assert news_arg(text, "مهاجمة", "target") == "مواقع المسلحين"
    # the definite word is the participle, an adjective: no act
    doc = analyze_news("وبين قتلى القوات المهاجمة ضابط كبير.")
    assert not any(doc.text[t.start : t.end] == "المهاجمة" for e in doc.events for t in e.triggers)


def test_a_quoted_name_after_a_noun_of_force_is_its_target() -> None:
    text = "ثم تقوم طائرات التحالف بمهاجمة «النصرة» في الشمال."
    assert news_arg(text, "بمهاجمة", "target") == "النصرة"
    assert news_arg(text, "بمهاجمة") == "طائرات التحالف"
    assert news_arg("وواصلت الطائرات الحربية قصف «داعش» قرب المدينة.", "قصف", "target") == "داعش"


def test_a_relative_clause_on_a_noun_trigger_dates_it() -> None:
    doc = analyze_news("وأدان الوزير الهجوم الذي وقع الأسبوع الماضي في المدينة.")
    assert event_with_trigger_at(doc, "الهجوم").date not in (None, doc.date)
    assert str(event_with_trigger_at(doc, "الهجوم").date) < str(doc.date)
    doc = analyze_news("وأدان الوزير الهجوم الذي وقع أمس في المدينة.")
    assert event_with_trigger_at(doc, "الهجوم").date == next(t.value for t in doc.times if t.text == "أمس")
    # a relative on another phrase still does not date the noun (round 123: condemned, it has no day at all)
    doc = analyze_news("وأدان الوزير الهجوم على الجنود الذين وصلوا أمس إلى المدينة.")
    assert event_with_trigger_at(doc, "الهجوم").date is None
    doc = analyze_news("وصد الجيش الهجوم على الجنود الذين وصلوا أمس إلى المدينة.")
    assert event_with_trigger_at(doc, "الهجوم").date == doc.date

"""Round 65 of real news: an agent a noun act's clause names in a phrase of attribution. «جاءت الدعوة بمبادرة من
الرئيس فلان»: whose initiative the act was is its source; «ونسب الهجوم إلى الحزب»: the named one an act is
attributed to did it. Only a named party right after the phrase is taken, in the act's clause."""

from __future__ import annotations

from conftest import news_arg


def test_an_initiative_of_a_named_person_is_his_act() -> None:
    text = "وأوضح المتحدث أن الدعوة للحوار الوطني جاءت بمبادرة من الرئيس عمر البشير."
    assert news_arg(text, "الدعوة", "source") == "عمر البشير"


def test_an_initiative_of_no_one_named_gives_no_source() -> None:
    # an unnamed party past the phrase: none is taken
    text = "وأوضح المتحدث أن الدعوة للحوار الوطني جاءت بمبادرة من جهات محلية."
    assert news_arg(text, "الدعوة", "source") == ""
    # past a comma, the phrase belongs to another clause
    text = "وتوقفت الدعوة للحوار، وجاء الاتفاق الأخير بمبادرة من الرئيس عمر البشير."
    assert news_arg(text, "الدعوة", "source") == ""


def test_an_attack_attributed_to_a_party_is_its_attack() -> None:
    text = "ونسب الهجوم إلى حزب العمال الكردستاني."
    assert news_arg(text, "الهجوم", "source") == "حزب العمال الكردستاني"


def test_an_attack_not_attributed_by_the_verb_keeps_no_source() -> None:
    # the act noun is not the object right after the verb of attributing: no agent is read from «إلى»
    text = "ونسب الوزير الهجوم إلى جماعة مجهولة."
    assert news_arg(text, "الهجوم", "source") != "جماعة مجهولة"
    # a plain «إلى» after an act noun names where it went, not who did it
    text = "وأدى الهجوم إلى مقتل ثلاثة جنود."
    assert news_arg(text, "الهجوم", "source") == ""


def test_a_started_attack_in_a_coordinated_clause_is_the_first_subjects() -> None:
    text = "وقصفت تركيا مواقع داعش، ثم بدأت بمهاجمة المقاتلين الأكراد."
    assert news_arg(text, "بمهاجمة", "source") == "تركيا"
    assert news_arg(text, "بمهاجمة", "target") == "المقاتلين الأكراد"  # (one body since round ev987)


def test_the_object_of_the_clause_before_never_starts_the_attack() -> None:
    # no named subject of the clause before: none, and never its object («مواقع داعش»)
    text = "وقصفت الطائرات مواقع داعش، وبدأت في مهاجمة المقاتلين الأكراد."
    assert news_arg(text, "مهاجمة", "source") == ""
    # a subject of its own before the verb of starting still acts
    text = "وقالت الحكومة إن الجيش بدأ في مهاجمة المسلحين."
    assert news_arg(text, "مهاجمة", "source") == "الجيش"


def test_an_attack_told_then_attributed_is_the_named_partys() -> None:
    text = "وفي هجوم جديد صباح اليوم استهدف دورية عسكرية، قتل جنديان على الأقل، ونسب إلى حزب العمال الكردستاني."
    assert news_arg(text, "هجوم", "source") == "حزب العمال الكردستاني"


def test_a_saying_attributed_or_a_relaying_subject_names_no_attacker() -> None:
    # what is attributed is a saying: the one named said it, he did not attack
    text = "وقتل ثلاثة جنود في الهجوم، ونسبت إلى الحكومة قولها إن التحقيق بدأ."
    assert news_arg(text, "وقتل", "source") == ""
    # the verb of attributing has its own subject: a statement relayed
    text = "ونسبت وكالة الأنباء إلى حفتر قوله إن الهجوم فشل."
    assert news_arg(text, "الهجوم", "source") == ""


def test_fighters_an_attack_is_attributed_to_stand_for_their_body() -> None:
    text = "ووقعت عملية انتحارية استهدفت مركزا للشرطة وأوقعت قتيلين ونسبت إلى مقاتلي حزب العمال الكردستاني."
    assert news_arg(text, "عملية انتحارية", "source") == "حزب العمال الكردستاني"
    # unnamed attackers: none
    text = "ونسب الهجوم إلى مسلحين مجهولين."
    assert news_arg(text, "الهجوم", "source") == ""


def test_the_paper_a_source_spoke_to_makes_no_threat() -> None:
    text = "وكشفت مصادر مطلعة لـ«الشرق الأوسط» عن «وصول تهديدات جدية بتفجير مقر الهيئة»."
    assert news_arg(text, "تهديدات", "source") == ""
    # a name in quotation marks with no «لـ» before it still acts
    text = "وقال «داعش» إن هجومه على القرية نجح."
    assert news_arg(text, "هجومه", "source") == "داعش"

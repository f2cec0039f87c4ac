"""Entities, round 65: a feminine adjective of quality after a man's given name («الملك فهد الحكيمة»: the king's
wise counsel) is no surname; a body of no country described beside its name by a civil head noun and a country
adjective or «في» + a country («X، مصرف فرنسي», «القناة الرسمية في ألمانيا «X»») is of that country (a bank its
business, a channel its media); a person described after his name by a noun of a trade and a country adjective
(«X، العالم النفسي الألماني») is of that country, not by «في» + a country (where he works)."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def _persons(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_feminine_adjective_after_the_kings_name_is_no_surname() -> None:
    doc = analyze_news("وقال الدبلوماسي إن نصيحة الملك فهد الحكيمة أنقذت الموقف. وأضاف أن الملك فهد فهم الأمر.")
    assert "فهد الحكيمة" not in _persons(doc)
    king = next(e for e in doc.entities if e.type == "PERSON" and e.name.startswith("فهد"))
    assert king.name == "فهد"
    assert len(king.mentions) == 2


def test_a_masculine_family_name_after_a_given_name_stays() -> None:
    doc = analyze_news("وقال الملك فهد الحكيم إن الموقف صعب.")
    assert "فهد الحكيم" in _persons(doc)


def test_a_jordanian_family_name_ending_in_ta_marbuta_is_kept() -> None:
    doc = analyze_news("وقال الوزير محمد الطراونة إن الحكومة ستعلن القرار.")
    assert "محمد الطراونة" in _persons(doc)


def test_a_bank_described_by_a_country_adjective_after_its_name() -> None:
    doc = analyze_news("وغرمت السلطات مصارف، منها «بنك النجمة»، مصرف فرنسي دفع غرامة كبيرة.")
    e = entity_named(doc, "بنك النجمة")
    assert (e.country, e.actor) == ("FRA", "FRABUS")


def test_a_channel_described_before_its_name_in_a_country() -> None:
    doc = analyze_news("وبثت القناة التلفزيونية الرسمية في ألمانيا «إيه آر دي» فيلما عن المنشطات.")
    e = entity_named(doc, "إيه آر دي")
    assert (e.country, e.actor) == ("DEU", "DEUMED")


def test_a_body_described_by_two_countries_takes_none() -> None:
    doc = analyze_news("وقال «بنك النجمة»، المصرف الفرنسي الألماني، إنه حقق أرباحا.")
    assert entity_named(doc, "بنك النجمة").country is None


def test_a_scientist_described_after_his_name() -> None:
    doc = analyze_news("ونشر يوهان شميت، العالم النفسي الألماني، كتابا جديدا عن الحشود.")
    assert entity_named(doc, "يوهان شميت").country == "DEU"


def test_a_country_adjective_past_a_verb_gives_no_country() -> None:
    doc = analyze_news("وقال «بنك النجمة»، مصرف تملكه عائلة فرنسية، إنه حقق أرباحا.")
    assert entity_named(doc, "بنك النجمة").country is None


def test_a_second_field_joined_by_waw_gives_the_committee_its_country() -> None:
    doc = analyze_news("وقال مساعد رئيس لجنة الأمن القومي والسياسة الخارجية الإيراني إن اللقاء مستبعد.")
    assert entity_named(doc, "لجنة الأمن القومي").country == "IRN"


def test_a_second_field_with_no_country_adjective_gives_none() -> None:
    doc = analyze_news("وقال رئيس لجنة الأمن القومي والسياسة الخارجية في البرلمان إن اللقاء مستبعد.")
    assert entity_named(doc, "لجنة الأمن القومي").country is None


def test_a_definite_body_describing_the_quoted_one_is_no_other_body() -> None:
    doc = analyze_news("وقال عضو في «مجلس الرياض»، الهيئة المركزية لدى الحركة، إن القرار اتخذ على عجل.")
    assert "الهيئة المركزية" not in [e.name for e in doc.entities]
    assert entity_named(doc, "مجلس الرياض").type == "ORGANIZATION"


def test_the_central_body_as_subject_is_a_body() -> None:
    doc = analyze_news("وقالت الهيئة المركزية للحركة إن القرار اتخذ.")
    assert "الهيئة المركزية للحركة" in [e.name for e in doc.entities]


def test_a_past_verb_of_we_in_quotation_marks_is_no_body() -> None:
    doc = analyze_news("وقالت متحدثة باسم الشركة المشغلة للسوق: «أعدنا فتح» السوق أمام المستثمرين.")
    assert not any(e.name.startswith("أعدنا") for e in doc.entities)


def test_a_former_tunisian_head_of_government_is_listed() -> None:
    doc = analyze_news("ورفعت هيئة الدفاع دعوى على رئيس الحكومة السابق حمادي الجبالي بسبب قرار حكومته.")
    assert entity_named(doc, "حمادي الجبالي").country == "TUN"


def test_a_bishops_rank_between_his_office_and_his_name() -> None:
    doc = analyze_news("وقال وزير خارجية الفاتيكان المطران ريتشارد غالاغر إن روسيا قد تساعد في حل الأزمة.")
    e = entity_named(doc, "ريتشارد غالاغر")
    assert (e.country, e.actor) == ("VAT", "VATGOV")


def test_a_bishop_alone_takes_no_country() -> None:
    doc = analyze_news("وقال المطران جورج خضر إن الكنيسة تدعو إلى السلام.")
    assert entity_named(doc, "جورج خضر").country is None


def test_the_predecessor_in_a_states_office_is_of_that_state() -> None:
    doc = analyze_news("وقالت أنقرة إن تركيا ستواصل عملياتها. وعين المجلس الفريق خلوصي أكار رئيسا لهيئة الأركان "
                       "التركية، خلفا لنجدت أوزيل الذي أحيل على التقاعد. وقال رئيس الوزراء التركي إن تركيا قوية.")
    assert entity_named(doc, "نجدت أوزيل").country == "TUR"


def test_the_predecessor_at_a_federation_takes_no_country() -> None:
    doc = analyze_news("وانتخب الاتحاد الدولي لكرة القدم جياني إنفانتينو رئيسا له خلفا لجوزيف بلاتر.")
    assert entity_named(doc, "جوزيف بلاتر").country is None

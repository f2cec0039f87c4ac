"""Round en936: bodies and people the entity layer missed or mis-typed — a rival government by its own name
(«حكومة الإنقاذ الوطني»: Libya's, LBYGOV; «حكومة الوفاق الوطني»: the state of the article), universities of no
town word («جامعة هارفارد»: USAEDU) or named by a town in quotation marks («جامعة «نيويورك»»), and the aide of a
named officer («X، مستشارة الرئيس أوباما»: USAGOV)."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_salvation_government_is_libyas_and_its_head_takes_it() -> None:
    doc = analyze_news("قال عمر الحاسي، رئيس ما يسمى بحكومة الإنقاذ الوطني، إن حكومته ستصرف رواتب الموظفين قريبا.")
    body = entity_named(doc, "حكومة الإنقاذ الوطني")
    assert (body.type, body.actor, body.country) == ("ORGANIZATION", "LBYGOV", "LBY")
    head = entity_named(doc, "عمر الحاسي")
    assert (head.actor, head.country) == ("LBYGOV", "LBY")


def test_accord_government_takes_the_articles_state() -> None:
    yemen = analyze_news(
        "صنعاء - أعلن مسؤول يمني أن حكومة الوفاق الوطني ستعقد اجتماعا في صنعاء. وقال إن اليمن يمر بأزمة. "
        "وأضاف أن الرئيس اليمني سيزور عدن، وأن اليمن بحاجة إلى دعم.")
    assert entity_named(yemen, "حكومة الوفاق الوطني").actor == "YEMGOV"
    libya = analyze_news(
        "قال المبعوث الأممي إن الأطراف الليبية تقترب من تشكيل حكومة الوفاق الوطني في ليبيا. وأضاف أن ليبيا "
        "تحتاج إلى السلام. وأكد أن الحوار الليبي سيستأنف في طرابلس.")
    assert entity_named(libya, "حكومة الوفاق الوطني").actor == "LBYGOV"


def test_accord_indefinite_is_no_body() -> None:
    doc = analyze_news("دعا المعارضون في ليبيا إلى تشكيل حكومة وفاق وطني تضم جميع الأطراف.")
    assert not [n for n in names_of_type(doc, "ORGANIZATION") if "وفاق" in n]


def test_glued_university_is_an_american_body() -> None:
    doc = analyze_news("وقال ستيفن والت، الأستاذ بجامعة هارفارد، إن السياسة الأميركية تغيرت.")
    uni = entity_named(doc, "جامعة هارفارد")
    assert (uni.type, uni.actor, uni.country) == ("ORGANIZATION", "USAEDU", "USA")
    assert "جامعة هارفارد" not in names_of_type(doc, "PERSON")


def test_quoted_town_university_is_the_body_not_the_city() -> None:
    doc = analyze_news("وقال الباحث بيتر كلارك، أستاذ الاقتصاد في جامعة «نيويورك»، إن الأسواق ستتراجع.")
    uni = entity_named(doc, "جامعة نيويورك")
    assert (uni.type, uni.actor) == ("ORGANIZATION", "USAEDU")
    assert "نيويورك" not in names_of_type(doc, "LOCATION")


def test_quoted_town_after_other_head_stays_a_place() -> None:
    # a town's noun is no university's: the town in quotation marks stays a place
    doc = analyze_news("وزار الوفد مدينة «نيويورك» الأسبوع الماضي.")
    assert "جامعة نيويورك" not in names_of_type(doc, "ORGANIZATION")


def test_aide_of_named_president_takes_his_state() -> None:
    doc = analyze_news("وقالت كارين ويتمور، مستشارة الرئيس أوباما لشؤون الأمن القومي، إن التهديد قائم.")
    aide = entity_named(doc, "كارين ويتمور")
    assert (aide.actor, aide.country) == ("USAGOV", "USA")


def test_aide_without_named_head_stays_unplaced() -> None:
    doc = analyze_news("وقال مارك جونسون، مستشار الرئيس التنفيذي للشركة، إن الأرباح تراجعت.")
    assert entity_named(doc, "مارك جونسون").country is None

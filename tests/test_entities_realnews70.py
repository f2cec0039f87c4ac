"""Entities, round 70: the BBC by its dotted letters; a quoted list with a body, or under a plural body noun, is
bodies; a quoted definite common word with no body noun before it is no body; «باكرا» (early) is no ب + «أكرا»."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type

from rasd.doc import Doc, Mention
from rasd.entities.quotedlists import quoted_list_bodies


def test_the_bbc_by_its_dotted_letters_is_one_listed_body() -> None:
    doc = analyze_news("وقال الوزير لهيئة الإذاعة البريطانية (بي.بي.سي) إن الغارات ستستمر.")
    bbc = entity_named(doc, "بي.بي.سي")
    assert (bbc.type, bbc.actor) == ("ORGANIZATION", "GBRMED")
    assert "بي" not in names_of_type(doc, "ORGANIZATION") and "سي" not in names_of_type(doc, "ORGANIZATION")


def test_dotted_letters_inside_a_longer_run_are_not_the_bbc() -> None:
    doc = analyze_news("وكتب الطالب الرمز أ.بي.بي.سي.د على اللوح.")
    assert "بي.بي.سي" not in names_of_type(doc, "ORGANIZATION")


def test_a_quoted_list_under_a_plural_company_noun_is_companies() -> None:
    doc = analyze_news("وتتنافس في السوق ثلاث شركات كبرى هي «بايدو»، و«علي بابا»، و«تنسينت».")
    assert {"بايدو", "علي بابا", "تنسينت"} <= set(names_of_type(doc, "ORGANIZATION"))
    assert names_of_type(doc, "MISC") == []


def test_a_quoted_list_with_a_listed_company_makes_its_brands_companies() -> None:
    doc = analyze_news("وتغيب عن الصين شركات أميركية عملاقة، منها «مايكروسوفت» و«تويتر» و«أمازون».")
    assert entity_named(doc, "أمازون").type == "ORGANIZATION"


def test_a_quoted_list_of_books_stays_works() -> None:
    doc = analyze_news("وقرأ الطلاب روايات شهيرة مثل «الأم» و«الحرب والسلام» في الصيف.")
    assert names_of_type(doc, "ORGANIZATION") == []


def _quoted_mentions(text: str, *typed: tuple[str, str]) -> list[Mention]:
    out = []
    for name, typ in typed:
        i = text.index("«" + name + "»") + 1
        out.append(Mention(i, i + len(name), name, typ, key=name))
    return out


def test_a_product_joined_to_a_company_by_another_word_is_no_member() -> None:
    text = "وتراجعت مبيعات النظام «ويندوز» في «مايكروسوفت» هذا العام."
    mentions = _quoted_mentions(text, ("ويندوز", "MISC"), ("مايكروسوفت", "ORGANIZATION"))
    quoted_list_bodies(Doc(text=text), mentions)
    assert [m.type for m in mentions] == ["MISC", "ORGANIZATION"]
    text = "وتراجعت مبيعات «ويندوز» و«مايكروسوفت» هذا العام."
    mentions = _quoted_mentions(text, ("ويندوز", "MISC"), ("مايكروسوفت", "ORGANIZATION"))
    quoted_list_bodies(Doc(text=text), mentions)
    assert [m.type for m in mentions] == ["ORGANIZATION", "ORGANIZATION"]


def test_a_quoted_common_noun_is_no_body() -> None:
    doc = analyze_news("ويعلو مطبخ المطعم شعار مضاء بـ«النيون» يشبه الوجه المبتسم.")
    assert "النيون" not in names_of_type(doc, "ORGANIZATION")
    doc = analyze_news("ويدعو البيان الشباب لـ«الجهاد» ضد القوات الأجنبية في البلاد.")
    assert "الجهاد" not in names_of_type(doc, "ORGANIZATION")


def test_a_quoted_name_after_a_body_noun_stays_a_body() -> None:
    doc = analyze_news("وأصدرت مجموعة «المرابطون» شريطا مصورا يظهر عددا من المقاتلين.")
    assert entity_named(doc, "المرابطون").type == "ORGANIZATION"
    doc = analyze_news("وأشار الموقع المصري «الوطن» إلى أن الوزارة تحقق في الحادث.")
    assert entity_named(doc, "الوطن").type == "ORGANIZATION"


def test_a_quoted_short_form_of_a_body_named_in_full_stays_that_body() -> None:
    text = ("وشنت الطائرات غارات على مواقع حزب العمال الكردستاني، في حين قتل شرطيان في هجوم جديد "
            "لـ«الكردستاني» في الجنوب.")
    doc = analyze_news(text)
    assert len(entity_named(doc, "حزب العمال الكردستاني").mentions) == 2


def test_early_is_no_accra() -> None:
    doc = analyze_news("وأفادت الوكالة بأن انتحاريا اقتحم باكرا صباح اليوم مركزا للشرطة في المدينة.")
    assert names_of_type(doc, "LOCATION") == []


def test_accra_with_its_preposition_is_still_accra() -> None:
    doc = analyze_news("ووصل الوزير بأكرا عاصمة غانا أمس في زيارة رسمية.")
    assert "أكرا" in names_of_type(doc, "LOCATION")


def test_a_member_of_a_body_of_known_country_takes_its_country_and_actor() -> None:
    doc = analyze_news("وقال محمد البخيتي عضو المكتب السياسي لجماعة أنصار الله إن صنعاء خط أحمر.")
    person = entity_named(doc, "محمد البخيتي")
    assert (person.country, person.actor) == ("YEM", "YEMREB")


def test_a_former_member_takes_the_country_but_not_the_actor() -> None:
    doc = analyze_news("وقال محمد البخيتي، العضو السابق في جماعة أنصار الله، إن صنعاء خط أحمر.")
    person = entity_named(doc, "محمد البخيتي")
    assert (person.country, person.actor) == ("YEM", "YEM")  # (the country alone, not the group's YEMREB)


def test_a_body_named_later_in_the_sentence_gives_no_membership() -> None:
    doc = analyze_news("وقال محمد البخيتي إن صنعاء خط أحمر، وإن جماعة أنصار الله لن تتراجع.")
    assert entity_named(doc, "محمد البخيتي").country is None


def test_the_special_emergency_forces_with_a_clitic_or_in_the_singular() -> None:
    doc = analyze_news("واستهدف الانتحاري مسجدا لقوات الطوارئ الخاصة في أبها.")
    assert entity_named(doc, "قوات الطوارئ الخاصة").actor == "SAUCOP"
    doc = analyze_news("ووقع التفجير في مسجد قوة الطوارئ الخاصة بعسير.")
    assert entity_named(doc, "قوة الطوارئ الخاصة").actor == "SAUCOP"


def test_emergency_forces_of_no_such_name_are_no_such_body() -> None:
    doc = analyze_news("ونشرت الحكومة قوات الطوارئ في الشوارع بعد الفيضانات.")
    assert all(e.actor != "SAUCOP" for e in doc.entities)

"""Entities, round 75: a union, a league or an airline named by its head noun and the country inside its name
(«نقابة المحامين الأردنيين», «نقابة عمال النفط العراق», «الرابطة المغربية للدفاع عن الحقوق», «الخطوط الجوية
الكويتية»); a country name that is the accusative adjective of a noun of people («جنديا أوكرانيا») names no place;
a country word after a Western given name is that person's surname («ليزا موناكو»)."""

from __future__ import annotations

from conftest import analyze_news, entity_of_mention, names_of_type


def test_a_union_named_by_its_members_and_their_country_adjective() -> None:
    doc = analyze_news("وأيدت نقابة المحامين الأردنيين قرار الحكومة أمس.")
    body = entity_of_mention(doc, "نقابة المحامين الأردنيين")
    assert (body.type, body.country) == ("ORGANIZATION", "JOR")


def test_a_union_named_by_its_members_and_the_country_name() -> None:
    doc = analyze_news("وأعلنت نقابة أطباء السودان الإضراب عن العمل.")
    body = entity_of_mention(doc, "نقابة أطباء السودان")
    assert (body.type, body.country) == ("ORGANIZATION", "SDN")
    assert "السودان" not in names_of_type(doc, "LOCATION")


def test_a_league_keeps_its_complement_and_its_country() -> None:
    doc = analyze_news("وطالبت الرابطة الليبية لحقوق الإنسان بالإفراج عن الموقوفين.")
    body = entity_of_mention(doc, "الرابطة الليبية لحقوق الإنسان")
    assert (body.type, body.country) == ("ORGANIZATION", "LBY")


def test_a_state_airline_named_by_its_country_adjective() -> None:
    doc = analyze_news("وعلقت الخطوط الجوية الكويتية رحلاتها إلى بيروت أمس.")
    body = entity_of_mention(doc, "الخطوط الجوية الكويتية")
    assert (body.type, body.country) == ("ORGANIZATION", "KWT")


def test_a_union_head_with_no_country_in_its_name_is_no_name() -> None:
    doc = analyze_news("وقالت نقابة المحامين إن القانون يحتاج إلى مراجعة، وأصدرت الرابطة الأدبية بيانا.")
    assert names_of_type(doc, "ORGANIZATION") == []


def test_a_country_name_that_is_the_adjective_of_soldiers_is_no_place() -> None:
    doc = analyze_news("وقالت الوكالة إن 12 جنديا أوكرانيا قتلوا في شرق البلاد الشهر الماضي.")
    assert "أوكرانيا" not in names_of_type(doc, "LOCATION")


def test_the_country_after_a_preposition_stays_the_country() -> None:
    doc = analyze_news("وسافر الوزير إلى أوكرانيا أمس والتقى جنديا جريحا في كييف.")
    assert entity_of_mention(doc, "أوكرانيا").country == "UKR"


def test_a_country_word_after_a_western_given_name_is_a_surname() -> None:
    doc = analyze_news("وحذرت ليزا موناكو، مستشارة الرئيس لشؤون الأمن الداخلي، من الخطر.")
    person = entity_of_mention(doc, "ليزا موناكو")
    assert person.type == "PERSON"
    assert "موناكو" not in names_of_type(doc, "LOCATION")


def test_a_ruler_named_with_his_realm_keeps_the_country() -> None:
    doc = analyze_news("واستقبل الرئيس الأمير ألبرت موناكو في القصر.")
    assert not any(e.type == "PERSON" and e.name.endswith("موناكو") for e in doc.entities)


def test_a_given_name_inside_a_full_name_takes_no_country_as_surname() -> None:
    doc = analyze_news("وتذكر الكويتيون يوم غزا صدام حسين الكويت في صيف 1990.")
    assert entity_of_mention(doc, "الكويت").country == "KWT"
    assert not any(e.type == "PERSON" and e.name.endswith("الكويت") for e in doc.entities)


def test_a_two_word_town_after_the_clitic_b_is_read_whole() -> None:
    doc = analyze_news("واختتم المؤتمر الاقتصادي الذي عقد بشرم الشيخ أعماله أمس.")
    town = entity_of_mention(doc, "شرم الشيخ")
    assert (town.name, town.country) == ("شرم الشيخ", "EGY")


def test_a_legislator_for_a_listed_bloc_keeps_his_country() -> None:
    doc = analyze_news("وقال عضو البرلمان العراقي عن ائتلاف دولة القانون سعد المطلبي إن الحكومة ماضية في الإصلاح.")
    person = entity_of_mention(doc, "سعد المطلبي")
    assert (person.type, person.country, person.actor) == ("PERSON", "IRQ", "IRQLEG")


def test_a_member_defending_a_body_is_no_title_complement() -> None:
    doc = analyze_news("ودافع عضو البرلمان عن الحكومة العراقية أمام الصحافيين أمس.")
    assert entity_of_mention(doc, "الحكومة العراقية").actor == "IRQGOV"

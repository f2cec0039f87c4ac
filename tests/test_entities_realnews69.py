"""Entities, round 69: a given name alone introduced as another's relative joins no longer name ahead («شقيق الملا
عمر، الملا عبد المنان»); «قوات X» and «X» one body; a town's airport with «الدولي» a place of the town's country;
the Republican Guard and the central security forces as state units; a name after «قضاء» / «ولاية» a place; «الدرك»
the police, no place; a name after «على متن» no person; a tagged person in a list of listed places a place."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type, typed_names


def test_a_relative_named_by_given_name_stays_apart_from_a_longer_name() -> None:
    doc = analyze_news("وذكر شقيق الملا عمر، الملا عبد المنان، أنه يؤيد القرار. "
                       "وقال الملا عبد المنان نيازي، وهو حاكم سابق، إن الطريق مسدود.")
    persons = names_of_type(doc, "PERSON")
    assert "عبد المنان" in persons and "عبد المنان نيازي" in persons


def test_a_relative_told_after_the_name_stays_apart_too() -> None:
    doc = analyze_news("والملا عبد المنان الشقيق الأصغر للملا عمر أشار إلى الخلاف. "
                       "وقال الملا عبد المنان نيازي إن الطريق مسدود.")
    assert len(entity_named(doc, "عبد المنان نيازي").mentions) == 1


def test_a_given_name_alone_with_no_relative_still_joins_the_full_name() -> None:
    doc = analyze_news("وقال الملا عبد المنان إن القرار صائب. وقال الملا عبد المنان نيازي، وهو حاكم سابق، إن "
                       "الطريق مسدود.")
    assert [len(e.mentions) for e in doc.entities if e.name == "عبد المنان نيازي"] == [2]


def test_forces_of_a_body_and_the_body_are_one() -> None:
    doc = analyze_news("أعلنت قوات خفر السواحل الإيطالية إنقاذ مئتي مهاجر. "
                       "وقال متحدث باسم خفر السواحل الإيطالية إن البحث مستمر.")
    body = entity_named(doc, "قوات خفر السواحل الإيطالية")
    assert (len(body.mentions), body.actor) == (2, "ITAMIL")
    assert "خفر السواحل الإيطالية" not in names_of_type(doc, "ORGANIZATION")


def test_a_towns_international_airport_is_a_place_of_its_country() -> None:
    doc = analyze_news("وصلت إلى مطار عدن الدولي أمس طائرة محملة بالمساعدات.")
    airport = entity_named(doc, "مطار عدن الدولي")
    assert (airport.type, airport.country) == ("LOCATION", "YEM")


def test_an_airport_without_its_adjective_leaves_the_town() -> None:
    doc = analyze_news("وقال مسؤول في مطار عدن إن الرحلات ستستأنف قريبا.")
    assert ("LOCATION", "عدن") in typed_names(doc)
    assert not any(n.startswith("مطار") for n in names_of_type(doc, "LOCATION"))


def test_the_republican_guard_is_a_state_unit() -> None:
    doc = analyze_news("وقال مسؤول يمني في صنعاء إن قادة من الحرس الجمهوري سلموا أنفسهم في اليمن. "
                       "وأضاف أن الاشتباكات في اليمن توقفت. وأكد أن الوضع في اليمن هادئ.")
    guard = entity_named(doc, "الحرس الجمهوري")
    assert (guard.type, guard.actor) == ("ORGANIZATION", "YEMMIL")


def test_a_guard_with_its_own_adjective_keeps_that_country() -> None:
    doc = analyze_news("وفوجئنا بضابط من الحرس الجمهوري العراقي عند الحاجز.")
    assert entity_named(doc, "الحرس الجمهوري العراقي").actor == "IRQMIL"


def test_a_name_after_a_district_noun_is_a_place() -> None:
    doc = analyze_news("شن مسلحون هجوما على مخفر في قضاء دوجو بيازيد بولاية أجري شرقي تركيا.")
    places = names_of_type(doc, "LOCATION")
    assert "دوجو بيازيد" in places and "أجري" in places
    assert names_of_type(doc, "PERSON") == []


def test_a_term_of_office_is_no_province() -> None:
    doc = analyze_news("وبدأت ولاية ثانية للرئيس. وفاز الحزب في ولاية أوباما الثانية.")
    assert "ثانية" not in names_of_type(doc, "LOCATION")
    assert entity_named(doc, "أوباما").type == "PERSON"


def test_a_state_named_after_its_noun_is_a_place_in_its_other_mentions() -> None:
    doc = analyze_news("ونظرت ولاية رود أيلاند في عدم السداد. وقالت رود أيلاند إنها ستدفع.")
    assert entity_named(doc, "رود أيلاند").type == "LOCATION"


def test_the_gendarmerie_is_the_police_of_the_articles_state() -> None:
    doc = analyze_news("اقتحم انتحاري بجرار مفخخ مركزا للدرك قرب مدينة دوغوبيازيد في شرق تركيا. "
                       "وقال مسؤول في تركيا إن التحقيق جار. وأكدت تركيا أن الحدود مغلقة.")
    assert not any("درك" in n for n in names_of_type(doc, "LOCATION"))
    corps = entity_named(doc, "الدرك")
    assert (corps.type, corps.actor) == ("ORGANIZATION", "TURCOP")


def test_a_place_after_a_police_post_stays_a_place() -> None:
    doc = analyze_news("اقتحم انتحاري مركزا للشرطة في دوغوبيازيد.")
    assert "دوغوبيازيد" in names_of_type(doc, "LOCATION")


def test_a_name_aboard_is_no_person() -> None:
    doc = analyze_news("وكتبت المنظمة أن «الطاقم على متن (ديغنيتي) يؤكد أن كثيرين لقوا حتفهم».")
    assert names_of_type(doc, "PERSON") == []


def test_a_person_after_another_noun_stays_a_person() -> None:
    doc = analyze_news("وكان على رأس الوفد كيرت شيلينغ، الرامي السابق للفريق.")
    assert "كيرت شيلينغ" in names_of_type(doc, "PERSON")


def test_a_tagged_person_in_a_list_of_cities_is_a_city() -> None:
    doc = analyze_news("وأبدت مدن تورونتو ولوس أنجليس وباكو رغبتها في استضافة الدورة.")
    assert entity_named(doc, "لوس أنجليس").type == "LOCATION"


def test_a_list_of_persons_with_one_city_keeps_its_persons() -> None:
    doc = analyze_news("والتقى الوزير محمد وأحمد وسعيد في الرياض.")
    assert "LOCATION" not in {e.type for e in doc.entities if e.name in ("أحمد", "سعيد")}

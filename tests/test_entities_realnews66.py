"""Entities, round 66: an indefinite accusative noun after a man's name («نوابا»: as deputies) ends his name; a
word of status after a rank («متقاعد»: retired) opens no name; the surroundings («محيط») of a place are no part of
its name; a form of «كان» with «ل» («ليكونوا») opens no name; «فرنس برس» is AFP; «قوات الدرك التركية» is Turkey's police force."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type, runs_doc, typed_runs_doc


def test_an_accusative_noun_after_the_last_name_ends_it() -> None:
    doc = runs_doc("وانتخبت الهيئة مراد أوسو نوابا للرئيس.", ["مراد", "أوسو", "نوابا"])
    assert "مراد أوسو" in names_of_type(doc, "PERSON")
    assert not any("نوابا" in n for n in names_of_type(doc, "PERSON"))


def test_an_accusative_given_name_form_stays() -> None:
    doc = runs_doc("والتقى الوزير خالد رضا أمس.", ["خالد", "رضا"])
    assert "خالد رضا" in names_of_type(doc, "PERSON")


def test_retired_after_a_rank_opens_no_name() -> None:
    doc = analyze_news("يقول العقيد متقاعد فهد الشمري إن الحرب كانت قاسية.")
    assert "فهد الشمري" in names_of_type(doc, "PERSON")
    assert not any("متقاعد" in n for n in names_of_type(doc, "PERSON"))


def test_the_surroundings_of_a_place_are_no_part_of_its_name() -> None:
    doc = typed_runs_doc("وسقطت قذائف في محيط الحميدية أمس.", ("LOC", ["محيط", "الحميدية"]))
    locs = names_of_type(doc, "LOCATION")
    assert "الحميدية" in locs
    assert not any(n.startswith("محيط") for n in locs)


def test_the_ocean_keeps_its_name() -> None:
    doc = analyze_news("وأبحرت السفينة في المحيط الهندي أمس.")
    assert "المحيط الهندي" in names_of_type(doc, "LOCATION")


def test_a_form_of_kana_with_la_opens_no_name() -> None:
    doc = runs_doc("وجندوا شبانا ليكونوا عماد حملة جديدة.", ["ليكونوا", "عماد"])
    assert not any("يكونوا" in n for n in names_of_type(doc, "PERSON"))


def test_the_french_agency_spelled_without_alef() -> None:
    doc = analyze_news("وبحسب وكالة «فرنس برس» قال المسؤول إن المحادثات توقفت.")
    e = next(e for e in doc.entities if e.type == "ORGANIZATION" and "برس" in e.name)
    assert (e.country, e.actor) == ("FRA", "FRAMED")


def test_the_gendarmerie_of_a_country_is_its_police() -> None:
    doc = analyze_news("وقالت قوات الدرك التركية إن ثلاثة جنود قتلوا.")
    assert entity_named(doc, "قوات الدرك التركية").actor == "TURCOP"


def test_a_place_word_alone_stays_a_place() -> None:
    doc = typed_runs_doc("ووصل الوفد إلى الرمادي أمس.", ("LOC", ["الرمادي"]))
    assert "الرمادي" in names_of_type(doc, "LOCATION")


def test_round_a_common_noun_no_place_is_named() -> None:
    doc = typed_runs_doc("وانتشر المقاتلون في محيط النفق أمس.", ("LOC", ["محيط", "النفق"]))
    assert not any("النفق" in n for n in names_of_type(doc, "LOCATION"))


def test_round_a_listed_city_the_city_stays() -> None:
    doc = typed_runs_doc("وتدور معارك في محيط دمشق منذ أيام.", ("LOC", ["محيط", "دمشق"]))
    assert "دمشق" in names_of_type(doc, "LOCATION")


def test_clashes_round_a_village_are_placed_there() -> None:
    doc = typed_runs_doc("وقال ناشطون إن اشتباكات عنيفة دارت في محيط المشيك أمس.", ("LOC", ["محيط", "المشيك"]))
    place = entity_named(doc, "المشيك")
    assert any(e.location == place.id for e in doc.events)


def test_an_olympic_athlete_is_no_person() -> None:
    doc = analyze_news("وتعهد رئيس اللجنة بعدم التسامح مع أي رياضي أولمبي يتناول المنشطات.")
    assert "أولمبي" not in names_of_type(doc, "PERSON")


def test_a_family_name_in_ya_alone_stays() -> None:
    doc = runs_doc("وقال روحاني إن الاتفاق مهم.", ["روحاني"])
    assert "روحاني" in names_of_type(doc, "PERSON")


def test_a_singular_kana_before_a_name_keeps_the_name() -> None:
    doc = runs_doc("وكان عماد قد قال إن الحملة انتهت.", ["عماد"])
    assert "عماد" in names_of_type(doc, "PERSON")


def test_a_hyphenated_western_given_name_is_one_man() -> None:
    doc = analyze_news("وحضر الاجتماع جان - كلود يونكر رئيس المفوضية الأوروبية.")
    persons = names_of_type(doc, "PERSON")
    assert "جان - كلود يونكر" in persons
    assert "جان" not in persons


def test_two_full_names_across_a_hyphen_stay_two() -> None:
    doc = analyze_news("وعقدت قمة أنغيلا ميركل - فرنسوا هولاند في باريس أمس.")
    persons = names_of_type(doc, "PERSON")
    assert not any("ميركل" in n and "هولاند" in n for n in persons)

"""Entities, round 59: an army unit named by an ordinal («الجيش الثالث الميداني», «والفرقة الرابعة») is an
organisation, the ordinal agreeing with its noun; the group of six powers written between slashes («دول / 5 + 1 /»);
a canal named after a country («قناة بنما») is the canal, not the country; a given name before a listed name word
that only the verb «التقى» makes a function word («منير التقي») when speech follows; after a definite title, a
listed official's surname alone and an Arab given name are two men («للرئيس بوتفليقة عبد الرحمن بلعيد»); a
name in quotation marks after a place noun («منطقة «كوش بيهار»») is the place; a town of two letters right after a
place noun («محافظة إب») is read (built into places_short.tsv).
Counter-cases: «الجيش» alone, an ordinal of the other gender, a country adjective after the ordinal, a channel
with a figure or with no ships in its sentence, the verb «التقى», a given name that opens the title's name
(«العميد مبارك عبد الله العتيبي»)."""

from __future__ import annotations

from conftest import analyze_news, names_of_type


# army units named by an ordinal

def test_an_army_and_its_ordinal_and_descriptor_are_a_unit() -> None:
    doc = analyze_news("وشاركت في الهجوم قوات من الجيش الثاني الميداني ووحدات الصاعقة.")
    assert names_of_type(doc, "ORGANIZATION") == ["الجيش الثاني الميداني"]


def test_a_division_with_a_clitic_and_its_ordinal() -> None:
    doc = analyze_news("وقاتلت إلى جانب القوات الحكومية والفرقة الخامسة في ريف المدينة.")
    assert "الفرقة الخامسة" in names_of_type(doc, "ORGANIZATION")


def test_the_army_alone_and_a_disagreeing_ordinal_are_no_unit() -> None:
    doc = analyze_news("وقال إن الجيش سيبقى في الثكنات، وإن الفرقة الأول مرة تشارك.")
    assert not any(n.startswith(("الجيش", "الفرقة")) for n in names_of_type(doc, "ORGANIZATION"))


# the group of six powers between slashes

def test_the_five_plus_one_group_between_slashes() -> None:
    doc = analyze_news("وأوضح الوزير أن الحوار مع دول / 5 + 1 / سيستأنف قريبا.")
    assert any("5 + 1" in n for n in names_of_type(doc, "ORGANIZATION"))


# a canal named after a country

def test_a_canal_named_after_a_country_is_the_canal() -> None:
    doc = analyze_news("وتعبر ناقلات النفط قناة بنما في طريقها إلى آسيا.")
    assert "قناة بنما" in names_of_type(doc, "LOCATION")
    assert "بنما" not in names_of_type(doc, "LOCATION")


def test_a_channel_with_a_figure_is_no_canal() -> None:
    doc = analyze_news("وقال المذيع في قناة مصر 25 إن الحكومة استقالت.")
    assert "قناة مصر" not in names_of_type(doc, "LOCATION")


# a family name that the verb «التقى» folds to a function word

def test_a_given_name_and_a_dotted_ya_surname_before_speech() -> None:
    doc = analyze_news("وقال منير التقي إن المفاوضات متعثرة. وكان الوزير قد التقى نظيره أمس.")
    assert "منير التقي" in names_of_type(doc, "PERSON")


def test_the_verb_met_after_a_given_name_is_no_surname() -> None:
    doc = analyze_news("وكان منير التقى الوزير أمس، ثم عاد إلى بلده.")
    assert "منير التقى" not in names_of_type(doc, "PERSON")


# an official's surname after a definite title, then another man's name

def test_an_officials_surname_then_a_new_given_name_are_two_men() -> None:
    doc = analyze_news("وغاب عن الحفل الصديق المقرب للرئيس بوتفليقة عبد الرحمن بلعيد عن العاصمة.")
    persons = names_of_type(doc, "PERSON")
    assert "عبد الرحمن بلعيد" in persons
    assert not any(n.startswith("بوتفليقة عبد") for n in persons)


def test_a_given_name_opening_the_titles_name_stays_one_man() -> None:
    doc = analyze_news("وقال العميد مبارك عبد الله العتيبي إن القوات جاهزة.")
    assert "مبارك عبد الله العتيبي" in names_of_type(doc, "PERSON")


def test_a_channel_named_after_a_country_without_ships_is_no_canal() -> None:
    doc = analyze_news("ويتذكر الرجل أن قناة الكويت لم تكن تعرض سوى الأغاني الوطنية.")
    assert "قناة الكويت" not in names_of_type(doc, "LOCATION")


def test_a_unit_with_an_ordinal_and_a_relative_adjective() -> None:
    doc = analyze_news("وقال المكتب إن مقاتلي الفرقة الثانية الجبلية قصفوا مواقع القوات.")
    assert "الفرقة الثانية الجبلية" in names_of_type(doc, "ORGANIZATION")


def test_a_country_adjective_after_the_ordinal_stays_out_of_the_unit() -> None:
    doc = analyze_news("وانتشرت وحدات الجيش الثالث المصري قرب المدينة.")
    assert "الجيش الثالث" in names_of_type(doc, "ORGANIZATION")


# a quoted name after a place noun

def test_a_quoted_name_after_a_district_noun_is_the_place() -> None:
    doc = analyze_news("وقال مسؤول محلي في منطقة «كوش بيهار» في الهند إن الاحتفال سيقام غدا.")
    assert "كوش بيهار" in names_of_type(doc, "LOCATION")
    assert "كوش بيهار" not in names_of_type(doc, "PERSON")


def test_a_quoted_person_after_a_verb_stays_a_person() -> None:
    doc = analyze_news("وقال مسؤول إن «جون سميث» سيصل غدا إلى المنطقة.")
    assert "جون سميث" in names_of_type(doc, "PERSON")


# a town of two letters after a place noun

def test_a_two_letter_governorate_after_its_noun() -> None:
    doc = analyze_news("وتقدمت القوات الموالية للحكومة في محافظة إب جنوب العاصمة.")
    assert "إب" in names_of_type(doc, "LOCATION")


def test_a_two_letter_word_opening_a_longer_name_is_no_town() -> None:
    doc = analyze_news("ووقعت الاشتباكات في مدينة بن قردان التونسية.")
    assert "بن" not in names_of_type(doc, "LOCATION")


def test_a_two_letter_town_without_a_place_noun_is_not_read() -> None:
    doc = analyze_news("وقال إن قم بواجبك أولا قبل أن تطالب بحقوقك.")
    assert "قم" not in names_of_type(doc, "LOCATION")

"""Entities in news constructions, round 43 (precision: common words read as names, names that swallow the next
word): a one-word place that its context reads as a verb («لن أنسى», «اللذين صنعا»), an accusative after a
comparative («الأكثر ميلا»), a name after «ابن» («ابن سينا») or the surname of a person of the article is no place;
a person's name does not run over a common noun that heads a construct («السيد ميتشل سند الضمان»); the tagger's
lone person that is a common noun with and without the article («السند») is no one; «جهاز» heads the body it
names, and the body's acronym in brackets is the body; a bracket «(شرق القاهرة)» gives a place its country."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news, runs_doc, typed_runs_doc


def _ents(doc: Any, typ: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.country) for e in doc.entities if typ is None or e.type == typ)


# a town read as a common word

def test_a_verb_after_lan_is_no_town() -> None:
    d = analyze_news("وقال الوزير: لن أنسى ذلك اليوم أبدا.")
    assert _ents(d, "LOCATION") == []


def test_the_town_after_a_preposition_is_still_the_town() -> None:
    # counter-case: «إلى أنسى» is the French town
    d = analyze_news("وسافر الوفد إلى أنسى في فرنسا.")
    assert ("أنسى", "FRA") in _ents(d, "LOCATION")


def test_a_verb_after_a_relative_pronoun_is_no_capital() -> None:
    d = analyze_news("وهما السياسيان اللذين صنعا مجدهما في الولاية.")
    assert _ents(d, "LOCATION") == []


def test_the_capital_spelt_without_hamza_after_ila_is_still_the_capital() -> None:
    d = analyze_news("ووصل المبعوث إلى صنعا أمس.")
    assert _ents(d, "LOCATION") == [("صنعا", "YEM")]


def test_an_accusative_after_a_comparative_is_no_town() -> None:
    d = analyze_news("وكان الحزب الأكثر ميلا إلى التسوية.")
    assert _ents(d, "LOCATION") == []


def test_the_algerian_town_after_fi_is_still_the_town() -> None:
    d = analyze_news("وقتل جنديان في ميلا شرق الجزائر.")
    assert ("ميلا", "DZA") in _ents(d, "LOCATION")


def test_a_name_after_ibn_is_no_region() -> None:
    d = analyze_news("واستشهد الكاتب بأقوال ابن سينا والفارابي.")
    assert "سينا" not in [n for n, _ in _ents(d, "LOCATION")]


def test_the_region_after_fi_is_still_the_region() -> None:
    d = analyze_news("وشن الجيش حملة في سينا أمس.")
    assert _ents(d, "LOCATION") == [("سينا", "EGY")]


def test_the_surname_of_a_man_of_the_article_is_no_town() -> None:
    d = analyze_news("وقال المهندس نبيل جاسم إن الأزمة طويلة. وأضاف جاسم أن الحل قريب.")
    assert _ents(d, "LOCATION") == []
    assert _ents(d, "PERSON") == [("نبيل جاسم", None)]


def test_the_syrian_town_with_no_man_of_its_name_is_still_the_town() -> None:
    d = analyze_news("وقصفت الطائرات بلدة جاسم في ريف درعا.")
    assert ("جاسم", "SYR") in _ents(d, "LOCATION")


# a name that swallows the next word

def test_a_name_ends_before_the_noun_that_heads_a_construct() -> None:
    d = analyze_news("وقد اخترع السيد ميتشل سند الضمان قبل عقود.")
    assert _ents(d, "PERSON") == [("ميتشل", None)]


def test_a_surname_before_the_verbs_object_stays_in_the_name() -> None:
    # counter-case: «نتنياهو الاتفاق»: a surname and the object of «اعتبر»
    d = analyze_news("واعتبر بنيامين نتنياهو الاتفاق خطأ تاريخيا.")
    assert _ents(d, "PERSON") == [("بنيامين نتنياهو", "ISR")]


def test_a_tagger_person_that_is_a_common_noun_is_no_one() -> None:
    d = runs_doc("وقال إن حامل السند يستحق الدفع كاملا.", ["السند"])
    assert _ents(d, "PERSON") == []


def test_a_common_looking_family_name_after_a_title_is_still_the_man() -> None:
    d = runs_doc("وقال الدكتور البار إن التسجيل بدأ.", ["البار"])
    assert _ents(d, "PERSON") == [("البار", None)]


# bodies: «جهاز» and the acronym in brackets

def test_the_service_noun_heads_the_body_and_the_acronym_is_the_body() -> None:
    d = analyze_news("واعتقل جهاز المخابرات الأوكراني (إس بي يو) مشتبها به أمس.")
    bodies = [e for e in d.entities if e.type == "ORGANIZATION"]
    assert [(e.name, e.country, len(e.mentions)) for e in bodies] == [("جهاز المخابرات الأوكراني", "UKR", 2)]


def test_the_acronym_alone_later_is_the_body_too() -> None:
    d = analyze_news("وقصفت الطائرات مواقع حزب العمال الكردستاني (بي كيه كيه) أمس. وقال إن بي كيه كيه تنظيم إرهابي.")
    bodies = [e for e in d.entities if e.type == "ORGANIZATION"]
    assert [(e.name, len(e.mentions)) for e in bodies] == [("حزب العمال الكردستاني", 3)]


def test_a_named_unit_in_brackets_is_not_the_body_before_it() -> None:
    # counter-case: «المارينز» is no acronym: a part of the forces, its own entity
    d = analyze_news("وانتشرت القوات الأميركية (المارينز) في الميناء.")
    assert sorted(e.name for e in d.entities if e.type == "ORGANIZATION") == ["القوات الأميركية", "المارينز"]


# a bracket that places a place

def test_a_compass_bracket_gives_the_place_its_country() -> None:
    d = typed_runs_doc("ونظمت مسيرات في حي الأمل (شرق القاهرة) وفي بنغازي.", ("LOC", ["الأمل"]))
    assert ("الأمل", "EGY") in _ents(d, "LOCATION")


def test_a_bracket_of_no_compass_word_gives_no_country() -> None:
    # counter-case: the sentence's other place decides
    d = typed_runs_doc("ونظمت مسيرات في حي الأمل (بحسب الشهود) وفي بنغازي.", ("LOC", ["الأمل"]))
    assert ("الأمل", "LBY") in _ents(d, "LOCATION")


# a verbal noun that names a river

def test_harming_is_no_river() -> None:
    d = analyze_news("وقال إن الهجمات لن تتمكن من النيل من أمن البلاد.")
    assert _ents(d, "LOCATION") == []


def test_winning_the_prize_is_no_river() -> None:
    d = analyze_news("وتقدمت دول عدة لنيل الجائزة هذا العام.")
    assert _ents(d, "LOCATION") == []


def test_the_river_with_its_water_is_still_the_river() -> None:
    # counter-case: «مياه النيل من»: the river's water, from the highlands
    d = analyze_news("وتتدفق مياه النيل من الهضبة.")
    assert [n for n, _ in _ents(d, "LOCATION")] == ["النيل"]

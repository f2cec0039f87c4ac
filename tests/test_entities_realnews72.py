"""Entities, round 72: a town named by a word that is also a present verb («ينبع»: Yanbu; stems) is that verb
right before «من»/«عن»/«على» after no preposition, place noun or place cue; the town stays with one."""

from __future__ import annotations

from conftest import analyze_news, names_of_type


def test_a_verb_town_before_min_after_a_noun_is_the_verb() -> None:
    doc = analyze_news("وقال السيناتور إن اعتراضه على الصفقة ينبع من خوفه على أمن الحلفاء.")
    assert "ينبع" not in names_of_type(doc, "LOCATION")


def test_a_verb_town_opening_the_sentence_before_min_is_the_verb() -> None:
    doc = analyze_news("ينبع من غموض النوايا قلق كبير في المنطقة، بحسب المحلل.")
    assert "ينبع" not in names_of_type(doc, "LOCATION")


def test_a_verb_town_after_a_place_noun_or_preposition_stays_a_place() -> None:
    doc = analyze_news("وافتتح الأمير المهرجان في ميناء ينبع على البحر الأحمر، وعاد الوفد إلى ينبع من جدة أمس.")
    assert names_of_type(doc, "LOCATION").count("ينبع") == 1
    assert len([m for m in doc.mentions if doc.text[m.start : m.end] == "ينبع"]) == 2


def test_a_verb_town_after_a_direction_word_stays_a_place() -> None:
    doc = analyze_news("وتقدمت القوات الحكومية نحو تعز من جهة الغرب، بعد معارك في لحج.")
    assert "تعز" in names_of_type(doc, "LOCATION")


def test_a_verb_town_before_another_word_stays_a_place() -> None:
    doc = analyze_news("وتقع ينبع الصناعية على ساحل البحر الأحمر غرب المملكة.")
    assert "ينبع" in names_of_type(doc, "LOCATION")

"""Entities in news constructions, round 42 (spurious and truncated entities of a judged sample): a proclitic and a
word written with its hamza read whole as a far town whose name has none («بأبناء» is no Pabna); the plural «الولايات»
(the states) with no name after it is no place; «مدينة» + a man's given name that is no place of its own is the
city's name («مدينة نصر»); a frequent adjective after its noun («أسرته الغنية», «أسرة غنية», «الحديث الشريف») and
a run an indefinite relative adjective opens («حديث نبوي شريف») are no person; «سوء نية» (bad faith) is no name."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news, runs_doc, typed_runs_doc


def _ents(doc: Any, typ: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((e.name, e.country) for e in doc.entities if typ is None or e.type == typ)


# a proclitic and a hamza: no far town

def test_a_preposition_and_a_noun_with_its_hamza_is_no_far_town() -> None:
    d = analyze_news("ونقل الجرحى الذين لحقت الحروق بأبناء عمومتهم إلى المستشفى.")
    assert _ents(d, "LOCATION") == []


def test_the_far_town_written_as_its_name_is_still_the_town() -> None:
    # counter-case: «بابنا» without a hamza is the town in Bangladesh
    d = analyze_news("وسافر الوفد إلى بابنا في بنغلاديش.")
    assert ("بابنا", "BGD") in _ents(d, "LOCATION")


def test_a_conjunction_and_a_verb_with_its_hamza_is_no_place() -> None:
    d = analyze_news("وقال الكاتب: وأرى أن الأزمة طويلة.")
    assert _ents(d, "LOCATION") == []


def test_a_tagger_place_read_whole_with_a_hamza_after_the_preposition_is_dropped() -> None:
    d = typed_runs_doc("وتحدث عن الأذى الذي لحق بأبناء القرية.", ("LOC", ["بأبناء"]))
    assert _ents(d, "LOCATION") == []


# «الولايات» alone

def test_the_states_alone_are_no_place() -> None:
    d = typed_runs_doc("وقال إن الضريبة أقل من المعدل في أي من الولايات الخمسين.", ("LOC", ["الولايات"]))
    assert _ents(d, "LOCATION") == []


def test_the_states_before_and_a_word_are_no_place() -> None:
    d = typed_runs_doc("ودعا زعيم الأغلبية حكام الولايات والنواب إلى الرفض.", ("LOC", ["الولايات"]))
    assert _ents(d, "LOCATION") == []


def test_the_united_states_are_still_the_country() -> None:
    # counter-case: the full name is the country
    d = analyze_news("وزار الرئيس الولايات المتحدة أمس.")
    assert _ents(d, "LOCATION") == [("الولايات المتحدة", "USA")]


# «مدينة» + a given name

def test_the_city_named_after_a_man_keeps_its_head_noun() -> None:
    d = typed_runs_doc("وتظاهر العشرات في حي المطرية ومدينة نصر شرق القاهرة أمس.", ("LOC", ["نصر"]))
    assert ("مدينة نصر", "EGY") in _ents(d, "LOCATION")
    assert ("نصر", "EGY") not in _ents(d, "LOCATION")


def test_a_town_of_its_own_name_after_city_stays_bare() -> None:
    # counter-case: «الرطبة» is the town's own name, no man's: «مدينة» stays outside it
    d = typed_runs_doc("وقتل مدنيون في قصف طال مدينة الرطبة غرب الرمادي.", ("LOC", ["الرطبة"]))
    assert "الرطبة" in [n for n, _ in _ents(d, "LOCATION")]


# adjectives read as persons

def test_a_definite_adjective_after_a_possessed_noun_is_no_person() -> None:
    d = runs_doc("وقال إن أسرته الغنية تتولى زعامة العشيرة منذ زمن.", ["الغنية"])
    assert _ents(d, "PERSON") == []


def test_an_indefinite_adjective_after_its_noun_is_no_person() -> None:
    d = runs_doc("وقال المسؤول إنه لا يرتشي لأنه من أسرة غنية ومعروفة.", ["غنية"])
    assert _ents(d, "PERSON") == []


def test_a_definite_adjective_after_a_definite_noun_is_no_person() -> None:
    d = runs_doc("وتطرق الباحث إلى الحديث الشريف المشار إليه.", ["الشريف"])
    assert _ents(d, "PERSON") == []


def test_a_relative_adjective_opens_no_name() -> None:
    d = runs_doc("ويؤمن المقاتلون بحديث نبوي شريف عن الرايات السود.", ["نبوي", "شريف"])
    assert _ents(d, "PERSON") == []


def test_a_family_name_of_the_relative_form_alone_is_still_a_person() -> None:
    # counter-case: «المالكي» after a definite noun is the man, not an adjective
    d = runs_doc("وانتقد رئيس الحكومة السابق ذلك، وحمل المسؤولية المالكي وحده.", ["المالكي"])
    assert "المالكي" in [n for n, _ in _ents(d, "PERSON")]


def test_a_given_name_after_a_title_is_still_a_person() -> None:
    # counter-case: «شريف» after a noun that is a man's given name: «نواز شريف»
    d = runs_doc("وقال رئيس الوزراء نواز شريف إن الوضع صعب.", ["نواز", "شريف"])
    assert "نواز شريف" in [n for n, _ in _ents(d, "PERSON")]


def test_bad_faith_is_no_name() -> None:
    d = typed_runs_doc("واتهم المحامي الشركة بالتصرف بسوء نية في العقد.", ("MISC", ["بسوء", "نية"]))
    assert _ents(d) == []

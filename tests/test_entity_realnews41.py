"""Entities in news constructions, round 41 (a judged sample of entities on real news, and its errors): a
Maghrebi given name written with the article («الطيب», «الهادي») after a title is the given name of the tagger's
surname after it; so is a given name after a title and its portfolio that a pronoun owns («ووزير خارجيته»)."""

from __future__ import annotations

from typing import Any

from conftest import runs_doc


def _persons(doc: Any) -> list[str]:
    return sorted(e.name for e in doc.entities if e.type == "PERSON")


def test_a_definite_given_name_after_a_title_is_his() -> None:
    d = runs_doc("وقال وزير الخارجية الطيب بكوش إن الزيارة مهمة.", ["بكوش"])
    assert _persons(d) == ["الطيب بكوش"]


def test_another_definite_given_name_after_a_title() -> None:
    d = runs_doc("وصرح الوزير الهادي بكوش للصحافيين أمس.", ["بكوش"])
    assert _persons(d) == ["الهادي بكوش"]


def test_a_common_adjective_after_a_title_is_no_given_name() -> None:
    # counter-case: «الجديد» (the new) is no given name; the tagger's name stays alone
    d = runs_doc("وقال الوزير الجديد بكوش إن الزيارة مهمة.", ["بكوش"])
    assert _persons(d) == ["بكوش"]


def test_a_country_adjective_after_a_title_is_no_given_name() -> None:
    # counter-case: «العربي» is an adjective (and a common word), never read as his given name
    d = runs_doc("وقال الوزير العربي بكوش إن الزيارة مهمة.", ["بكوش"])
    assert "العربي بكوش" not in _persons(d)


def test_a_given_name_after_a_possessed_portfolio_is_his() -> None:
    d = runs_doc("التقى رئيس الحكومة ووزير خارجيته الطيب بكوش بالوفد.", ["بكوش"])
    assert "الطيب بكوش" in _persons(d)


def test_a_given_name_after_his_defence_minister() -> None:
    d = runs_doc("واستقبل الرئيس أمس وزير دفاعه خالد العبيدي في القصر.", ["العبيدي"])
    assert "خالد العبيدي" in _persons(d)


def test_a_possessed_noun_of_no_portfolio_gives_no_name() -> None:
    # counter-case: «بيته» is no portfolio of a title; the word before the surname is not taken in
    d = runs_doc("وعاد الوزير إلى بيته الطيب بكوش مساء.", ["بكوش"])
    assert "الطيب بكوش" not in _persons(d)

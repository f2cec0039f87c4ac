"""Entities in news constructions, round 36 (roles after the name, common words read as places, missing
countries): «ممثلاً لوزارة ...» after a name is the man's role; a royal office before «الدكتور» and a name is
another man's; a tagger's place that is a common noun of place kind with no name after it is no entity; Scotland
Yard, Air France and the Democratic Party near the United States carry their countries."""

from __future__ import annotations

from typing import Any

from conftest import person_roles, typed_runs_doc, names_of_type as _names


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def _country(doc: Any, name: str) -> str | None:
    return next(e.country for e in doc.entities if e.name == name)


def test_a_representative_of_a_body_after_a_name() -> None:
    doc = _doc("وعين المجلس خالد بن سعد المطيري ممثلاً لوزارة الصحة في اللجنة.",
               ("PERS", ["خالد", "بن", "سعد", "المطيري"]))
    assert any("لوزارة الصحة" in r for r in person_roles(doc)["خالد بن سعد المطيري"])
    doc = _doc("وحضر سامي الحربي مندوبا للجامعة العربية.", ("PERS", ["سامي", "الحربي"]))
    assert any("للجامعة العربية" in r for r in person_roles(doc)["سامي الحربي"])
    # no body after it: no role
    doc = _doc("وحضر سامي الحربي ممثلا بارعا في الفيلم.", ("PERS", ["سامي", "الحربي"]))
    assert person_roles(doc)["سامي الحربي"] == []


def test_a_royal_office_before_a_doctor_is_another_mans() -> None:
    doc = _doc("وضم الوفد المرافق لولي العهد الدكتور فهد العتيبي وزير التجارة.", ("PERS", ["فهد", "العتيبي"]))
    roles = person_roles(doc)["فهد العتيبي"]
    assert not any("ولي العهد" in r for r in roles)
    assert "وزير التجارة" in roles
    # a minister before the doctor: the man named is the minister
    doc = _doc("وحضر وزير التجارة الدكتور فهد العتيبي الحفل.", ("PERS", ["فهد", "العتيبي"]))
    assert any("وزير التجارة" in r for r in person_roles(doc)["فهد العتيبي"])


def test_a_common_noun_of_place_is_no_place() -> None:
    doc = _doc("وتقدمت القوات في الريف الغربي وسار الناس على الكورنيش.", ("LOC", ["الريف"]), ("LOC", ["الكورنيش"]))
    assert "الريف" not in _names(doc, "LOCATION") and "الكورنيش" not in _names(doc, "LOCATION")
    # a name after the noun: left as the tagger found it
    doc = _doc("وتحصنوا في جبل قاسيون قرب دمشق.", ("LOC", ["جبل"]))
    assert "جبل" in _names(doc, "LOCATION")


def test_bodies_of_a_country() -> None:
    doc = _doc("وقالت شرطة سكوتلاند يارد إنها اعتقلت رجلا.", ("ORG", ["سكوتلاند", "يارد"]))
    assert _country(doc, "سكوتلاند يارد") == "GBR"
    doc = _doc("وألغت شركة إير فرانس رحلاتها إلى بيروت.", ("ORG", ["إير", "فرانس"]))
    assert _country(doc, "إير فرانس") == "FRA"
    doc = _doc("وقال الحزب الديمقراطي في واشنطن إن الرئيس سيوقع القانون.", ("ORG", ["الحزب", "الديمقراطي"]))
    assert _country(doc, "الحزب الديمقراطي") == "USA"
    # no American place near it: no country
    doc = _doc("وقال الحزب الديمقراطي إن الانتخابات ستجرى في موعدها.", ("ORG", ["الحزب", "الديمقراطي"]))
    assert _country(doc, "الحزب الديمقراطي") is None


"""Entities in real-news constructions, round 17: a word for a people, a community or a sect that a tagger read
as a body is none («الأكراد», «السنة والشيعة», «الأكراد السوريون», «مؤيد للأكراد»; peoples.txt), while a place
named after one stays («جبل الأكراد»); holy sites are places (sites.tsv: «المسجد الحرام»); a gloss in brackets
between a title and the name («رئيس مجلس الأمة (البرلمان)») keeps the role, but not one that holds a name; an
indefinite «ممثل» or «مندوب» before a state or an international body is a representative («ممثل الأمم المتحدة
للعراق», «مندوب السعودية لدى ...»); a country in «لـ» after a complete non-envoy office is where he goes, not
part of the role («زيارة ولي العهد وزير الدفاع للأردن»)."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities

import rasd


def _tagged(text: str, *runs: tuple[str, list[str]]) -> Doc:
    doc = rasd.analyze(text, date="2015-08-01")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc


def _types(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


def test_a_people_or_a_sect_is_no_body() -> None:
    doc = _tagged("وقال الكاتب إن الخلاف بين السنة والشيعة قديم، وإن الأكراد يطالبون بحكم ذاتي.",
                  ("ORG", ["السنة", "والشيعة"]), ("ORG", ["الأكراد"]))
    assert not [e.name for e in doc.entities if e.type == "ORGANIZATION"]
    adj = _tagged("وقاتل الأكراد السوريون التنظيم، ونقلت صحف مؤيدة للأكراد الخبر.",
                  ("ORG", ["الأكراد", "السوريون"]), ("ORG", ["مؤيدة", "للأكراد"]))
    assert not [e.name for e in adj.entities if e.type == "ORGANIZATION"]
    # a body with a group word in it is still one; so is an armed group (not a people)
    party = _tagged("وفاز حزب الشعوب الديمقراطي بمقاعد، وهاجم الحوثيون المدينة.",
                    ("ORG", ["حزب", "الشعوب", "الديمقراطي"]))
    assert _types(party).get("حزب الشعوب الديمقراطي") == "ORGANIZATION"
    assert any(e.actor and e.type == "ORGANIZATION" for e in party.entities if "حوثي" in e.name)


def test_a_place_named_after_a_people_stays_a_place() -> None:
    doc = _tagged("وقصفت الطائرات قرى في جبل الأكراد أمس.", ("LOC", ["جبل", "الأكراد"]))
    assert _types(doc).get("جبل الأكراد") == "LOCATION"


def test_holy_sites_are_places() -> None:
    doc = _tagged("وافتتح الأمير مشروعا في المسجد الحرام وآخر في المسجد النبوي.", ("ORG", ["الحرام"]))
    places = {e.name: (e.type, e.country) for e in doc.entities}
    assert places.get("المسجد الحرام") == ("LOCATION", "SAU")
    assert places.get("المسجد النبوي") == ("LOCATION", "SAU")
    assert "الحرام" not in places


def test_a_gloss_in_brackets_between_title_and_name_keeps_the_role() -> None:
    doc = runs_doc("وقال رئيس مجلس الأمة (البرلمان) مرزوق الغانم إن الجلسة ستعقد غدا.", ["مرزوق", "الغانم"])
    assert person_roles(doc).get("مرزوق الغانم") == ["رئيس مجلس الأمة (البرلمان)"]
    # a bracket with a name in it is no gloss of the title: the name is read as before
    named = runs_doc("وقال زعيم (النصرة) أبو محمد الجولاني إن الحرب طويلة.", ["أبو", "محمد", "الجولاني"])
    assert _types(named).get("النصرة") == "ORGANIZATION"


def test_an_indefinite_representative_of_a_body_or_state() -> None:
    un = runs_doc("وقال ممثل الأمم المتحدة للعراق يان كوبيتش إن الوضع خطير.", ["يان", "كوبيتش"])
    man = next(e for e in un.entities if e.name == "يان كوبيتش")
    assert man.roles == ["ممثل الأمم المتحدة للعراق"] and man.actor == "IGOUNO"
    envoy = runs_doc("وقال مندوب السعودية لدى الأمم المتحدة عبد الله المعلمي إن القرار مهم.",
                     ["عبد", "الله", "المعلمي"])
    man = next(e for e in envoy.entities if e.name == "عبد الله المعلمي")
    assert man.roles == ["مندوب السعودية لدى الأمم المتحدة"] and man.country == "SAU"
    # «ممثل» with no state or body after it is an actor of films: no office
    actor = runs_doc("وفاز ممثل شاب بجائزة المهرجان أمس.")
    assert not person_roles(actor)


def test_a_country_in_lam_after_an_office_is_the_destination() -> None:
    doc = runs_doc("وتأتي زيارة ولي العهد وزير الدفاع للأردن الأمير خالد الفيصل في إطار التنسيق.",
                   ["خالد", "الفيصل"])
    roles = [r for rs in person_roles(doc).values() for r in rs]
    assert roles and not any("للأردن" in r for r in roles)
    # an envoy's country in «لـ» is where he serves: part of the role
    amb = runs_doc("والتقى السفير الروسي للعراق إيليا مورغونوف وزير الخارجية.", ["إيليا", "مورغونوف"])
    assert person_roles(amb).get("إيليا مورغونوف") == ["السفير الروسي للعراق"]

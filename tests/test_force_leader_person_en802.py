"""Round en802: the leader named inside «القوات الموالية لـ X» is a PERSON of the article as well (his own mention
inside the forces'), joined to his other mentions; the forces stay the doer of their events."""

from __future__ import annotations

import rasd
from rasd.doc import Doc


def _doc(text: str, date: str = "2015-08-04") -> Doc:
    return rasd.analyze(text, date=date)


def _ent(doc: Doc, name: str) -> tuple[str, str | None, str | None, list[str], list[str]]:
    e = next(e for e in doc.entities if e.name == name)
    return e.type, e.country, e.actor, list(e.roles), [doc.text[m.start : m.end] for m in e.mentions]


def _sources(doc: Doc) -> list[str | None]:
    names = {e.id: e.name for e in doc.entities}
    return [names.get(v.source) if v.source else None for v in doc.events]


def test_leader_only_inside_the_forces_is_a_person() -> None:
    doc = _doc("وهاجمت القوات الموالية للرئيس المخلوع علي عبد الله صالح مواقع المقاومة في تعز.")
    assert _ent(doc, "علي عبد الله صالح") == ("PERSON", "YEM", "YEMELI", ["الرئيس المخلوع"],
                                              ["علي عبد الله صالح"])
    force = _ent(doc, "القوات الموالية للرئيس المخلوع علي عبد الله صالح")
    assert force[:3] == ("ORGANIZATION", "YEM", "YEMREB")
    assert _sources(doc)[0] == "القوات الموالية للرئيس المخلوع علي عبد الله صالح"


def test_sitting_head_inside_the_forces_is_a_person() -> None:
    doc = _doc("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو مدينة عدن.")
    assert _ent(doc, "عبد ربه منصور هادي") == ("PERSON", "YEM", "YEMGOV", ["الرئيس"], ["عبد ربه منصور هادي"])
    assert _ent(doc, "القوات الموالية للرئيس عبد ربه منصور هادي")[:3] == ("ORGANIZATION", "YEM", "YEMMIL")


def test_leader_named_elsewhere_is_one_person_with_both_mentions() -> None:
    doc = _doc("وزار الرئيس عبد ربه منصور هادي الرياض أمس. وقصفت القوات الموالية لهادي مواقع الحوثيين في عدن.")
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert [e.name for e in persons] == ["عبد ربه منصور هادي"]
    assert [doc.text[m.start : m.end] for m in persons[0].mentions] == ["عبد ربه منصور هادي", "هادي"]
    force = next(e for e in doc.entities if e.name == "القوات الموالية لهادي")
    inner = persons[0].mentions[1]
    assert force.mentions[0].start < inner.start and inner.end == force.mentions[0].end
    assert _sources(doc)[1:][0] == "القوات الموالية لهادي"


def test_counter_cases_no_leader_person() -> None:
    doc = _doc("وانتقدت الأحزاب الموالية للحكومة قرار البرلمان.")
    assert not any(e.type == "PERSON" for e in doc.entities)
    doc = _doc("وتقدمت القوات الموالية للشرعية نحو مدينة عدن.")
    assert not any(e.type == "PERSON" for e in doc.entities)
    doc = _doc("والتقى الرئيس عبد ربه منصور هادي السفير في الرياض.")
    assert [doc.text[m.start : m.end] for e in doc.entities if e.type == "PERSON" for m in e.mentions] == ["عبد ربه منصور هادي"]

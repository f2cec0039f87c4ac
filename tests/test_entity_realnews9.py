"""Entities in real-news constructions, round 9: a verb after a tagged name, former officials and a sports
federation's head, «الممثل» as a title, a deputy's title with the office he deputises in it, «المشهد»/«مشهد» and
«ريف», and a tribe's name alone."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.entities.stage import analyze_entities


def _ents(text: str, words: list[str], typ: str = "PERS") -> list[tuple[str, str]]:
    doc = rasd.Pipeline(["tokens", "sentences"])(text)
    analyze_entities(doc, tagger=RunsTagger(words, typ=typ))
    return [(e.type, e.name) for e in doc.entities]


def _person(doc: rasd.Doc, name: str) -> rasd.doc.Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def _doc(text: str) -> rasd.Doc:
    return rasd.analyze(text, date="2015-06-01")


def test_future_or_present_verb_after_a_tagged_name_is_trimmed() -> None:
    got = _ents("وأكد مسؤولون أن جون كيري سيلتقي نظيره الروسي غدا.", ["جون", "كيري", "سيلتقي"])
    assert ("PERSON", "جون كيري") in got and not any("سيلتقي" in n for _, n in got)
    got = _ents("وأكد مسؤولون أن ماريا تزور السعودية غدا.", ["ماريا", "تزور"])
    assert ("PERSON", "ماريا") in got
    # a rare word in «سي» of no verb is a foreign name's end
    got = _ents("وقال المعارض ليم كيت سيانج للصحافيين إن القضية لم تنته.", ["ليم", "كيت", "سيانج"])
    assert ("PERSON", "ليم كيت سيانج") in got


def test_former_official_is_of_the_elite_not_the_government() -> None:
    e = _person(_doc("وقال وزير الدفاع الإسرائيلي السابق داني روتم إن الحرب لم تنته."), "داني روتم")
    assert e.country == "ISR" and e.actor == "ISRELI"
    e = _person(_doc("وقال وزير الدفاع الإسرائيلي داني روتم إن الحرب لم تنته."), "داني روتم")
    assert e.actor == "ISRGOV"


def test_national_federation_head_holds_no_government_office() -> None:
    e = _person(_doc("ورئيس الاتحاد الليبيري موسى بيليتي أعلن ترشحه."), "موسى بيليتي")
    assert e.roles == ["رئيس الاتحاد الليبيري"] and e.actor == "LBR"
    assert _person(_doc("وقال رئيس الاتحاد الأفريقي روبرت موغابي إن القمة ناجحة."), "روبرت موغابي").actor == "IGOAFR"


def test_representative_with_its_qualifier_is_a_title() -> None:
    e = _person(_doc("وقال الممثل الأميركي الخاص للشؤون التجارية مايكل فرومان إن الاتفاق قريب."), "مايكل فرومان")
    assert e.roles == ["الممثل الأميركي الخاص للشؤون التجارية"] and e.actor == "USAGOV"
    e = _person(_doc("وقال الممثل الأعلى للسياسة الخارجية خافيير فولتر إن الحوار مهم."), "خافيير فولتر")
    assert e.roles == ["الممثل الأعلى للسياسة الخارجية"] and e.actor == "IGOEU"
    e = _person(_doc("وقال نائب الممثل الخاص للأمين العام للأمم المتحدة في العراق بيتر هاوس إن الهجوم مدان."),
                "بيتر هاوس")
    assert e.actor == "IGOUNO"
    # «الممثل» + a country adjective alone is an actor of cinema
    doc = _doc("وفاز الممثل الأميركي توم هانكس بالجائزة.")
    assert all(not e.roles for e in doc.entities)


def test_second_deputy_of_the_president_keeps_the_whole_title() -> None:
    e = _person(_doc("وقال النائب الثاني للرئيس السوداني حسبو محمد عبد الرحمن إن الحكومة ملتزمة."),
                "حسبو محمد عبد الرحمن")
    assert e.roles == ["النائب الثاني للرئيس السوداني"] and e.actor == "SDNGOV"


def test_scene_is_not_mashhad() -> None:
    assert not any(e.type == "LOCATION" for e in _doc("وبكى الحاضرون في مشهد مؤثر.").entities)
    assert [(e.name, e.country) for e in _doc("ووصل الوفد إلى مدينة مشهد الإيرانية.").entities] == [("مشهد", "IRN")]
    assert not _ents("وتغير المشهد السياسي في البلاد.", ["المشهد"], "LOC")


def test_countryside_alone_is_no_place_and_cuts_a_tagged_run() -> None:
    got = _ents("وقتل عشرة أشخاص في ريف حمص الشمالي أمس.", ["ريف"], "LOC")
    assert ("LOCATION", "ريف") not in got and ("LOCATION", "حمص") in got
    got = _ents("وقصفت الطائرات مواقع في أعزاز بريف حلب الشمالي.", ["أعزاز", "بريف", "حلب"], "ORG")
    assert ("LOCATION", "أعزاز") in got and not any(t == "ORGANIZATION" for t, _ in got)


def test_tribe_name_alone_names_no_listed_person() -> None:
    e = _person(_doc("وقال العتيبي إن القرار نهائي."), "العتيبي")
    assert e.actor is None and "gazetteer" not in e.attrs

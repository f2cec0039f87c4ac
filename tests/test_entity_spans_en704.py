"""Round en704: an atomic-energy body with a country adjective is one organisation of that country; a hotel named
by its own name takes the country of the town «في» names after it; a verb the writer sets in quotation marks before
its preposition is no name."""

from __future__ import annotations

import rasd
from rasd.entities.quotedverbs import verb_shape
from rasd.text.normalize import norm_key


def _doc(text: str) -> rasd.Doc:
    return rasd.analyze(text, "2015-05-01")


def _ents(doc: rasd.Doc) -> dict[str, rasd.Entity]:
    return {e.name: e for e in doc.entities}


# (a) «هيئة + الطاقة الذرية + nisba»

def test_atomic_energy_authority_with_its_nisba_is_one_iranian_body() -> None:
    doc = _doc("قال رئيس هيئة الطاقة الذرية الإيرانية إن بلاده ستواصل التخصيب.")
    body = _ents(doc)["هيئة الطاقة الذرية الإيرانية"]
    assert (body.type, body.country, body.actor) == ("ORGANIZATION", "IRN", "IRNGOV")
    assert "هيئة الطاقة الذرية" not in _ents(doc)


def test_nuclear_regulatory_authority_with_its_nisba_is_egyptian() -> None:
    doc = _doc("أعلنت هيئة الرقابة النووية المصرية أمس انتهاء التفتيش على المفاعل.")
    body = _ents(doc)["هيئة الرقابة النووية المصرية"]
    assert (body.type, body.country) == ("ORGANIZATION", "EGY")


def test_atomic_energy_organisation_keeps_its_country() -> None:
    doc = _doc("وأعلنت منظمة الطاقة الذرية الإيرانية أمس أنها ستسمح للمفتشين بزيارة الموقع.")
    assert _ents(doc)["منظمة الطاقة الذرية الإيرانية"].country == "IRN"


def test_atomic_energy_authority_without_nisba_has_no_country() -> None:
    doc = _doc("قال رئيس هيئة الطاقة الذرية إن المفاعل آمن.")
    body = _ents(doc)["هيئة الطاقة الذرية"]
    assert body.country is None


def test_the_international_agency_stays_listed() -> None:
    doc = _doc("زار مفتشو الوكالة الدولية للطاقة الذرية الموقع أمس.")
    assert _ents(doc)["الوكالة الدولية للطاقة الذرية"].actor == "IGOUNO"


# (b) «فندق + own name + في + town»

def test_own_named_hotel_takes_the_country_of_its_town() -> None:
    doc = _doc("وهاجم مسلحون فندق الشيراتون في عدن صباح الأحد.")
    hotel = _ents(doc)["فندق الشيراتون"]
    assert (hotel.type, hotel.country, hotel.actor) == ("ORGANIZATION", "YEM", "YEMBUS")
    assert _ents(doc)["عدن"].type == "LOCATION"


def test_hotel_named_by_a_common_word_before_its_town_is_one() -> None:
    doc = _doc("وانفجرت سيارة مفخخة قرب فندق القصر في بغداد.")
    hotel = _ents(doc)["فندق القصر"]
    assert (hotel.country, hotel.actor) == ("IRQ", "IRQBUS")


def test_own_named_hotel_without_a_town_has_no_country() -> None:
    doc = _doc("انفجرت قنبلة على مقربة من فندق الشيراتون، إذ سمع السكان دويا.")
    hotel = _ents(doc)["فندق الشيراتون"]
    assert (hotel.country, hotel.actor) == (None, None)


def test_hotel_named_by_a_common_word_without_a_town_is_none() -> None:
    doc = _doc("ونزل الوفد في فندق القصر.")
    assert "فندق القصر" not in _ents(doc)


def test_hotel_named_by_its_town_is_unchanged() -> None:
    doc = _doc("وهاجم مسلحون فندق سوسة أمس.")
    assert _ents(doc)["فندق سوسة"].country == "TUN"


# (c) «"هاجر" إلى»

def test_quoted_verb_before_its_preposition_is_no_entity() -> None:
    doc = _doc("وقبل أن يبلغ العشرين، «هاجر» إلى أفغانستان حيث انضم إلى تنظيم القاعدة.")
    assert "هاجر" not in _ents(doc)
    assert _ents(doc)["أفغانستان"].country == "AFG"


def test_verb_shapes() -> None:
    assert [verb_shape(norm_key(w)) for w in ("هاجر", "يهاجر", "انتقل", "سافر")] == [True] * 4
    assert [verb_shape(norm_key(w)) for w in ("داعش", "حزب", "الهجرة", "خالد")] == [False] * 4


def test_quoted_movement_after_a_preposition_stays() -> None:
    doc = _doc("وصل وفد من «حماس» إلى القاهرة أمس لبحث التهدئة.")
    assert _ents(doc)["حماس"].type == "ORGANIZATION"

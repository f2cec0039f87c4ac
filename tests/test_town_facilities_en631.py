"""Round en631: a hotel, a stadium, a port or an airport named by its town is a facility organisation of the town's
country, the target of an attack on it, while the town stays the event's place."""

from __future__ import annotations

import rasd
from conftest import analyze_news


def _doc(text: str) -> rasd.Doc:
    return rasd.analyze(text, "2015-05-01")


def _ents(doc: rasd.Doc) -> dict[str, rasd.Entity]:
    return {e.name: e for e in doc.entities}


def _name(doc: rasd.Doc, eid: str | None) -> str | None:
    e = doc.entity(eid)
    return e.name if e is not None else None


def test_an_attacked_hotel_is_the_target_and_its_town_the_place() -> None:
    doc = _doc("قتل مسلح عشرات السياح في الهجوم على فندق سوسة يوم الجمعة.")
    hotel = _ents(doc)["فندق سوسة"]
    assert (hotel.type, hotel.country, hotel.actor) == ("ORGANIZATION", "TUN", "TUNBUS")
    ev = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "الهجوم")
    assert _name(doc, ev.target) == "فندق سوسة"
    assert _name(doc, ev.location) == "سوسة"


def test_a_shelled_airport_is_the_target_of_no_sector() -> None:
    doc = _doc("قصفت الطائرات مطار صنعاء صباح اليوم.")
    airport = _ents(doc)["مطار صنعاء"]
    assert (airport.country, airport.actor) == ("YEM", None)
    ev = doc.events[0]
    assert (_name(doc, ev.target), _name(doc, ev.location)) == ("مطار صنعاء", "صنعاء")


def test_an_arrival_at_the_airport_is_in_the_town() -> None:
    doc = _doc("وصل الوزير إلى مطار بغداد أمس.")
    ev = doc.events[0]
    assert ev.code == "042"
    assert _name(doc, ev.location) == "بغداد"


def test_a_hotel_of_its_own_name_takes_the_town_after_fi() -> None:
    doc = _doc("وقع انفجار أمام فندق الشيراتون في عدن مساء أمس.")
    hotel = _ents(doc)["فندق الشيراتون"]
    assert (hotel.type, hotel.country) == ("ORGANIZATION", "YEM")  # round en704: the town «في» names (was None)
    assert _name(doc, doc.events[0].location) == "عدن"


def test_counter_cases_keep_the_town() -> None:
    doc = _doc("هاجم مسلح فندقا في سوسة صباح أمس.")  # an indefinite hotel: the town is the place only
    assert "فندقا في سوسة" not in _ents(doc) and _ents(doc)["سوسة"].type == "LOCATION"
    assert _name(doc, doc.events[0].location) == "سوسة"
    doc = _doc("هبطت الطائرة في مطار عدن الدولي أمس.")  # an airport with its adjective stays a place
    assert _ents(doc)["مطار عدن الدولي"].type == "LOCATION"
    doc = _doc("افتتح الوزير فندقا فاخرا في القاهرة.")  # no name after the hotel
    assert not any(e.name.startswith("فندق") for e in doc.entities)


def test_a_meeting_in_a_town_named_facility_is_held_in_the_town() -> None:
    # review of session 47: the facility's «في» stays with its town for a meeting's place (where_facility.town_split)
    for text, town in (("وعقد الاجتماع في فندق سوسة أمس.", "سوسة"), ("وعقد الاجتماع في مطار بغداد أمس.", "بغداد")):
        doc = analyze_news(text)
        names = {e.id: e.name for e in doc.entities}
        assert [names.get(ev.location or "") for ev in doc.events] == [town]
    # an attack «على» the hotel: the hotel the target, the town the place (not a target's «على» on the town)
    doc = analyze_news("وقع هجوم على فندق سوسة أمس.")
    names = {e.id: e.name for e in doc.entities}
    assert [(names.get(ev.target or ""), names.get(ev.location or "")) for ev in doc.events] == [("فندق سوسة", "سوسة")]

"""Round ev809: the place that witnesses an act over a relative aside set off by commas («وشهدت تشاد، التي تشارك
في التحالف ...، هجومين انتحاريين»: Chad), and the finest place of one phrase: a town of a country said right
before «في (شمال) X» («قرب مارع في شمال سوريا», «في حلب في سوريا»: the town). Counter-cases: a subject that is
not a place («شهد الاجتماع، الذي ...، توقيع») gives no witness; two countries («في تركيا في شمال سوريا») and a
city after a facility («بقصر الاتحادية في القاهرة») keep the place found; a town of another country keeps the
country."""

from __future__ import annotations

from rasd.doc import Doc, Event

import rasd


def _where(doc: Doc, trigger: str) -> str | None:
    evs: list[Event] = [ev for ev in doc.events if doc.text[ev.trigger.start:ev.trigger.end] == trigger]
    assert len(evs) == 1
    names = {e.id: e.name for e in doc.entities}
    return names.get(evs[0].location) if evs[0].location else None


def test_witness_over_relative_aside() -> None:
    doc = rasd.analyze("وشهدت تشاد، التي تشارك في التحالف الدولي ضد المتشددين، هجومين انتحاريين خلال أقل من "
                       "شهر.", date="2015-08-01")
    assert _where(doc, "هجومين انتحاريين") == "تشاد"


def test_witness_plain_still() -> None:
    doc = rasd.analyze("وشهدت محافظة تعز أمس مواجهات عنيفة.", date="2015-08-01")
    assert _where(doc, "مواجهات") == "تعز"


def test_witness_aside_subject_not_place() -> None:
    doc = rasd.analyze("وشهد الاجتماع، الذي حضره عدد من المسؤولين، هجوما حادا على الحكومة.", date="2015-08-01")
    assert all(ev.location is None for ev in doc.events)


def test_witness_relative_place() -> None:
    doc = rasd.analyze("وتحدث الوزير عن المجازر التي شهدتها رواندا قبل عشرين عاما.", date="2015-08-01")
    assert _where(doc, "المجازر") == "رواندا"


def test_town_near_before_country_region() -> None:
    doc = rasd.analyze("وشنت طائرات التحالف غارات على مواقع التنظيم قرب مارع في شمال سوريا.", date="2015-08-01")
    assert _where(doc, "غارات") == "مارع"


def test_town_fi_before_country() -> None:
    doc = rasd.analyze("وقالت مصادر إن انفجارا وقع في الموصل في شمال العراق.", date="2015-08-01")
    assert _where(doc, "انفجارا") == "الموصل"


def test_country_before_country_kept() -> None:
    doc = rasd.analyze("وشنت طائرات التحالف غارات على مواقع التنظيم قرب تركيا في شمال سوريا.", date="2015-08-01")
    assert _where(doc, "غارات") == "سوريا"


def test_facility_before_city_kept() -> None:
    doc = rasd.analyze("وخلال المباحثات التي عقدت بقصر الاتحادية في القاهرة، أكد الرئيس أن بلاده ستدعم اليمن.",
                       date="2015-08-01")
    assert _where(doc, "أكد") == "القاهرة"


def test_town_of_other_country_kept() -> None:
    doc = rasd.analyze("وشنت طائرات التحالف غارات على مواقع التنظيم قرب الموصل في شمال سوريا.", date="2015-08-01")
    assert _where(doc, "غارات") == "سوريا"

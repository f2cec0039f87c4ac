"""Round mend703: an indefinite sound plural after a verb of force, with the name of a body or place right after it
(«هاجم مسلحون مجهولون مطار عدن»), is the verb's subject and the named place its object (events.named_objects), not
the patient of an unvocalised passive. Counter-cases: a plural before a preposition stays the passive's patient
(«قتل مسلحون في عدن»), a person's name after a title is still passed over («جرح وزير الدفاع الياس المر»), and a
definite subject or an oblique object are read as before. Hand-made Arabic sentences."""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _event(doc: Doc, trigger: str) -> Event:
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else None


def _actor(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid) if eid is not None else None
    return ent.actor if ent is not None else None


def test_gunmen_storm_an_airport(pipe: Pipeline) -> None:
    doc = pipe("اقتحم مسلحون مطار عدن.")
    ev = _event(doc, "اقتحم")
    assert ev.code == "190"
    assert (_name(doc, ev.source), _actor(doc, ev.source)) == ("مسلحون", "UAF")
    assert _name(doc, ev.target) == "مطار عدن"
    assert _name(doc, ev.location) == "عدن"


def test_unknown_gunmen_attack_an_airport_yesterday(pipe: Pipeline) -> None:
    doc = pipe("هاجم مسلحون مجهولون مطار عدن أمس.", date="2015-05-01")
    ev = _event(doc, "هاجم")
    assert (_name(doc, ev.source), _name(doc, ev.target)) == ("مسلحون", "مطار عدن")
    assert ev.date == "2015-04-30"


def test_gunmen_attack_a_hotel_in_a_town(pipe: Pipeline) -> None:
    doc = pipe("هاجم مسلحون فندق الشيراتون في عدن.")
    ev = _event(doc, "هاجم")
    tgt = doc.entity(ev.target) if ev.target is not None else None
    assert _name(doc, ev.source) == "مسلحون"
    assert tgt is not None and tgt.name == "فندق الشيراتون" and tgt.actor == "YEMBUS"
    assert _name(doc, ev.location) == "عدن"


def test_militants_target_an_embassy(pipe: Pipeline) -> None:
    doc = pipe("استهدف متشددون مجهولون السفارة الأمريكية في صنعاء.")
    ev = _event(doc, "استهدف")
    assert _name(doc, ev.source) == "متشددون"
    assert _actor(doc, ev.target) == "USAGOV"
    assert _name(doc, ev.location) == "صنعاء"


def test_definite_gunmen_unchanged(pipe: Pipeline) -> None:
    doc = pipe("هاجم المسلحون مطار عدن أمس.")
    ev = _event(doc, "هاجم")
    assert (_name(doc, ev.source), _name(doc, ev.target)) == ("المسلحون", "مطار عدن")


def test_army_attacks_militant_positions_unchanged(pipe: Pipeline) -> None:
    doc = pipe("هاجم الجيش مواقع المسلحين.")
    ev = _event(doc, "هاجم")
    assert (_name(doc, ev.source), _name(doc, ev.target)) == ("الجيش", "المسلحين")


def test_raids_target_gunmen_unchanged(pipe: Pipeline) -> None:
    doc = pipe("استهدفت غارات مسلحين في عدن.")
    ev = _event(doc, "استهدفت")
    assert ev.source is None
    assert _name(doc, ev.target) == "مسلحين"
    assert _name(doc, ev.location) == "عدن"


def test_gunmen_killed_stay_the_passive_patient(pipe: Pipeline) -> None:
    doc = pipe("قتل مسلحون في عدن.")
    ev = _event(doc, "قتل")
    assert ev.source is None
    assert _name(doc, ev.target) == "مسلحون"


def test_gunmen_killed_in_an_attack_on_an_airport(pipe: Pipeline) -> None:
    doc = pipe("قتل مسلحون مجهولون في هجوم على مطار عدن.")
    ev = _event(doc, "قتل")
    assert ev.source is None
    assert _name(doc, ev.target) == "مسلحون"


def test_person_name_after_a_title_still_passed_over(pipe: Pipeline) -> None:
    doc = pipe("جرح وزير الدفاع الياس المر في تفجير.")
    ev = _event(doc, "جرح")
    assert ev.source is None
    assert _name(doc, ev.target) == "الياس المر"

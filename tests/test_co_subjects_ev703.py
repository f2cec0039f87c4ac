"""Round ev703: a VSO subject coordinated with a one-word head in construct over a name («الولايات المتحدة ودول
آسيان») ends past that name, so the bare phrase after it is the object (events.co_subjects); not where the name closes
the clause, nor for a co-subject of more words. With it, armed men attacking a facility are the source, the facility
the target phrase and the town the place. Hand-made Arabic sentences."""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline


def _event(doc: Doc, trigger: str) -> Event:
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def _name(doc: Doc, eid: str | None) -> str | None:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else None


def test_bloc_co_subject_leaves_the_object_after_it(pipe: Pipeline) -> None:
    doc = pipe("وطالبت اليابان ودول آسيان الصين بوقف بناء الجزر الصناعية.")
    ev = _event(doc, "وطالبت")
    assert ev.code == "100"
    assert (_name(doc, ev.source), _name(doc, ev.target)) == ("اليابان", "الصين")


def test_bloc_co_subject_before_an_appeal_with_ila(pipe: Pipeline) -> None:
    doc = pipe("ودعت الولايات المتحدة ودول آسيان كوريا الشمالية إلى وقف تجاربها الصاروخية.")
    ev = _event(doc, "ودعت")
    tgt = doc.entity(ev.target) if ev.target is not None else None
    assert _name(doc, ev.source) == "الولايات المتحدة"
    assert tgt is not None and tgt.country == "PRK"


def test_two_named_subjects_unchanged(pipe: Pipeline) -> None:
    doc = pipe("وطالبت مصر والسعودية إيران بوقف تدخلها في شؤون المنطقة.")
    ev = _event(doc, "وطالبت")
    assert (_name(doc, ev.source), _name(doc, ev.target)) == ("مصر", "إيران")


def test_conjunct_genitive_closing_the_clause_stays_the_object(pipe: Pipeline) -> None:
    doc = pipe("في السياق ذاته، صعدت المقاومة هجماتها التي تستهدف الميليشيات الحوثية وقوات صالح.")
    ev = _event(doc, "هجماتها")
    assert ev.code == "190"
    assert _name(doc, ev.target) == "صالح"


def test_armed_men_attack_a_hotel(pipe: Pipeline) -> None:
    doc = pipe("هاجم مسلحون مجهولون فندق القصر في عدن.")
    ev = _event(doc, "هاجم")
    src = doc.entity(ev.source) if ev.source is not None else None
    assert ev.code == "190"
    assert src is not None and src.name == "مسلحون" and src.actor == "UAF"
    # (round mend703: since en704 the hotel is a named body, so it is the target entity; the phrase field
    # target_text is only for a target no entity names)
    assert _name(doc, ev.target) == "فندق القصر"
    assert _name(doc, ev.location) == "عدن"


def test_armed_men_storm_a_bank(pipe: Pipeline) -> None:
    doc = pipe("اقتحم مسلحون مقر البنك في صنعاء.")
    ev = _event(doc, "اقتحم")
    assert _name(doc, ev.source) == "مسلحون"
    assert ev.attrs.get("target_text") == "مقر البنك"
    assert _name(doc, ev.location) == "صنعاء"

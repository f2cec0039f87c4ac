"""Round 143: repairs of round 136's collective actors. Mentions do not nest, so the forces loyal to a leader end at
«الموالية» and the leader keeps his PERSON mention. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news


def _entity(doc, text: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.entities if any(doc.text[m.start : m.end] == text for m in e.mentions))


def test_leader_inside_loyal_forces_keeps_his_person_mention() -> None:
    text = ("وتقدمت القوات الموالية لشرعية الرئيس عبد ربه منصور هادي نحو المطار. "
            "وقال هادي إن المعركة ستنتهي قريبا.")
    doc = analyze_news(text)
    forces = _entity(doc, "القوات الموالية")
    assert forces.actor == "YEMMIL"
    person = _entity(doc, "عبد ربه منصور هادي")
    assert (person.type, person.name) == ("PERSON", "عبد ربه منصور هادي")
    assert sum(doc.text[m.start : m.end] == "هادي" for m in person.mentions) == 1  # the later surname attaches


def test_forces_loyal_to_a_former_leader_still_make_no_body() -> None:
    doc = analyze_news("وهاجمت القوات الموالية للرئيس السابق علي عبد الله صالح أحياء المدينة.")
    assert not any(e.name.startswith("القوات الموالية") for e in doc.entities)
    assert any(e.type == "PERSON" and e.name == "علي عبد الله صالح" for e in doc.entities)

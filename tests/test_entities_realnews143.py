"""Round 143: repairs of round 136's collective actors. Mentions do not nest, so the forces loyal to a leader end at
«الموالية» and the leader keeps his PERSON mention. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news


def _entity(doc, text: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.entities if any(doc.text[m.start : m.end] == text for m in e.mentions))


def test_leader_inside_loyal_forces_keeps_his_person_mention() -> None:
    # (round en716: the forces span the leader's name; his later surname is still he: en716b)
    text = ("وتقدمت القوات الموالية لشرعية الرئيس عبد ربه منصور هادي نحو المطار. "
            "وقال هادي إن المعركة ستنتهي قريبا.")
    doc = analyze_news(text)
    forces = _entity(doc, "القوات الموالية لشرعية الرئيس عبد ربه منصور هادي")
    assert forces.actor == "YEMMIL"
    person = _entity(doc, "هادي")
    assert (person.type, person.country, person.actor) == ("PERSON", "YEM", "YEMGOV")


def test_forces_loyal_to_a_former_leader_still_make_no_body() -> None:
    # (round en716: a former head's forces are a body of their own, his state's rebels, spanning his name)
    doc = analyze_news("وهاجمت القوات الموالية للرئيس السابق علي عبد الله صالح أحياء المدينة.")
    assert not any(e.actor == "YEMMIL" for e in doc.entities)
    assert [(e.name, e.actor) for e in doc.entities if e.name.startswith("القوات الموالية")] == [
        ("القوات الموالية للرئيس السابق علي عبد الله صالح", "YEMREB")]

"""Round ev958: victims named as the subject of a verb of dying are the target of the act that killed them
(events.victim_targets)."""

from __future__ import annotations

from conftest import news_event


def _target(text: str, trigger: str) -> tuple[str | None, str | None]:
    """(target entity name, its actor code) of the event whose trigger is ``trigger``."""
    doc, ev = news_event(text, trigger)
    ent = doc.entity(ev.target) if ev.target is not None else None
    return (ent.name, ent.actor) if ent is not None else (None, None)


def test_plural_verb_after_that_gives_blast_its_victims() -> None:
    text = "وقال مسؤول أمني إن أربعة جنود أتراك قتلوا، وأصيب سبعة آخرون، جراء انفجار لغم أرضي في ولاية هكاري."
    doc, ev = news_event(text, "انفجار")
    assert ev.code == "183"
    assert _target(text, "انفجار") == ("جنود أتراك", "TURMIL")


def test_wounded_civilians_are_target_of_shelling() -> None:
    text = "وأصيب خمسة مدنيين بجروح جراء قصف عشوائي مساء الثلاثاء."
    assert _target(text, "قصف") == ("مدنيين", "CVL")


def test_met_their_death_after_car_bomb() -> None:
    text = "ولقي ستة مدنيين حتفهم إثر انفجار سيارة مفخخة في سوق شعبي وسط المدينة."
    doc, ev = news_event(text, "انفجار")
    assert ev.code == "1832"
    assert _target(text, "انفجار") == ("مدنيين", "CVL")


def test_dead_not_named_by_the_codebook_give_no_victims_entity() -> None:
    # counter-case: «أشخاص» is coded as no group: the blast gets no coded victims
    text = "وقال الدفاع المدني إن سبعة أشخاص قتلوا جراء انفجار قنبلة في حافلة للركاب."
    assert _target(text, "انفجار") == (None, None)


def test_active_killer_stays_source_and_raid_keeps_victims() -> None:
    # counter-case: «قتل الجيش»: the army killed; the raid's target is the militants, not the army
    text = "وقتل الجيش عشرة مسلحين في غارة جوية مساء الأحد."
    doc, ev = news_event(text, "غارة جوية")
    assert _target(text, "غارة جوية")[1] == "UAF"
    _, kill = news_event(text, "وقتل")
    assert doc.entity(kill.source) is not None and doc.entity(kill.source).actor == "MIL"


def test_other_act_between_keeps_victims_from_the_shelling() -> None:
    # counter-case: the shelling is what the council condemns, told after its own verb: no cause of the wounds
    text = "وأصيب ثلاثة مدنيين أمس، وندد المجلس المحلي للبلدة بالقصف."
    assert _target(text, "بالقصف") == (None, None)

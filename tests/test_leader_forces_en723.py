"""Round en723: a ruler's forces («قوات هادي») are his state's army, a force joined to a named army shares it
(«مقاتلات وقوات تركية»), and a state's «منظمة» of atomic energy is a body of its government."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news

HADI = "وعاد الرئيس اليمني عبد ربه منصور هادي إلى عدن أمس. "
SALEH = "ودعا الرئيس المخلوع علي عبد الله صالح أنصاره إلى القتال. "


def _role(text: str, trigger: str, role: str) -> tuple[str | None, str | None, str | None]:
    """The name, actor code and type of the entity in ``role`` of the event whose trigger is ``trigger``."""
    doc: Any = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    eid = ev.source if role == "source" else ev.target
    ent = next((x for x in doc.entities if x.id == eid), None)
    return (ent.name, ent.actor, ent.type) if ent else (None, None, None)


def _entity(text: str, name: str) -> tuple[str | None, str | None]:
    doc: Any = analyze_news(text)
    ent = next(e for e in doc.entities if e.name == name)
    return ent.country, ent.actor


def test_rulers_forces_are_his_states_army() -> None:
    assert _role(HADI + "وسقطت القاعدة بعد هجوم شنته قوات هادي على المتمردين.", "هجوم", "source") == (
        "قوات هادي", "YEMMIL", "GROUP")


def test_rulers_forces_are_one_group() -> None:
    doc: Any = analyze_news(HADI + "وسقطت القاعدة بعد هجوم شنته قوات هادي على المتمردين. "
                            "وجاء ذلك بعد قصف نفذته قوات هادي على مواقع الحوثيين.")
    assert [e.actor for e in doc.entities if e.name == "قوات هادي"] == ["YEMMIL"]


def test_unranked_mans_forces_are_not_a_states_army() -> None:
    # counter-case: the deposed president rules no state (YEMELI): his forces get no army's code
    got = _role(SALEH + "وسقطت القاعدة بعد هجوم شنته قوات صالح على المدينة.", "هجوم", "source")
    assert got[1] != "YEMMIL"


def test_forces_with_a_pronoun_are_not_the_rulers() -> None:
    # counter-case: «قواته» is no phrase that names the ruler
    got = _role(HADI + "وسقطت القاعدة بعد هجوم شنته قواته على المتمردين.", "هجوم", "source")
    assert got[1] != "YEMMIL"


def test_force_joined_to_a_named_army_is_that_army() -> None:
    assert _role("وبدأت مقاتلات وقوات تركية مهاجمة عناصر «داعش» في سوريا.", "مهاجمة", "source") == (
        "قوات تركية", "TURMIL", "ORGANIZATION")


def test_force_joined_to_no_army_stays_unnamed() -> None:
    # counter-case: the second conjunct is no army of the article
    assert _role("وبدأت مقاتلات وطائرات مسيرة مهاجمة عناصر «داعش» في سوريا.", "مهاجمة", "source")[1] != "TURMIL"


def test_atomic_energy_organisation_is_iranian_government() -> None:
    assert _entity("وقالت منظمة الطاقة الذرية الإيرانية إن المفاعل يعمل.", "منظمة الطاقة الذرية الإيرانية") == (
        "IRN", "IRNGOV")


def test_rights_organisation_keeps_its_sector() -> None:
    # counter-case: a rights «منظمة» stays HRI
    assert _entity("وقالت منظمة حقوق الإنسان الإيرانية إن السجناء أعدموا.", "منظمة حقوق الإنسان الإيرانية") == (
        "IRN", "IRNHRI")

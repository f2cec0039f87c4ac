"""Round ev803: «قوات الرئيس هادي» after a force verb is one subject, the ruler's army (the title does not end the
phrase), and «طيران/طائرات/مقاتلات التحالف» are the coalition's forces where the article names no coalition."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _event(text: str, trigger: str) -> tuple[tuple[str | None, str | None, str | None], str | None]:
    """((source name, actor, type), target name) of the event whose trigger is ``trigger``."""
    doc: Any = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    src = next((x for x in doc.entities if x.id == ev.source), None)
    tgt = next((x for x in doc.entities if x.id == ev.target), None)
    return (src.name, src.actor, src.type) if src else (None, None, None), tgt.name if tgt else None


def test_titled_ruler_forces_are_the_subject() -> None:
    got = _event("وقصفت قوات الرئيس هادي مواقع للمتمردين في تعز.", "وقصفت")
    assert got == (("قوات الرئيس هادي", "YEMMIL", "GROUP"), "المتمردين")


def test_titled_ruler_is_not_the_object() -> None:
    # (before: source «قوات الرئيس» MIL, target the man «هادي» himself)
    got = _event("وهاجمت قوات الرئيس هادي مواقع الحوثيين في مأرب.", "وهاجمت")
    assert got[0][1] == "YEMMIL" and got[1] != "هادي"


def test_deposed_leader_forces_get_no_state_army() -> None:
    # counter-case: «الرئيس السابق» rules no state; the phrase is whole but gets no army's code, and he is no target
    got = _event("وقصفت قوات الرئيس السابق علي عبد الله صالح مواقع للمتمردين في تعز.", "وقصفت")
    assert got == ((None, None, None), "المتمردين")


def test_other_head_before_a_title_is_left() -> None:
    # counter-case: «إدارة» is no force head: the construct over the title is not run on, his name stays the object
    got = _event("وكانت المنظمات الدولية تدين إدارة الرئيس ديبي الذي وصل إلى السلطة بانقلاب.", "تدين")
    assert got[1] == "ديبي"


def test_coalition_aircraft_are_the_doer_of_strikes() -> None:
    got = _event("في حين واصل طيران التحالف الجمعة غاراته على مواقع الحوثيين في صعدة.", "غاراته")
    assert got == (("طيران التحالف", "MIL", "GROUP"), "الحوثيين")


def test_coalition_warplanes_bomb() -> None:
    got = _event("وقصفت طائرات التحالف مواقع الحوثيين في صنعاء.", "وقصفت")
    assert got == (("طائرات التحالف", "MIL", "GROUP"), "الحوثيين")


def test_named_coalition_takes_its_aircraft() -> None:
    # counter-case: where the article names the coalition, its aircraft are that coalition (round en531), no group
    got = _event("وقال مصدر إن التحالف العربي بقيادة السعودية يواصل عملياته. "
                 "وواصل طيران التحالف غاراته على مواقع الحوثيين في صعدة.", "غاراته")
    assert got == (("التحالف العربي", "IGOCOA", "ORGANIZATION"), "الحوثيين")


def test_support_of_coalition_aircraft_is_no_doer() -> None:
    # counter-case: «بإسناد من طيران التحالف»: support of the advance, no act of the aircraft
    doc: Any = analyze_news("وتقدمت القوات الحكومية بإسناد من طيران التحالف نحو مأرب.")
    assert not any(e.name == "طيران التحالف" for e in doc.entities)

"""Round 283: an act a finite verb of demanding or appealing governs with «بـ» past its object is still to come
(rasd.events.modality._invited, function words ``demand_verbs``), and so is one bid «إلى الخروج في»; hand-made
sentences. The bare «طالب» (also a student) and a demand told by protesters do not fire it."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def _mods(pipe: Pipeline, text: str, code: str) -> list[tuple[str, str]]:
    doc = pipe(text, date="2015-03-02")
    return [(doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events if e.code == code]


def test_demanded_march_is_planned(pipe: Pipeline) -> None:
    assert _mods(pipe, "وطالبت الجبهة أنصارها بتسيير مسيرات احتجاجية ضد الحكومة.", "141") == [
        ("مسيرات احتجاجية", "planned")]


def test_demanded_demonstration_is_planned(pipe: Pipeline) -> None:
    assert _mods(pipe, "وطالبت النقابة الموظفين بتنظيم مظاهرات حاشدة في المدن.", "141") == [("مظاهرات", "planned")]


def test_appeal_to_join_is_planned(pipe: Pipeline) -> None:
    assert _mods(pipe, "وناشدت الرابطة السكان بالمشاركة في المظاهرة يوم الجمعة.", "141") == [("المظاهرة", "planned")]


def test_demanded_attack_is_planned(pipe: Pipeline) -> None:
    assert _mods(pipe, "وطالبت الحكومة الجيش بشن هجمات على مواقع المتمردين.", "190") == [("هجمات", "planned")]


def test_called_to_go_out_in_marches_is_planned(pipe: Pipeline) -> None:
    assert _mods(pipe, "ودعا الحزب أنصاره إلى الخروج في مسيرات احتجاجية.", "141") == [("مسيرات احتجاجية", "planned")]


def test_student_killed_is_no_demand(pipe: Pipeline) -> None:
    # «طالب» a student: the killing is told as done
    assert _mods(pipe, "وقتل طالب بإطلاق النار عليه في الجامعة أمس.", "190") == [("وقتل", "asserted")]


def test_protesters_demand_then_chant_is_asserted(pipe: Pipeline) -> None:
    assert _mods(pipe, "وطالب المتظاهرون بالإفراج عن المعتقلين وهتفوا ضد الرئيس.", "141") == [("وهتفوا", "asserted")]


def test_human_chain_is_a_demonstration(pipe: Pipeline) -> None:
    got = _mods(pipe, "وشكل مئات الطلاب سلسلة بشرية أمام مبنى السفارة احتجاجا على القرار أمس.", "141")
    assert got == [("سلسلة بشرية", "asserted")]


def test_chain_of_bombings_is_no_demonstration(pipe: Pipeline) -> None:
    assert _mods(pipe, "وهزت سلسلة تفجيرات العاصمة أمس.", "141") == []

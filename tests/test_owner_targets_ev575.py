"""Round ev575: the target of an act of force on a party's places (``party_place_heads``: «مواقع», «جيوب», «مقر»)
is the owner named after them: a genitive («مواقع الأكراد», «جيوب الحوثيين»), or a noun after «تابعة لـ» («مواقع
تابعة للقوات السورية»): the named party, else the group its word names. Counter-cases: a place of no owner
(«مواقع أثرية»), an owner that is no party («مواقع التواصل الاجتماعي»), a meeting place (no act of force), an owner
told by a pronoun («مواقعها»)."""

from __future__ import annotations

import rasd


def _targets(text: str, code: str) -> list[tuple[str, str, str | None] | None]:
    """(name, type, actor) of the target of each event of ``code`` (None where it has none)."""
    doc = rasd.analyze(text, date="2015-08-01")
    out: list[tuple[str, str, str | None] | None] = []
    for ev in doc.events:
        if ev.code == code:
            ent = doc.entity(ev.target) if ev.target else None
            out.append((ent.name, ent.type, ent.actor) if ent is not None else None)
    return out


def test_affiliated_positions_are_the_forces() -> None:
    text = "واتسعت دائرة القتال، حيث استهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية في ريف اللاذقية."
    assert _targets(text, "190") == [("القوات السورية", "ORGANIZATION", "SYRMIL")]


def test_pockets_of_a_named_body() -> None:
    text = "وتلتقي القوة التي يقودها العميد ركن فضل حسن التي تمكنت من طرد آخر جيوب الحوثيين في لحج مع قوة أخرى."
    assert _targets(text, "190") == [("الحوثيين", "ORGANIZATION", "YEMREB")]


def test_positions_of_a_people_make_a_group() -> None:
    assert _targets("وتعطي الصفقة أنقرة الغطاء لقصف مواقع الأكراد في شمال سوريا.", "194") == [
        ("الأكراد", "GROUP", "KUR")]


def test_positions_of_rebels_make_a_group() -> None:
    assert _targets("وشن الطيران التركي غارات على مواقع المتمردين الأكراد في جبال قنديل.", "195") == [
        ("المتمردين الأكراد", "GROUP", "KURREB")]


def test_police_station_is_the_police() -> None:
    assert _targets("وهاجم مسلحون مجهولون مركز الشرطة في مدينة أضنة جنوب تركيا.", "190") == [
        ("الشرطة", "GROUP", "TURCOP")]  # (round ev995: bare police take the sentence's one place-country, Turkey)


def test_places_of_no_party_stay_without_target() -> None:
    assert _targets("وقصفت الطائرات التركية مواقع أثرية في شمال العراق.", "195") == [None]
    assert _targets("وقصفت الطائرات التركية مواقع التواصل الاجتماعي في شمال العراق.", "195") == [None]


def test_pronoun_owner_is_left_alone() -> None:
    assert _targets("وقصفت الطائرات مواقعها في شرق أفغانستان.", "195") == [None]


def test_meeting_at_headquarters_has_no_target() -> None:
    doc = rasd.analyze("وعقد وزراء الخارجية اجتماعا في المقر الرئيسي للأمم المتحدة في نيويورك.", date="2015-08-01")
    assert [(ev.code, ev.target) for ev in doc.events] == [("040", None)]

"""Round oe410: «استهدف» with an act of force right after it as its object («تستهدف السيطرة على», «كانت تستهدف
تفجير») means aiming at that act: the verb is no attack, and the act aimed at is planned (rasd.events.aimed_force).
A meeting hit by an attack, or a place targeted, stays an attack told as done."""

from __future__ import annotations

from conftest import analyze_news


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, e.modality) for e in doc.events]


def test_aiming_at_seizing_is_no_attack() -> None:
    got = _events("وأعلن الجيش أنه بدأ عملية عسكرية واسعة تستهدف السيطرة على قاعدة ناصر الجوية.")
    assert not any(t == "تستهدف" for t, _, _ in got)
    assert ("السيطرة", "192", "planned") in got


def test_aiming_at_a_bombing_is_planned() -> None:
    got = _events("وأكد المدعي العام أن الخلية كانت تستهدف تفجير مقر البرلمان في العاصمة.")
    assert not any(t == "تستهدف" for t, _, _ in got)
    assert [(t, m) for t, c, m in got if c.startswith("18")] == [("تفجير", "planned")]


def test_an_attack_on_a_meeting_stands() -> None:
    got = _events("وقتل 25 شخصا في هجوم انتحاري استهدف اجتماعا لشيوخ العشائر في الانبار.")
    assert ("هجوم انتحاري", "1831", "asserted") in got
    assert ("اجتماعا", "040", "asserted") in got


def test_targeting_places_is_an_attack() -> None:
    got = _events("واستهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية.")
    assert ("واستهدفت", "190", "asserted") in got


def test_attacks_after_a_perfect_verb_are_its_subject() -> None:
    got = _events("استهدف هجومان انتحاريان وسيارة ملغومة عددا من عناصر الصحوة في بغداد أمس.")
    assert ("استهدف", "190", "asserted") in got
    assert all(m == "asserted" for t, c, m in got if c.startswith("18"))


def test_plural_attacks_after_an_imperfect_verb_are_its_subject() -> None:
    got = _events("وقال المسؤول إن الغارات تتواصل، إذ تستهدف الغارات مواقع المسلحين في المنطقة.")
    assert any(t == "تستهدف" and c == "190" for t, c, _ in got)


def test_perfect_verb_with_an_attack_subject_stands() -> None:
    got = _events("واستهدف هجوم انتحاري مخفرا للشرطة في العريش أمس.")
    assert ("واستهدف", "190", "asserted") in got
    assert ("هجوم انتحاري", "1831", "asserted") in got

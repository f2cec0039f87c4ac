"""Round ev494: the armed force or police that announces an arrest, or a killing in its operation, is the doer
(events.announced_doers). Counter-cases: a ministry announcing a toll, an army announcing its own dead in a bombing,
and an announcer that is no force keep no source."""

from __future__ import annotations

import rasd


def _event(text: str, trigger: str) -> tuple[str | None, str | None]:
    doc = rasd.analyze(text, "2015-05-01")
    ev = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == trigger)
    ent = doc.entity(ev.source)
    return (ev.code, ent.name if ent is not None else None)


def test_security_forces_announce_arrest_past_time_phrase() -> None:
    text = "أعلنت قوات الأمن العراقية في وقت سابق عن اعتقال خمسة مشتبه بهم في بغداد."
    assert _event(text, "اعتقال") == ("173", "قوات الأمن العراقية")


def test_police_announce_arrest_as_object() -> None:
    assert _event("أعلنت الشرطة التركية اعتقال 15 شخصا في إسطنبول.", "اعتقال") == ("173", "الشرطة التركية")


def test_bare_security_forces_phrase() -> None:
    text = "وقالت الوزارة إن الوضع مستقر. كما أعلنت قوات الأمن في وقت سابق عن اعتقال العشرات من العناصر المتشددة."
    assert _event(text, "اعتقال") == ("173", "قوات الأمن")


def test_army_announces_killing_in_operation() -> None:
    text = "أعلن الجيش اللبناني عن مقتل 20 مسلحا في عملية عسكرية قرب عرسال."
    assert _event(text, "مقتل") == ("190", "الجيش اللبناني")


def test_ministry_toll_of_bombing_keeps_no_source() -> None:
    text = "أعلنت وزارة الصحة العراقية مقتل 20 شخصا في تفجير ببغداد."
    assert _event(text, "مقتل") == ("183", None)


def test_army_own_dead_in_bombing_keeps_no_source() -> None:
    text = "أعلن الجيش المصري مقتل خمسة من جنوده في تفجير بسيناء."
    assert _event(text, "مقتل") == ("183", None)


def test_ministry_announcing_arrest_is_not_a_force() -> None:
    text = "أعلنت وزارة الصحة العراقية اعتقال خمسة أطباء في بغداد."
    assert _event(text, "اعتقال")[1] != "وزارة الصحة العراقية"

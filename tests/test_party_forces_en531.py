"""Round en531: the forces, aircraft or men of a named armed party are that party as an event's source or target."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _role(text: str, trigger: str, role: str) -> tuple[str | None, str | None]:
    """The name and actor code of the entity in ``role`` of the event whose trigger is ``trigger``."""
    doc: Any = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)
    eid = ev.source if role == "source" else ev.target
    ent = next((x for x in doc.entities if x.id == eid), None)
    return (ent.name, ent.actor) if ent else (None, None)


HOUTHI = "وتواصل الميليشيات الحوثية حصار مدينة تعز منذ أشهر. "
COALITION = "وأعلن التحالف العربي بدء عملية جديدة في اليمن. "


def test_houthi_forces_are_the_houthis() -> None:
    assert _role(HOUTHI + "وهاجمت قوات الحوثي مواقع المقاومة في المدينة.", "وهاجمت", "source") == (
        "الميليشيات الحوثية", "YEMREB")


def test_houthi_men_as_target() -> None:
    assert _role(HOUTHI + "وقال مصدر إن المقاومة قتلت عناصر الحوثي في كمين.", "قتلت", "target") == (
        "الميليشيات الحوثية", "YEMREB")


def test_coalition_aircraft_are_the_coalition() -> None:
    assert _role(COALITION + "وقصف طيران التحالف مواقع في صعدة.", "وقصف", "source") == ("التحالف العربي", "IGOCOA")


def test_no_named_party_stays_unlinked() -> None:
    # round ev803: no party linked; the aircraft are the coalition's forces, a group (MIL), as «قوات التحالف»
    assert _role("وقصف طيران التحالف مواقع في صعدة.", "وقصف", "source") == ("طيران التحالف", "MIL")


def test_security_forces_are_not_a_party() -> None:
    assert _role(COALITION + "واعتقلت قوات الأمن خمسة مسلحين في عدن.", "واعتقلت", "source") != (
        "التحالف العربي", "IGOCOA")

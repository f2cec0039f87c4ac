"""An air strike noun's genitive is the striking side («غارات التحالف», «غارات الطيران»), its target comes with
«على/ضد» — the reverse of a killing or an arrest, whose genitive is the victim («مقتل القائد»)."""

from __future__ import annotations

import rasd
from conftest import event_arg, event_at


def test_the_genitive_of_air_strikes_is_who_strikes() -> None:
    doc = rasd.analyze("وأدت غارات التحالف الدولي إلى مقتل عشرة مسلحين في مدينة الرقة أمس.", date="2015-08-02")
    strikes = event_at(doc, "غارات")
    assert event_arg(doc, strikes, "source") == "التحالف الدولي"
    assert event_arg(doc, strikes, "target") != "التحالف الدولي"


def test_the_target_of_air_strikes_follows_ala() -> None:
    doc = rasd.analyze("ونفذ الطيران الروسي غارات على مواقع المعارضة في ريف حماة.", date="2015-08-02")
    strikes = event_at(doc, "غارات")
    assert "مواقع" in event_arg(doc, strikes, "target")


def test_the_genitive_of_a_killing_is_still_the_victim() -> None:
    doc = rasd.analyze("وأعلن الجيش مقتل القائد الميداني أبو خالد في غارة جوية.", date="2015-08-02")
    assert event_arg(doc, event_at(doc, "مقتل"), "source") != "أبو خالد"

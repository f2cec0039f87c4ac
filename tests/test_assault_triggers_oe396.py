"""Round oe396: two attack triggers of the lexicon (data/events/triggers.tsv). «فتح النار» (opened fire) tells a
shooting with or without «على» after it, and «فجر الشحنة» (detonated the charge) a bombing; «فتح» without «النار»
right after it, and «الشحنة» (a shipment) with «فجر» as «dawn», stay no event."""

from __future__ import annotations

from conftest import analyze_news


def _codes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code) for e in doc.events]


def test_opened_fire_is_a_shooting() -> None:
    assert ("فتحوا النار", "190") in _codes("وقال الضابط إن المهاجمين فجروا العبوات ثم فتحوا النار على رجالنا.")
    assert ("فتح النار", "190") in _codes("وقالت الشرطة إن رجلا فتح النار في المطار ثم فر.")


def test_opening_without_fire_is_no_shooting() -> None:
    assert not any(c.startswith("19") for _, c in _codes("وقالت الوزارة إن السلطات فتحت المعبر أمام المسافرين أمس."))


def test_detonating_the_charge_is_a_bombing() -> None:
    assert ("فجر", "183") in _codes("وقالت الشرطة إن رجلا فتح النار في المطار ثم فجر الشحنة التي بحوزته.")


def test_shipment_at_dawn_is_no_bombing() -> None:
    assert not any(c.startswith("18") for _, c in _codes("وقال المسؤول إن الشحنة وصلت إلى الميناء فجر أمس."))

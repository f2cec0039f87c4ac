"""Round ev709: a «و» act chained after the act an intention noun governs shares its source, target and modality."""

from __future__ import annotations

import rasd


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = rasd.analyze(text, "2015-08-03")
    names = {e.id: e.name for e in doc.entities}
    return [(doc.text[e.trigger.start:e.trigger.end], names.get(e.source or ""), names.get(e.target or ""), e.modality)
            for e in doc.events]


def _one(text: str, trigger: str) -> tuple[str, str | None, str | None, str]:
    found = [e for e in _events(text) if e[0] == trigger]
    assert len(found) == 1, _events(text)
    return found[0]


def test_chained_masdar_after_intention() -> None:
    text = ("قال لافروف إن بلاده تدعم الحل. وأعلن كيري عزمه التوجه إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون "
            "وبحث الملف النووي معهم، تأتي مشاركة لافروف لاحقا.")
    ev = _one(text, "وبحث")
    assert ev[1:] == ("كيري", "مجلس التعاون", "planned")
    assert _one(text, "للقاء")[1:] == ("كيري", "مجلس التعاون", "planned")


def test_no_intention_left_as_is() -> None:
    text = ("وصل كيري إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون وبحث معهم الملف النووي، "
            "وقال لافروف إن بلاده تدعم الحل.")
    ev = _one(text, "وبحث")
    assert ev[3] == "asserted"
    assert ev[1] != "كيري"


def test_comma_breaks_chain() -> None:
    text = ("قال لافروف إن بلاده تدعم الحل. وأعلن كيري عزمه التوجه إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون، "
            "وبحث لافروف الملف النووي مع الأمير.")
    ev = _one(text, "وبحث")
    assert ev[3] == "asserted"

"""Round en514: a body head, nouns and a place in genitive are one organisation («مؤسسة موانئ البحر العربي»)."""

from __future__ import annotations

import pytest

import rasd


def _ents(text: str) -> list[tuple[str, str, str | None]]:
    doc = rasd.analyze(text, date="2015-05-01")
    return [(e.type, e.name, e.country) for e in doc.entities]


@pytest.mark.parametrize("text, ent", [
    ("قال المكتب الإعلامي بمؤسسة موانئ البحر العربي إن السفن وصلت.", ("ORGANIZATION", "مؤسسة موانئ البحر العربي", None)),
    ("أعلنت هيئة سكك حديد مصر تشغيل قطار جديد.", ("ORGANIZATION", "هيئة سكك حديد مصر", "EGY")),
    ("أمم عبد الناصر شركة قناة السويس عام 1956.", ("ORGANIZATION", "شركة قناة السويس", "EGY")),
])
def test_place_body(text: str, ent: tuple[str, str, str | None]) -> None:
    ents = _ents(text)
    assert ent in ents
    assert not any(t == "LOCATION" for t, _, _ in ents)


@pytest.mark.parametrize("text, loc", [
    ("قال مدير مؤسسة الكهرباء في عدن إن المحطات توقفت.", "عدن"),  # a place after a preposition
    ("يرى أن مصلحة إيران في الاتفاق.", "إيران"),  # «مصلحة»: interest
    ("وصلت السفينة إلى ميناء عدن أمس.", "عدن"),  # a facility: the place of an act
])
def test_place_stays(text: str, loc: str) -> None:
    assert any(t == "LOCATION" and n == loc for t, n, _ in _ents(text))

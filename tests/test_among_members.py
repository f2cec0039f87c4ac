"""Round en431: a person named as one of a body's members the sentence counts («عناصر من حزب الله من بينهم جهاد
مغنية») takes the body's country and sector (staffbodies.among_members)."""

from __future__ import annotations

from typing import Any

from conftest import runs_doc


def _person(doc: Any, name: str) -> tuple[str | None, str | None]:
    e = next(x for x in doc.entities if x.name == name)
    return e.country, e.actor


def test_member_counted_among_a_group_takes_its_country() -> None:
    doc = runs_doc("وتحركت إسرائيل لمهاجمة عناصر من حزب الله من بينهم جهاد مغنية عندما دخلوا بلدة سورية.",
                   ["جهاد", "مغنية"])
    assert _person(doc, "جهاد مغنية") == ("LBN", "LBNREB")


def test_cue_not_right_after_the_body_gives_nothing() -> None:
    # counter-cases: words between the body and «بينهم»; a place is no body
    doc = runs_doc("قتل عناصر من حزب الله قرب الحدود، بينهم جهاد مغنية.", ["جهاد", "مغنية"])
    assert _person(doc, "جهاد مغنية") == (None, None)
    doc = runs_doc("قتل مواطنون من لبنان بينهم جهاد مغنية.", ["جهاد", "مغنية"])
    assert _person(doc, "جهاد مغنية")[1] != "LBNREB"

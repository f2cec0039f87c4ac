"""Round ev720: the person named past a relative clause that only judges a visit is its visitor, as past its
adjective («الزيارة التي عدت تاريخية لأمير الكويت صباح الأحمد إلى العراق»), and such a visit stays apart from a
plural «الزيارات» of other visitors told before it."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-04"


def _visits(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(trigger, source name, target name, all triggers) of each visit event."""
    doc = analyze(text, DATE)
    names = {e.id: e.name for e in doc.entities}
    out = []
    for e in doc.events:
        if e.code != "042":
            continue
        trigs = " + ".join(doc.text[t.start : t.end] for t in e.triggers) if e.triggers else ""
        out.append((doc.text[e.trigger.start : e.trigger.end], names.get(e.source or ""), names.get(e.target or ""), trigs))
    return out


@pytest.mark.parametrize(
    "text, visitor",
    [
        ("وكانت الزيارة التي عدت تاريخية لأمير الكويت صباح الأحمد الصباح إلى العراق قد فتحت صفحة جديدة.", "صباح الأحمد"),
        ("وكانت الزيارة التي اعتبرت ناجحة للرئيس عبد الفتاح السيسي إلى روسيا قد فتحت صفحة جديدة.", "عبد الفتاح السيسي"),
        # the adjective itself, unchanged
        ("وكانت الزيارة التاريخية لأمير الكويت صباح الأحمد الصباح إلى العراق قد فتحت صفحة جديدة.", "صباح الأحمد"),
    ],
)
def test_visitor_past_judging_clause(text: str, visitor: str) -> None:
    got = _visits(text)
    assert len(got) == 1
    assert got[0][1] == visitor


@pytest.mark.parametrize(
    "text",
    [
        # a title alone after the clause: no visitor, as after the adjective
        "وكانت الزيارة التي عدت تاريخية لأمير الكويت إلى العراق قد فتحت صفحة جديدة.",
        "وكانت الزيارة التاريخية لأمير الكويت إلى العراق قد فتحت صفحة جديدة.",
        # a clause with a doer of its own: the person named is who judged, not who visited
        "وكانت الزيارة التي وصفها الرئيس عبد الفتاح السيسي بالتاريخية إلى العراق قد فتحت صفحة جديدة.",
    ],
)
def test_no_visitor_counter_cases(text: str) -> None:
    got = _visits(text)
    assert len(got) == 1
    assert got[0][1] is None


def test_named_visit_not_merged_into_plural_visits() -> None:
    text = ("ويضاف إلى ذلك الزيارات التي قام بها كبار المسؤولين بين البلدين ومنها الزيارة التي عدت تاريخية لأمير "
            "الكويت صباح الأحمد الصباح إلى العراق لحضور القمة.")
    got = {g[0]: g for g in _visits(text)}
    assert got["الزيارة"][1] == "صباح الأحمد"
    assert "الزيارة" not in got["الزيارات"][3].split(" + ")

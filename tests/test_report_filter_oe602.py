"""Round oe602: the shipped PROTEST / ASSAULT report filter (rasd.events.report_model) on hand-made news sentences.

The round cross-validated the filter inside OEDA half A (scripts/cv_report_filter.py) and kept the shipped weights;
these tests pin the filter's verdicts on clear cases, so a later refit that loses them fails here."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline

PIPE = Pipeline()


def _verdicts(text: str, plover: str) -> list[bool]:
    return [bool(e.attrs.get("specific")) for e in PIPE(text).events if e.plover == plover]


@pytest.mark.parametrize(
    "text, plover",
    [
        ("قصفت طائرات حربية مواقع للمسلحين في ريف حلب الشمالي أمس، ما أسفر عن مقتل عشرة أشخاص.", "ASSAULT"),
        ("وقعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة تعز أمس.", "ASSAULT"),
        ("تظاهر آلاف المواطنين أمس في وسط بغداد احتجاجا على انقطاع الكهرباء.", "PROTEST"),
    ],
)
def test_concrete_report_is_specific(text: str, plover: str) -> None:
    got = _verdicts(text, plover)
    assert got and all(got)


def test_generic_mention_is_not_specific() -> None:
    # a series of assassinations over decades: a mention, not a report
    assert _verdicts("شهد البلد مسلسل الاغتيالات في العقود الماضية.", "ASSAULT") == [False]


def test_probability_kept_on_event() -> None:
    evs = [e for e in PIPE("قصفت طائرات حربية مواقع للمسلحين في ريف حلب الشمالي أمس، ما أسفر عن مقتل عشرة أشخاص.").events
           if e.plover == "ASSAULT"]
    assert evs and all(0.5 < float(e.attrs["report_prob"]) <= 1.0 for e in evs)

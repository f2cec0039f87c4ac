"""Round ev810: a time between a verb of reacting and the act it reacts to dates the reaction only."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-06"


def _dates(text: str) -> dict[str, str | None]:
    doc = analyze(text, date=DATE)
    return {doc.text[e.trigger.start:e.trigger.end]: e.date for e in doc.events}


@pytest.mark.parametrize("text, verb, verb_day, act", [
    ("ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق.", "ودانت", "2015-08-04", "القصف"),
    ("ونددت الحكومة، أمس، بالهجوم على السفارة.", "ونددت", "2015-08-05", "بالهجوم"),
])
def test_reacted_act_takes_no_day(text: str, verb: str, verb_day: str, act: str) -> None:
    dates = _dates(text)
    assert dates[verb] == verb_day
    assert dates[act] is None


@pytest.mark.parametrize("text, act, day", [
    ("وشنت الطائرات التركية أمس غارات على مواقع في شمال العراق.", "غارات", "2015-08-05"),  # a verb of doing
    ("وجرت أمس مباحثات بين الوزيرين في القاهرة.", "مباحثات", "2015-08-05"),  # the verb's subject
    ("ودانت الوزارة أمس الهجوم الذي وقع يوم الأحد في بغداد.", "الهجوم", "2015-08-02"),  # its own time
])
def test_own_day_kept(text: str, act: str, day: str) -> None:
    assert _dates(text)[act] == day

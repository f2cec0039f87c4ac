"""Round ev715: a year a few names after a visit dates it («الزيارة التاريخية لأمير الكويت إلى العراق عام 2012»);
«، وذلك خلال ... أمس» in the act's own sentence dates it."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-04"


def _events(text: str) -> dict[str, tuple[str | None, object]]:
    doc = analyze(text, DATE)
    return {doc.text[e.trigger.start : e.trigger.end]: (e.date, e.attrs.get("year")) for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "ومن أبرز المحطات الزيارة التي عدت تاريخية لأمير الكويت صباح الأحمد الصباح إلى العراق عام 2012 لحضور القمة.",
        "ومن أبرز المحطات الزيارة التاريخية لأمير الكويت إلى العراق عام 2012 لحضور القمة.",
        "ومن أبرز المحطات زيارة أمير الكويت إلى العراق عام 2012 لحضور القمة.",
    ],
)
def test_year_after_names_dates_visit(text: str) -> None:
    got = _events(text)
    visit = next(k for k in got if "زيارة" in k)
    assert got[visit] == (None, 2012)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause with its own act: the year is that clause's
        "ومن أبرز المحطات الزيارة التي قام بها أمير الكويت إلى العراق عام 2012 لحضور القمة.",
        # judged by someone named: not a bare «التي عدت + adjective»
        "ومن أبرز المحطات الزيارة التي وصفها رئيس الوزراء العراقي بالتاريخية إلى العراق عام 2012 لحضور القمة.",
        # too far: more than the names and places a visit takes
        "ومن أبرز المحطات الزيارة التاريخية لأمير الكويت إلى العراق بعد سنوات من القطيعة والتوتر عام 2012.",
    ],
)
def test_year_not_taken(text: str) -> None:
    got = _events(text)
    visit = next(k for k in got if "زيارة" in k)
    assert got[visit] == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        ("واستقبل الرئيس الوزير، وذلك خلال لقائه به أمس.", "واستقبل", "2015-08-03"),
        ("استقبل الرئيس اللبناني وزير الخارجية الإيراني في بيروت، وذلك خلال لقائه به أمس في القصر الجمهوري.",
         "استقبل", "2015-08-03"),
        ("وثمن ولي العهد دور الملك في قيادة التحالف، وذلك لدى استقباله أمس رئيس الحكومة اليمنية.", "وثمن",
         "2015-08-03"),
    ],
)
def test_comma_occasion_dates_act(text: str, trigger: str, want: str) -> None:
    assert _events(text)[trigger][0] == want


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # the act's own day stays
        ("استقبل الرئيس الوزير يوم الأحد، وذلك خلال لقائه به أمس.", "استقبل", "2015-08-02"),
        # «وذلك بعد ...»: another time, not the occasion
        ("استقبل الرئيس الوزير، وذلك بعد لقائه برئيس الحكومة أمس.", "استقبل", "2015-08-04"),
        # no «وذلك»: the day after the comma is another act's
        ("استقبل الرئيس الوزير، والتقى رئيس الحكومة أمس.", "استقبل", "2015-08-04"),
    ],
)
def test_comma_occasion_counter_cases(text: str, trigger: str, want: str) -> None:
    assert _events(text)[trigger][0] == want

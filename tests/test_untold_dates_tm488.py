"""Round tm488: acts whose day is said not to be given, «قبل نحو عام من الآن», «قبل قرابة الشهر», «وبعدها بعام»."""

from __future__ import annotations

import pytest

from rasd import analyze
from rasd.temporal import analyze_times

DATE = "2015-08-01"


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_times(text, DATE).times]


def _dates(text: str) -> dict[str, str | None]:
    doc = analyze(text, DATE)
    return {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وقال إن الرجل توفي في المستشفى قبل نحو عام من الآن.", [("قبل نحو عام من الآن", "2014")]),
        ("اعتقلت الشرطة الرجل قبل قرابة الشهر فقط.", [("قبل قرابة الشهر", "2015-07")]),
        ("وقعت الدولتان اتفاقية دفاع في عام 1955، وبعدها بعام أعلنت المملكة التعبئة.",
         [("عام 1955", "1955"), ("بعدها بعام", "1956")]),
        ("هاجم المسلحون القرية يوم الخميس الماضي. وبعدها بيوم قامت الجماعة بالهجوم على المقر.",
         [("يوم الخميس الماضي", "2015-07-30"), ("بعدها بيوم", "2015-07-31")]),
    ],
)
def test_times(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _times(text) == want


def test_counter_cases_times() -> None:
    # a month after a bare year gives no month; «منذ نحو الأسبوع» is left as before; «قبل يومين من الهجوم» is
    # counted from the attack
    assert _times("اعتقلت الشرطة الرجل في عام 1990، وبعد ذلك بشهر أفرجت عنه.") == [("عام 1990", "1990")]
    assert _times("بدأت الحملة منذ نحو الأسبوع في المدينة.") == []
    assert _times("وصل الوفد قبل يومين من الهجوم.") == []
    assert _times("اعتقلت الشرطة الرجل قبل نحو شهر.") == [("قبل نحو شهر", "2015-07")]


def test_untold_date_same_sentence() -> None:
    got = _dates("وقالت اللجنة في بيان، إن القوات الخاصة اشتبكت مع مجموعة من المسلحين قرب الحدود، "
                 "من دون تحديد تاريخ حصول العملية.")
    assert got["اشتبكت"] is None


def test_untold_date_next_sentence() -> None:
    got = _dates("هاجم مسلحون مركزا للشرطة في المدينة. ولم يحدد البيان موعد الهجوم.")
    assert got == {"هاجم": None, "الهجوم": None}


def test_untold_date_counter_cases() -> None:
    # no phrase: the article's day; an act with its own day keeps it
    assert _dates("هاجم مسلحون مركزا للشرطة في المدينة. وأعلنت الحكومة الحداد.") == {
        "هاجم": DATE, "وأعلنت": DATE}
    assert _dates("هاجم مسلحون مركزا للشرطة في المدينة أمس، من دون تحديد تاريخ الرد.") == {"هاجم": "2015-07-31"}

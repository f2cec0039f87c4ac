"""«منذ أن» opens a clause of its own: the negation of the clause before it does not reach into it
(rasd.events.since_clause); «منذ» before a time opens none."""

from __future__ import annotations

from rasd.pipeline import Pipeline

PIPE = Pipeline()


def _modalities(text: str, plover: str) -> list[str]:
    """The modality of each event of type ``plover`` in ``text``."""
    doc = PIPE(text)
    return [e.modality for e in doc.events if e.plover == plover]


def test_since_that_clause_not_negated() -> None:
    text = ("قالت مسؤولة ان نحو 350 الف مسافر لم يتمكنوا من مغادرة تايلند منذ ان احتل متظاهرون مناهضون للحكومة "
            "الاسبوع الماضي مطارين كبيرين في بانكوك.")
    got = _modalities(text, "PROTEST")
    assert got and "negated" not in got


def test_since_verb_clause_not_negated() -> None:
    got = _modalities("لم يتمكن المسافرون من السفر منذ احتل المتظاهرون المطار.", "PROTEST")
    assert got == ["asserted"]


def test_since_time_keeps_negation() -> None:
    # «منذ شهرين» is a time, no clause: «لم يستطع» still governs the sit-in after it
    assert _modalities("لم يستطع الطلاب منذ شهرين الاعتصام في الجامعة.", "PROTEST") == ["negated"]

"""Round tm512: a perfect act in the «أن» clause of a word of reminding («مذكرا بأنه حث», «وذكّر الوزير بأن») was
done before the article's day: undated unless its clause says a time (rasd.events.generic_acts._reminded); a present
or future verb after it, «وذكر أن» (says) and the memo of «قدم مذكرة بأن» keep their dating."""

from __future__ import annotations

from rasd.pipeline import Pipeline

PIPE = Pipeline()
DAY = "2015-08-06"


def _acts(text: str) -> list[tuple[str, str | None, str]]:
    """(code, date, modality) of each event of ``text`` read on ``DAY``."""
    doc = PIPE(text, date=DAY)
    return [(e.code, e.date, e.modality) for e in doc.events]


def test_participle_reminder_past_act_undated() -> None:
    text = "وقال المبعوث إن الوضع خطير، مذكرا بأنه حث الرئيس على رفع القيود عن الملاحة."
    assert _acts(text) == [("020", None, "reported")]


def test_participle_reminder_with_object_undated() -> None:
    text = "وأكد الوزير دعم بلاده للحكومة، مذكرا الجميع بأن الجيش هاجم مواقع المتمردين."
    assert ("190", None, "reported") in _acts(text)


def test_feminine_reminder_after_comma_undated() -> None:
    text = "وقالت الوزيرة إن الوضع خطير، مذكرة بأن الجيش هاجم مواقع المتمردين."
    assert _acts(text) == [("190", None, "reported")]


def test_reminding_verb_with_shadda_undated() -> None:
    assert _acts("وذكّر الوزير بأن الجيش هاجم مواقع المتمردين.") == [("190", None, "reported")]


def test_time_in_clause_still_dates() -> None:
    text = "وقال المبعوث إن الوضع خطير، مذكرا بأنه حث الرئيس في يوليو الماضي على رفع القيود عن الملاحة."
    assert _acts(text) == [("020", "2015-07", "reported")]


def test_future_after_reminder_keeps_modality() -> None:
    text = "وقال المبعوث إن الوضع خطير، مذكرا بأنه سيزور جوبا الأسبوع المقبل."
    assert _acts(text) == [("042", "2015-08", "planned")]


def test_present_after_reminder_keeps_date() -> None:
    text = "وأكد الوزير دعم بلاده للحكومة، مذكرا الجميع بأن الجيش يهاجم مواقع المتمردين."
    assert ("190", DAY, "reported") in _acts(text)


def test_said_without_shadda_keeps_date() -> None:
    assert _acts("وذكر الوزير أن الجيش هاجم مواقع المتمردين.") == [("190", DAY, "reported")]


def test_memo_keeps_date() -> None:
    assert _acts("وقدمت الحكومة مذكرة بأن الجيش هاجم مواقع المتمردين.") == [("190", DAY, "asserted")]


def test_since_before_still_undated() -> None:
    assert _acts("وسبق للجيش أن هاجم مواقع المتمردين.")[0][1] is None

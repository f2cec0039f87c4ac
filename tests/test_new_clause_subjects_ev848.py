"""Round ev848: a noun phrase in «، و» followed by a finite verb of its own (past an adverb: «أيضًا») is that verb's
subject, never the subject of the verb before the comma; a quantifier in construct («أغلبية المعارضة») before a
singular verb is its subject (SVO); and the two verbs, each with its own subject, stay two acts."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-06"


def _acts(text: str) -> dict[str, tuple[str | None, object, object]]:
    """trigger text → (code, source phrase, target phrase) of each event."""
    doc = analyze(text, date=DATE)
    return {doc.text[e.trigger.start:e.trigger.end]: (e.code, e.attrs.get("source_text"), e.attrs.get("target_text"))
            for e in doc.events}


def test_next_clause_subject_is_its_own_verbs() -> None:
    acts = _acts("وقال مسؤول إن البرنامج تعثر، لأن أغلبية الفصائل رفضته، والأوروبيون أيضًا رفضوا معظم المرشحين.")
    assert acts["رفضته"] == ("120", "أغلبية الفصائل", None)
    assert acts["رفضوا"] == ("120", "الأوروبيون", "معظم المرشحين")


def test_subject_past_adverb_in_and_clause() -> None:
    acts = _acts("وقال مسؤول إن المشروع فشل لأن معظم النواب رفضوه، والوزراء أيضا انتقدوا الحكومة.")
    assert acts["انتقدوا"][1] == "الوزراء"


def test_quantified_subject_before_singular_verb() -> None:
    acts = _acts("وأكد الناطق أن الخطة تعثرت لأن غالبية المعارضة رفضتها.")
    assert acts["رفضتها"][:2] == ("120", "غالبية المعارضة")


def test_and_clause_with_verb_no_adverb() -> None:
    acts = _acts("وانتقدت الحكومة القرار، والمعارضون رفضوا الاتفاق.")
    assert acts["وانتقدت"] == ("111", "الحكومة", "القرار")
    assert acts["رفضوا"][1] == "المعارضون"


@pytest.mark.parametrize("text, trigger, source", [
    ("رفض الوزير الاقتراح، والنواب أيضًا.", "رفض", "الوزير"),  # no verb after: the phrase joins the subject
    ("هاجم المسلحون القرية، والسكان نائمون.", "هاجم", "المسلحون"),  # a nominal clause: no new verb
    ("وانتقد المتظاهرون الحكومة، ورفضوا الاتفاق.", "ورفضوا", "المتظاهرون"),  # a dropped subject: carried
])
def test_counter_cases_keep_their_subject(text: str, trigger: str, source: str) -> None:
    acts = _acts(text)
    assert acts[trigger][1] == source


def test_nominal_clause_makes_no_event() -> None:
    assert list(_acts("هاجم المسلحون القرية، والسكان نائمون.")) == ["هاجم"]
    assert list(_acts("رفض الوزير الاقتراح، والنواب أيضًا.")) == ["رفض"]

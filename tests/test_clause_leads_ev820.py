"""Round ev820: a past verb after «في وقت» opens a clause of its own (events.clause_leads, asked by
agents.opener_subject), so a verb after «بعدما» or in «و» with no subject of its own takes that clause's subject
(VSO), not a subject of the sentence's first verb or an actor carried from an earlier paragraph. Hand-made sentences.
"""

from __future__ import annotations

from rasd.doc import Doc, Event
from rasd.pipeline import Pipeline

FIRST = "قال الشيخ عبد الله المحيسني إن الفصائل ستواصل القتال.\n\n"


def _event(doc: Doc, trigger: str) -> Event:
    return next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger)


def _source(doc: Doc, e: Event) -> str | None:
    ent = doc.entity(e.source)
    return ent.name if ent is not None else None


def test_verb_after_badama_takes_subject_of_fi_waqt_clause(pipe: Pipeline) -> None:
    doc = pipe(FIRST + "وقصف الطيران الحربي مناطق في ريف حماة، في وقت أقدمت جبهة النصرة في مدينة سراقب على "
               "إعدام رجل بعدما اتهمته بالتخابر مع قوات النظام.")
    e = _event(doc, "اتهمته")
    assert e.code == "112"
    assert _source(doc, e) == "جبهة النصرة"


def test_coordinated_verb_after_fi_waqt_clause(pipe: Pipeline) -> None:
    doc = pipe(FIRST + "وقصف الطيران الحربي مناطق في ريف حماة، في وقت أقدمت جبهة النصرة على إعدام رجل وقتله "
               "بعدما اتهمته بالتخابر.")
    assert _source(doc, _event(doc, "وقتله")) == "جبهة النصرة"


def test_without_fi_waqt_the_first_verbs_subject_stays(pipe: Pipeline) -> None:
    """Counter-case: no «في وقت» clause; «بعدما اتهمته» goes on the sentence's first clause (a feminine body)."""
    doc = pipe(FIRST + "وأعدمت جبهة النصرة رجلا في مدينة سراقب بعدما اتهمته بالتخابر مع قوات النظام.")
    assert _source(doc, _event(doc, "اتهمته")) == "جبهة النصرة"


def test_fi_waqt_before_a_noun_is_no_clause_lead(pipe: Pipeline) -> None:
    """Counter-case: «في وقت سابق» is a time phrase, no verb after it; the speaker stays the cue's."""
    doc = pipe("وأكد وزير الدفاع السعودي في وقت سابق أن الحكومة ستدعم الجيش.")
    assert _source(doc, _event(doc, "وأكد")) == "وزير الدفاع السعودي"

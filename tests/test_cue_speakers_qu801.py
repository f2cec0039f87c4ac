"""Round qu801: one speaker for one cue. A statement verb that is a quote's cue names the quote's speaker as its
source: the group made of an unnamed speaker («وبحسب مصادر عسكرية، أكدت أن»), the speaker a dropped subject
carries where the verb opens its clause («. وشدد على أن»); not a speaker the quote only carried past a subject
before «قد», nor one against the topic «أما» sets up."""

from __future__ import annotations

from conftest import analyze_news


def _rows(text: str) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str | None]]]:
    """(code, trigger, source name) of each event, and (cue, actor name) of each quote."""
    doc = analyze_news(text)

    def name(eid: str | None) -> str | None:
        ent = doc.entity(eid) if eid is not None else None
        return ent.name if ent is not None else None

    events = [(ev.code, doc.text[ev.trigger.start : ev.trigger.end], name(ev.source)) for ev in doc.events]
    quotes = [(doc.text[q.cue.start : q.cue.end], name(q.actor())) for q in doc.quotes]
    return events, quotes


def test_unnamed_sources_made_a_group_are_the_statements_source() -> None:
    events, quotes = _rows("وبحسب مصادر عسكرية، أكدت أن القوات الحكومية تقدمت نحو مدينة زنجبار.")
    assert quotes == [("أكدت", "مصادر عسكرية")]
    assert events == [("010", "أكدت", "مصادر عسكرية")]  # was None


def test_a_dropped_subject_opening_its_clause_is_the_quotes_speaker() -> None:
    events, quotes = _rows("وأوضح الخبير العراقي عامر حسن فياض أن «المشكلة ليست في النظام». وشدد على أن «هناك عدم "
                           "فهم من قبل الجهات التي تطالب بذلك».")
    assert ("وشدد", "عامر حسن فياض") in quotes
    assert ("010", "وشدد على", "عامر حسن فياض") in events  # was None


def test_a_subject_before_qad_keeps_the_carried_speaker_off_the_event() -> None:
    events, quotes = _rows("وتتوقع «جيه إل إل» أن متوسط السعر اليومي قد يشهد تراجعا آخر على المدى القصير. وكانت "
                           "دائرة الأراضي والأملاك في دبي قد أعلنت أن قيمة التصرفات بلغت 129 مليار درهم.")
    assert ("أعلنت", "جيه إل إل") in quotes  # (the quote's carry, not the event's)
    assert ("010", "أعلنت", None) in events


def test_the_topic_of_amma_stays_the_events_source() -> None:
    events, _ = _rows("«داعش» امتداد لجماعة الزرقاوي، أما «جبهة النصرة» فقد أعلنت رسميًا أنها تتبع لقيادة الظواهري.")
    assert ("010", "أعلنت", "جبهة النصرة") in events


def test_a_named_body_and_a_group_source_stay() -> None:
    events, quotes = _rows("وأكد مسؤول في الخارجية الأميركية أن الاتفاق سيوقع قريبا.")
    assert (events, quotes) == ([("010", "وأكد", "الخارجية الأميركية")], [("وأكد", "الخارجية الأميركية")])
    events, quotes = _rows("وأكد متظاهرون في بغداد أن الحكومة فشلت.")
    assert (events, quotes) == ([("010", "وأكد", "متظاهرون")], [("وأكد", "متظاهرون")])

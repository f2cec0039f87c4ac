"""Round ev454: a first-person act in the answer of a printed interview («* سؤال؟ / - جواب») is the one interviewed:
the speaker of the article's first quote, else the first person its lead names; none where the article is no
interview, where the act is in the lead, or where no one is named."""

from __future__ import annotations

from rasd.doc import Doc, Event, Span
from rasd.events.duplicates import dedup

from conftest import analyze_news, event_at

LEAD_NAMED = (
    "أجرت صحيفة «الشرق الأوسط» أمس حوارا مع وزير الخارجية البريطاني فيليب هاموند في مكتبه وسط لندن.\n\n"
    "* ما موقفكم من الاتفاق النووي؟\n\n"
    "- الاتفاق خطوة مهمة للمنطقة.\n\n"
    "* وماذا عن اليمن؟ كيف تدعمون الجهود هناك؟\n\n"
    "- هناك تهديد استراتيجي لشبه الجزيرة العربية ونحن نقدم مساعدات مباشرة للسعودية.\n"
)

LEAD_QUOTED = (
    "قال نيكوس أناستاسيادس رئيس جمهورية قبرص إن كل يوم يمر من دون تسوية هو يوم سيئ على الجزيرة.\n\n"
    "* ما رأيك في المفاوضات؟\n\n"
    "- المفاوضات تسير على طريقها الصحيح.\n\n"
    "* هل التقيت الرئيس المصري؟\n\n"
    "- بكل تأكيد، التقيت الرئيس المصري عبد الفتاح السيسي في القاهرة.\n"
)


def _name(doc: Doc, eid: str | None) -> str:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else ""


def test_we_in_an_answer_is_the_interviewed_minister() -> None:
    # «- ... ونحن نقدم مساعدات»: no verb of saying opens the answer; the minister named by the lead gives the aid
    doc = analyze_news(LEAD_NAMED)
    ev = event_at(doc, "نقدم مساعدات")
    assert _name(doc, ev.source) == "فيليب هاموند"
    assert doc.entity(ev.source) is not None and doc.entity(ev.source).actor == "GBRGOV"  # type: ignore[union-attr]


def test_i_in_an_answer_is_the_speaker_of_the_first_quote() -> None:
    # «- التقيت الرئيس المصري»: the president quoted in the lead met him
    doc = analyze_news(LEAD_QUOTED)
    met = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "التقيت"]
    answer = doc.text.index("- بكل")
    assert [_name(doc, e.source) for e in met if e.trigger.start > answer] == ["نيكوس أناستاسيادس"]


def test_no_interview_no_speaker() -> None:
    # the same words as a plain paragraph after a lead that quotes no one: no marked answers, no one carried
    text = LEAD_NAMED.replace("* ", "").replace("- ", "")
    doc = analyze_news(text)
    assert event_at(doc, "نقدم مساعدات").source is None


def test_no_one_named_no_speaker() -> None:
    # an interview whose lead names no person: the answers are of no one known
    text = LEAD_NAMED.replace("حوارا مع وزير الخارجية البريطاني فيليب هاموند", "حوارا مطولا")
    doc = analyze_news(text)
    assert event_at(doc, "نقدم مساعدات").source is None


def test_a_question_is_not_an_answer() -> None:
    # «* هل التقيت الرئيس المصري؟»: the paper asks; the act in the question is not told by the one interviewed
    doc = analyze_news(LEAD_QUOTED)
    question = doc.text.index("* هل")
    asked = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "التقيت"
             and question < e.trigger.start < doc.text.index("- بكل")]
    assert asked and all(e.source is None for e in asked)


def _met(start: int, date: str | None, phrase: list[int]) -> Event:
    """A verb meeting of speaker E1 in the sentence at ``start``, its object a phrase left unresolved."""
    return Event(id="", code="040", plover="CONSULT", trigger=Span(start, start + 6), sentence=Span(start, start + 60),
                 source="E1", date=date, attrs={"trigger_id": "meet", "pos": "V", "target_span": phrase})


def test_two_undated_meetings_with_other_phrases_stay_two() -> None:
    # «التقيت رئيس جمهورية مصر في مناسبات كثيرة» … «لقد التقيت بالفعل عدة مرات السيد أكينجي»: two meetings
    assert len(dedup([_met(0, None, [7, 30]), _met(100, None, [107, 113])])) == 2


def test_a_dated_act_told_again_stays_one() -> None:
    # «أن «داعش» أعدم 44 شابا» … «أعدم رميا بالرصاص نحو 44 شابا ظهر اليوم»: the act of that day told again
    assert len(dedup([_met(0, "2015-08-03", [7, 30]), _met(100, "2015-08-03", [107, 113])])) == 1


def test_a_quote_in_an_answer_does_not_make_its_speaker_the_one_interviewed() -> None:
    # the minister cites another in his first answer; «نحن نقدم» later is still the minister's (the lead names him)
    text = LEAD_NAMED.replace("- الاتفاق خطوة مهمة للمنطقة.",
                              "- قال الرئيس الأمريكي باراك أوباما إن الاتفاق خطوة مهمة للمنطقة.")
    doc = analyze_news(text)
    assert any(q.actor() is not None and q.content.start > text.index("* ") for q in doc.quotes)
    assert _name(doc, event_at(doc, "نقدم مساعدات").source) == "فيليب هاموند"

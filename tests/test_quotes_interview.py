"""Round qu466: each answer of a printed interview («* سؤال؟ / - جواب») is a direct quote of the one interviewed
(the lead's first speaker, else the first person it names); the questions are no one's quote, and an article with
bulleted lines but no question lines gives no such quotes."""

from __future__ import annotations

from rasd.doc import Doc, Quote

from conftest import analyze_news

LEAD_NAMED = (
    "أجرت صحيفة «الشرق الأوسط» أمس حوارا مع وزير الخارجية البريطاني فيليب هاموند في مكتبه وسط لندن.\n\n"
    "* ما موقفكم من الاتفاق النووي؟ وهل يرى البريطانيون أنه كاف؟\n\n"
    "- الاتفاق خطوة مهمة للمنطقة.\n\n"
    "* وماذا عن اليمن؟ كيف تدعمون الجهود هناك؟\n\n"
    "- هناك تهديد استراتيجي لشبه الجزيرة العربية ونحن نقدم مساعدات مباشرة للسعودية.\n"
)

BULLETS = (
    "أعلنت وزارة الداخلية أمس حزمة من الإجراءات الجديدة لتنظيم دخول الوافدين، وأبرزها:\n\n"
    "- تمديد فترة التأشيرة إلى ستة أشهر.\n\n"
    "- إلغاء رسوم التجديد للطلاب.\n\n"
    "- فتح مكاتب جديدة في المطارات.\n"
)


def _answers(doc: Doc) -> list[Quote]:
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "-"]


def _name(doc: Doc, eid: str | None) -> str:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else ""


def test_each_answer_is_a_direct_quote_of_the_interviewee() -> None:
    doc = analyze_news(LEAD_NAMED)
    answers = _answers(doc)
    assert [doc.text[q.content.start : q.content.end] for q in answers] == [
        "الاتفاق خطوة مهمة للمنطقة",
        "هناك تهديد استراتيجي لشبه الجزيرة العربية ونحن نقدم مساعدات مباشرة للسعودية",
    ]
    assert all(q.direct and _name(doc, q.speaker) == "فيليب هاموند" for q in answers)
    # the output tells an answer set off by its dialogue dash from words in quote marks
    assert all(q.to_dict(doc.text).get("form") == "interview" for q in answers)
    assert all("form" not in q.to_dict(doc.text) for q in doc.quotes if q not in answers)


def test_the_questions_are_no_quote_of_his() -> None:
    # «* ... وهل يرى البريطانيون أنه كاف؟»: the interviewer's question, no words of the minister
    doc = analyze_news(LEAD_NAMED)
    question = doc.text.index("* ما موقفكم")
    end = doc.text.index("\n", question)
    assert not [q for q in doc.quotes if q.speaker is not None and _name(doc, q.speaker) == "فيليب هاموند"
                and question <= q.content.start < end]


def test_bulleted_list_is_no_interview() -> None:
    # dashed lines with no question lines: the ministry's list of measures, no one's answers
    doc = analyze_news(BULLETS)
    assert _answers(doc) == []
    assert all(doc.text[q.cue.start : q.cue.end] != "-" for q in doc.quotes)


def test_no_one_named_no_answer_quotes() -> None:
    # an interview whose lead names no one: the answers are of no one known, no quote made of them
    doc = analyze_news(LEAD_NAMED.replace("حوارا مع وزير الخارجية البريطاني فيليب هاموند", "حوارا مطولا"))
    assert _answers(doc) == []


def test_an_answers_later_paragraph_is_his_too() -> None:
    # an unmarked paragraph after the answer line, before the next question: the answer goes on
    text = LEAD_NAMED.replace("- الاتفاق خطوة مهمة للمنطقة.\n",
                              "- الاتفاق خطوة مهمة للمنطقة.\n\nوعلينا أن نكون واقعيين حول الوضع في إيران.\n")
    doc = analyze_news(text)
    # qu843: one quote for the answer, spanning both its paragraphs (was one quote per paragraph)
    assert [doc.text[q.content.start : q.content.end] for q in _answers(doc)][:1] == [
        "الاتفاق خطوة مهمة للمنطقة.\n\nوعلينا أن نكون واقعيين حول الوضع في إيران"]

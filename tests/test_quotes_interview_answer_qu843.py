"""Round qu843: an interview's answer is one direct quote of the one interviewed, from its «- » (or «ج:») line up
to the line before the next question («* » or «س:») or the interview's end, its paragraphs all inside; a «- »
bulleted list with no question lines is no interview and gives no such quote."""

from __future__ import annotations

from rasd.doc import Doc, Quote

from conftest import analyze_news

LEAD = "أجرت صحيفة «الحياة» حوارا مع وزير الخارجية القبرصي يوانيس كاسوليدس في مكتبه بنيقوسيا.\n\n"
FIRST = "الحوار مع القبارصة الأتراك يتقدم ببطء لكنه يتقدم"
SECOND = "ونحن نعمل مع الاتحاد الأوروبي على تدابير لبناء الثقة بين الطرفين"
THIRD = "العلاقات مع مصر ممتازة ونسعى إلى توسيعها في مجال الطاقة"
DASHED = (LEAD + "* كيف تقيمون سير المفاوضات حول الجزيرة؟\n\n- " + FIRST + ".\n\n" + SECOND + ".\n\n"
          "* وماذا عن العلاقات مع مصر؟\n\n- " + THIRD + ".\n")
LETTERED = (LEAD + "س: كيف تقيمون سير المفاوضات حول الجزيرة؟\n\nج: " + FIRST + ".\n\n" + SECOND + ".\n\n"
            "س: وماذا عن العلاقات مع مصر؟\n\nج: " + THIRD + ".\n")
BULLETS = ("أعلنت وزارة الصحة أمس جملة من الإجراءات الجديدة لمواجهة انتشار الفيروس، وأبرزها:\n\n"
           "- إغلاق المدارس لمدة أسبوعين.\n\nويشمل ذلك الجامعات والمعاهد الخاصة.\n\n"
           "- منع التجمعات في الأماكن العامة.\n")


def _answers(doc: Doc) -> list[Quote]:
    return [q for q in doc.quotes if (q.attrs or {}).get("via") == "interview"]


def _text(doc: Doc, q: Quote) -> str:
    return doc.text[q.content.start : q.content.end]


def _name(doc: Doc, eid: str | None) -> str:
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else ""


def test_a_two_paragraph_answer_is_one_quote() -> None:
    doc = analyze_news(DASHED)
    answers = _answers(doc)
    assert [_text(doc, q) for q in answers] == [FIRST + ".\n\n" + SECOND, THIRD]
    assert [doc.text[q.cue.start : q.cue.end] for q in answers] == ["-", "-"]
    assert all(q.direct and _name(doc, q.speaker) == "يوانيس كاسوليدس" for q in answers)
    assert all(0 <= q.content.start < q.content.end <= len(doc.text) for q in answers)


def test_the_answer_stops_before_the_next_question() -> None:
    doc = analyze_news(DASHED)
    question = doc.text.index("* وماذا")
    assert _answers(doc)[0].content.end < question
    assert not any(q.content.start <= question < q.content.end for q in _answers(doc))


def test_lettered_question_and_answer_lines() -> None:
    # «س: ... / ج: ...»: the same interview, the answer cued by its «ج:» mark
    doc = analyze_news(LETTERED)
    answers = _answers(doc)
    assert [_text(doc, q) for q in answers] == [FIRST + ".\n\n" + SECOND, THIRD]
    assert [doc.text[q.cue.start : q.cue.end] for q in answers] == ["ج:", "ج:"]
    assert all(q.direct and _name(doc, q.speaker) == "يوانيس كاسوليدس" for q in answers)


def test_a_dashed_list_with_no_questions_is_no_interview() -> None:
    # counter-case: the ministry's list of measures, an unmarked paragraph between: no answers, no one's words
    doc = analyze_news(BULLETS)
    assert _answers(doc) == []
    assert all(doc.text[q.cue.start : q.cue.end] != "-" for q in doc.quotes)


def test_one_question_line_is_no_interview() -> None:
    # counter-case: a single «س:» line among dashed lines is no printed interview (two questions needed)
    doc = analyze_news(LEAD + "س: كيف تقيمون سير المفاوضات؟\n\n- " + FIRST + ".\n\n- " + THIRD + ".\n")
    assert _answers(doc) == []

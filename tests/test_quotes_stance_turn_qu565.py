"""Round qu565: a verb of holding or granting a view right after «لكنه/لكنها» («لكنه تمسك بوجهة نظر بلاده بأن»,
«ولكنه أقر أن», «لكنها أصرت على أن») is a cue whose speaker is carried from the clause before, and the content
before it ends at «لكنه»; not the same verb elsewhere («أقر البرلمان القانون»), nor with no «أن» after it.
Indirect speech ends before the writer's link to the next reported act («، فيما أعلن الجيش», «، من جهته أكد
المتحدث»), not inside quotation marks, nor at a «بينما» of the speaker's own clause, nor at an aside with no
subject named after its verb («الحكومة، من جانبها، أكدت»)."""

from __future__ import annotations

from rasd.doc import Doc

from conftest import analyze_news


def _contents(doc: Doc, cue: str) -> list[str]:
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]


def _speakers(doc: Doc, cue: str) -> list[str]:
    out = []
    for q in doc.quotes:
        if doc.text[q.cue.start : q.cue.end] == cue:
            ent = doc.entity(q.speaker) if q.speaker is not None else None
            out.append(ent.name if ent is not None else "")
    return out


def test_held_view_after_but_is_a_cue_with_the_speaker_before() -> None:
    doc = analyze_news("وقال وزير الخارجية الأميركي جون كيري إن العلاقات مع القاهرة قوية، لكنه تمسك بوجهة نظر "
                       "بلاده بأن الاتفاق سيجعل المنطقة أكثر أمنا.")
    assert _contents(doc, "وقال") == ["العلاقات مع القاهرة قوية"]
    assert _contents(doc, "تمسك") == ["الاتفاق سيجعل المنطقة أكثر أمنا"]
    assert _speakers(doc, "تمسك") == ["جون كيري"]


def test_granted_after_but_goes_on_from_the_clause_before() -> None:
    doc = analyze_news("وعبر وزير الخارجية البريطاني فيليب هاموند عن الأمل في تراجع التوتر في المنطقة ولكنه أقر أن "
                       "هذا أمر قد يستغرق سنوات.")
    assert _contents(doc, "أقر") == ["هذا أمر قد يستغرق سنوات"]
    assert _speakers(doc, "أقر") == ["فيليب هاموند"]


def test_insisted_after_but_her() -> None:
    doc = analyze_news("وقالت المستشارة الألمانية أنجيلا ميركل إن المحادثات صعبة، لكنها أصرت على أن الحل ممكن.")
    assert _contents(doc, "وقالت") == ["المحادثات صعبة"]
    assert _contents(doc, "أصرت") == ["الحل ممكن"]
    assert _speakers(doc, "أصرت") == ["أنجيلا ميركل"]


def test_approved_is_no_cue() -> None:
    doc = analyze_news("وأقر البرلمان أمس قانون الموازنة الجديد بعد نقاش طويل، وقال رئيسه إن الجلسة كانت هادئة.")
    assert _contents(doc, "وأقر") == []


def test_held_with_no_that_is_no_cue() -> None:
    doc = analyze_news("وقال وزير الخارجية الأميركي جون كيري إن العلاقات مع القاهرة قوية، لكنه تمسك بموقف بلاده "
                       "من الملف النووي.")
    assert _contents(doc, "تمسك") == []
    assert _contents(doc, "وقال") == ["العلاقات مع القاهرة قوية، لكنه تمسك بموقف بلاده من الملف النووي"]


def test_report_ends_at_while_another_announced() -> None:
    doc = analyze_news("وقال وزير الداخلية إن الوضع الأمني مستقر في العاصمة، فيما أعلن الجيش مقتل ثلاثة مسلحين "
                       "في الشمال.")
    assert _contents(doc, "وقال") == ["الوضع الأمني مستقر في العاصمة"]


def test_report_ends_at_for_his_part() -> None:
    doc = analyze_news("وقال وزير الخارجية إن الاقتصاد ينمو بسرعة، من جهته أكد وزير المالية سعد الفهد ضرورة الإصلاح.")
    assert _contents(doc, "وقال") == ["الاقتصاد ينمو بسرعة"]


def test_while_of_the_speakers_own_clause_stays() -> None:
    doc = analyze_news("وقال المتحدث باسم البنتاغون إن القيادي قتل بينما كان يستقل سيارة في ريف إدلب.")
    assert _contents(doc, "وقال") == ["القيادي قتل بينما كان يستقل سيارة في ريف إدلب"]


def test_while_with_no_reporting_verb_stays() -> None:
    doc = analyze_news("وقال المتحدث باسم الجيش إن خمسة جنود قتلوا في الهجوم، فيما أصيب سبعة آخرون.")
    assert _contents(doc, "وقال") == ["خمسة جنود قتلوا في الهجوم، فيما أصيب سبعة آخرون"]


def test_direct_quote_keeps_its_whole_text() -> None:
    doc = analyze_news("وقال الوزير: «الوضع مستقر، فيما أعلن الجيش النصر. والحكومة باقية».")
    assert _contents(doc, "وقال") == ["الوضع مستقر، فيما أعلن الجيش النصر. والحكومة باقية"]


def test_aside_with_a_dropped_subject_stays() -> None:
    doc = analyze_news("وذكر الوزير أن الحكومة، من جانبها، وصفت دعمها للمشروع بالكامل.")
    assert _contents(doc, "وذكر") == ["الحكومة، من جانبها، وصفت دعمها للمشروع بالكامل"]

"""Round qu597: an indirect quote ends where the narrator takes over again: «و» + a past verb of the speaker's
person after a content whose own main verb is future or present («أكد عدد من الزعماء أنهم سيحبطون الاتفاقية
ووعدوا بعرقلتها»), or a reporting/calling verb that governs a clause or a preposition after a past content. The
content's own past verbs and a future that goes on stay in it. Hand-made sentences."""

from __future__ import annotations

import rasd


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end]) for q in doc.quotes]


def test_plural_speakers_past_verb_after_future_content_ends_it() -> None:
    got = _quotes("وأكد عدد من نواب المعارضة أنهم سيرفضون مشروع الميزانية ووعدوا بإسقاطه في البرلمان.")
    assert got == [("وأكد", "سيرفضون مشروع الميزانية")]


def test_singular_speakers_past_verb_after_future_content_ends_it() -> None:
    got = _quotes("وأكد وزير الخارجية أنه سيزور القاهرة الأسبوع المقبل واستقبل بعد ذلك السفير الفرنسي.")
    assert got == [("وأكد", "سيزور القاهرة الأسبوع المقبل")]


def test_negated_future_content_then_call_ends_it() -> None:
    got = _quotes("وقال رئيس الحكومة إنه لن يسمح بعودة المسلحين ودعا إلى الحوار بين الأطراف.")
    assert got == [("وقال", "لن يسمح بعودة المسلحين")]


def test_plural_past_verb_after_verb_first_cue_and_other_subject_ends_it() -> None:
    got = _quotes("وأكد النواب أن الحكومة ستواجه أزمة كبيرة وطالبوا بإقالة وزير المالية.")
    assert got == [("وأكد", "الحكومة ستواجه أزمة كبيرة")]


def test_warning_after_past_content_ends_it() -> None:
    got = _quotes("وأعلن الرئيس أنه التقى رئيس الوزراء وحذر من تدهور الأوضاع الأمنية.")
    assert got == [("وأعلن", "التقى رئيس الوزراء")]


def test_contents_own_past_verbs_stay() -> None:
    got = _quotes("وقال قائد الشرطة إن المسلحين هاجموا القرية وقتلوا عشرة من سكانها.")
    assert got == [("وقال", "المسلحين هاجموا القرية وقتلوا عشرة من سكانها")]


def test_future_that_goes_on_stays() -> None:
    got = _quotes("وأكد قادة الفصائل أنهم سيواصلون القتال وسيدافعون عن المدينة.")
    assert got == [("وأكد", "سيواصلون القتال وسيدافعون عن المدينة")]


def test_past_verb_of_the_contents_own_subject_stays() -> None:
    got = _quotes("وقالت الوزارة إن الحكومة تدرس الأمر واتخذت قرارات عدة.")
    assert got == [("وقالت", "الحكومة تدرس الأمر واتخذت قرارات عدة")]


def test_past_verb_inside_a_relative_clause_stays() -> None:
    got = _quotes("وذكر المسؤول أن الرئيس سيوقع الاتفاقية التي أعدتها الوزارة وأقرها البرلمان.")
    assert got == [("وذكر", "الرئيس سيوقع الاتفاقية التي أعدتها الوزارة وأقرها البرلمان")]


def test_past_content_then_plain_past_verb_stays() -> None:
    got = _quotes("وأعلن الرئيس أنه التقى رئيس الوزراء وبحث معه الأوضاع الأمنية.")
    assert got == [("وأعلن", "التقى رئيس الوزراء وبحث معه الأوضاع الأمنية")]


def test_singular_verb_before_its_own_subject_stays() -> None:
    got = _quotes("وقال المسؤول إن الأوضاع الأمنية تتدهور وهاجم المسلحون أطراف المدينة.")
    assert got == [("وقال", "الأوضاع الأمنية تتدهور وهاجم المسلحون أطراف المدينة")]

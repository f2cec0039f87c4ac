"""Quote speakers on real news, round 5: a title phrase before the person it names, «سبق لـX أن», «كان» + subject +
cue, adverbs of time after the cue, a definite unnamed source that keeps the chain, «وفق» a title, «بحسب ما قيل»."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_title_phrase_with_a_place_and_an_honorific_gives_the_person() -> None:
    doc = analyze("وقال مفتي مصر السابق الشيخ أحمد سالم الكبيسي في حوار مع الصحيفة إن الفتوى واضحة.")
    assert quote_speakers(doc) == [("وقال", "أحمد سالم الكبيسي")]


def test_title_phrase_with_a_preposition_gives_the_person() -> None:
    doc = analyze("يقول القيادي في التحالف الوطني كريم عباس الجبوري إن الاتفاق صامد.")
    assert quote_speakers(doc) == [("يقول", "كريم عباس الجبوري")]


def test_person_after_a_title_inside_a_preposition_is_not_the_speaker() -> None:
    doc = analyze("وقال القيادي في مكتب الرئيس كريم عباس الجبوري إن الاتفاق صامد.")
    assert quote_speakers(doc)[0][1] != "كريم عباس الجبوري"


def test_governing_verb_gives_the_name_after_lam() -> None:
    doc = analyze("وقد سبق لوزير الدفاع سامر خليل أن حذر من أنه «لن يسمح بذلك».")
    assert quote_speakers(doc) == [("حذر", "سامر خليل")]


def test_subject_between_kana_and_the_cue_is_the_speaker() -> None:
    doc = analyze("وكانت حركة حماس حذرت أخيرا من أن التصعيد سيستمر.")
    assert quote_speakers(doc) == [("حذرت", "حركة حماس")]


def test_subject_between_kana_and_the_cue_wins_over_an_object_after_it() -> None:
    doc = analyze("وكانت حركة حماس حذرت مؤخرا حركة فتح من أن التصعيد سيستمر.")
    assert quote_speakers(doc) == [("حذرت", "حركة حماس")]


def test_definite_unnamed_source_keeps_the_chain() -> None:
    doc = analyze("وقال المصدر إن الهجوم وشيك. وكشف أن القوات تستعد منذ أسابيع.")
    assert quote_speakers(doc) == [("وقال", "[المصدر]"), ("وكشف", "[المصدر]")]


def test_according_to_a_title_is_a_source() -> None:
    doc = analyze("وتقدمت القوات مدعومة بالعربات العسكرية، وفق قائد اللواء نصر حسن.")
    assert ("وفق", "[قائد اللواء]") in quote_speakers(doc) or ("وفق", "نصر حسن") in quote_speakers(doc)


def test_according_to_what_was_said_is_speech_without_speaker() -> None:
    doc = analyze("وغادر المدينة بشروط، منها عدم ممارسة أي نشاط سياسي، بحسب ما قيل حينها.")
    assert quote_speakers(doc) == [("بحسب", None)]

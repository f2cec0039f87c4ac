"""Speakers on constructions of real news, round 39: a plural participle («مؤكدين», «مشيرين») after a clause whose
subject is a plural of people, unnamed («واتهم المتمردون ...، مؤكدين»; a coordination «سياسيون وخبراء عراقيون»),
speaks with that phrase; «على أنه» of a verb's complement does not stop the search for the participle's clause, and
the object the chunker ran on into after a body's genitive («مفوضية اللاجئين المخيم») is no part of the speaker; a
participle after a cue's «أن» clause is the cue's speaker's, never the subject inside what was said («وأكد أن إيران
...، مبينا»); «كل ما أعلن» refers to what was said, no new quote; a «لكنه» clause after a verb with an unnamed
subject of its own («ودافع المدرب») is that subject's, not a speaker quoted before."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_a_plural_participle_speaks_with_the_unnamed_group_of_its_clause() -> None:
    doc = analyze_news("واتهم المتمردون القوات الحكومية بخرق الهدنة، مؤكدين أن القصف استمر طوال الليل.")
    assert quote_speakers(doc) == [("مؤكدين", "[المتمردون]")]


def test_a_coordination_of_plurals_of_people_speaks_whole() -> None:
    doc = analyze_news("وشكك سياسيون وخبراء عراقيون في جدوى الخطة، مشيرين إلى أن الحكومة لم تقدم أي ضمانات.")
    assert quote_speakers(doc) == [("مشيرين", "[سياسيون وخبراء عراقيون]")]


def test_that_after_ala_is_the_verbs_complement_and_the_object_no_speaker() -> None:
    doc = analyze_news("وصنفت مفوضية اللاجئين المخيم على أنه من أفضل المخيمات في العالم، منوهة بأن الخدمات فيه ممتازة.")
    assert quote_speakers(doc) == [("منوهة", "[مفوضية اللاجئين]")]


def test_a_participle_after_a_that_clause_is_the_cues_speakers() -> None:
    doc = analyze_news("وأكد أن إيران لم تقدم أي ضمانات، مبينا أنها تواصل دعم الميليشيات.")
    speakers = quote_speakers(doc)
    assert [cue for cue, _ in speakers] == ["وأكد", "مبينا"]
    assert speakers[1][1] == speakers[0][1] != "إيران"


def test_all_that_was_announced_is_no_quote() -> None:
    doc = analyze_news("كل ما أعلن رسميا كان الجانب العسكري: إعارة القاعدة للحلفاء.")
    assert doc.quotes == []


def test_but_he_goes_on_with_an_unnamed_subject_of_its_own() -> None:
    doc = analyze_news("وقال الرئيس خالد العلي إن الفريق سيفوز. ودافع المدرب عن اختياراته، لكنه اعترف بأن الفريق لعب "
                       "بشكل سيئ.")
    assert quote_speakers(doc) == [("وقال", "خالد العلي"), ("اعترف", "[المدرب]")]
    doc = analyze_news("وقال الوزير خالد العلي إن الخطة ستنجح. ودافع الوزير عن اختياراته، لكنه اعترف بأن الخطة تأخرت.")
    assert quote_speakers(doc) == [("وقال", "خالد العلي"), ("اعترف", "خالد العلي")]  # a title: the one named

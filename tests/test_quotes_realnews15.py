"""Quote speakers on constructions of real news, round 15: an unnamed official of a named body is the speaker, the
body his affiliation («مسؤول في الخارجية الأميركية»); a spokesman of a person speaks, not that person («ناطق بلسان
نتنياهو», «المتحدث باسم الرئيس»); a participle of the other gender keeps the only one named in its sentence; a
relative clause set off after the subject may run past the usual distance to «إن»."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_an_unnamed_official_speaks_and_his_ministry_is_his_affiliation() -> None:
    doc = analyze_news("وصرح مسؤول في الخارجية الأميركية بأن الاتفاق سيوقع قريبا.")
    assert quote_speakers(doc) == [("وصرح", "[مسؤول في الخارجية الأميركية]")]
    q = doc.to_dict()["quotes"][0]
    assert q["speaker"] is None
    assert next(e["name"] for e in doc.to_dict()["entities"] if e["id"] == q["speaker_affiliation"]) == "الخارجية الأميركية"


def test_the_official_carried_over_keeps_his_affiliation() -> None:
    doc = analyze_news("وقال متحدث باسم الجيش العراقي إن القوات تقدمت نحو المدينة، مشيرا إلى أن المعارك مستمرة.")
    assert quote_speakers(doc) == [("وقال", "الجيش العراقي"), ("مشيرا", "الجيش العراقي")]  # round qu872: the army
    army = next(e.id for e in doc.entities if e.name == "الجيش العراقي")
    assert [q.actor() for q in doc.quotes] == [army, army]  # events still see the army act


def test_a_body_named_in_what_was_said_is_no_affiliation() -> None:
    doc = analyze_news("وقال مسؤول إن الخارجية الأميركية ستصدر بيانا.")
    assert quote_speakers(doc) == [("وقال", "[مسؤول]")]


def test_a_spokesman_of_a_person_is_not_that_person() -> None:
    doc = analyze_news("وقال ناطق بلسان نتنياهو إن الحكومة لن توافق على الخطة.")
    assert quote_speakers(doc) == [("وقال", "[ناطق بلسان نتنياهو]")]
    doc = analyze_news("وقالت المتحدثة باسم الخارجية الأميركية جين ساكي إن واشنطن قلقة.")
    assert quote_speakers(doc) == [("وقالت", "جين ساكي")]  # a named spokeswoman is who speaks


def test_the_presidents_spokesman_does_not_carry_the_president() -> None:
    doc = analyze_news("وقال الرئيس الأميركي باراك أوباما إن الحرب انتهت. "
                       "وقال المتحدث باسم الرئيس إن البيت الأبيض يدرس الخيارات.")
    assert quote_speakers(doc) == [("وقال", "باراك أوباما"), ("وقال", "[المتحدث باسم الرئيس]")]


def test_a_participle_of_the_other_gender_keeps_the_only_one_named() -> None:
    doc = analyze_news("وقال رئيس الوزراء التركي أحمد داود أوغلو إن الحكومة مستعدة، مشيرة إلى أن الحوار مستمر.")
    assert quote_speakers(doc) == [("وقال", "أحمد داود أوغلو"), ("مشيرة", "أحمد داود أوغلو")]


def test_a_long_relative_clause_after_the_subject() -> None:
    doc = analyze_news("وقال محمد العلي، الذي يشغل منصب رئيس لجنة الشؤون الخارجية في مجلس النواب منذ انتخابات العام "
                       "الماضي وحتى اليوم بعد فوز كتلته بأغلبية المقاعد في الدائرة، إن الحكومة مستعدة للحوار.")
    assert quote_speakers(doc) == [("وقال", "محمد العلي")]

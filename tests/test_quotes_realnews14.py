"""Quote speakers on constructions of real news, round 14: «قائلا» after a cue is part of the cue («وأضاف قائلا»,
he added, saying), never its subject, so the speaker carries on from before."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_qailan_is_no_speaker_and_the_speaker_carries_on() -> None:
    doc = analyze_news("وقال الوزير أحمد سعيد إن الحرب انتهت. وأوضح قائلا إن الجيش مستعد للدفاع.")
    assert [s for _, s in quote_speakers(doc)] == ["أحمد سعيد", "أحمد سعيد"]
    doc = analyze_news("وقالت الوزيرة هدى سالم إن الخطة جاهزة. وأضافت قائلة: «لن نتراجع عن قرارنا».")
    assert [s for _, s in quote_speakers(doc)] == ["هدى سالم", "هدى سالم"]


def test_a_lone_qailan_has_no_speaker_text() -> None:
    doc = analyze_news("وأضاف قائلا إن الوضع صعب.")
    assert all(q.to_dict(doc.text).get("speaker_text") is None for q in doc.quotes)

"""Round q259: the speaker's own act joined by «و» to his «أن» clause, no comma («أعلن X أن Y هي Z وأغلق كل
السفارات»): the content ends before it. Hand-made sentences."""

from __future__ import annotations

import rasd


def _contents(text: str) -> list[str]:
    doc = rasd.analyze(text, "2015-08-02")
    return [doc.text[q.content.start:q.content.end] for q in doc.quotes]


def test_speakers_act_after_quantifier_ends_content() -> None:
    got = _contents("أعلن العراق أن الكويت هي المحافظة التاسعة عشرة وأغلق كل السفارات فيها.")
    assert got == ["الكويت هي المحافظة التاسعة عشرة"]


def test_speakers_act_with_definite_object_ends_content() -> None:
    got = _contents("أعلن العراق أن الكويت هي المحافظة التاسعة عشرة وأغلق السفارات فيها.")
    assert got == ["الكويت هي المحافظة التاسعة عشرة"]


def test_new_subject_inside_content_kept() -> None:
    got = _contents("أعلن العراق أن الكويت أصبحت محاصرة وأغلق الجيش الطرق المؤدية إليها.")
    assert got == ["الكويت أصبحت محاصرة وأغلق الجيش الطرق المؤدية إليها"]


def test_verb_agreeing_with_clause_subject_kept() -> None:
    got = _contents("أعلنت الوزارة أن المدينة أصبحت آمنة وأغلقت كل الطرق المؤدية إليها.")
    assert got == ["المدينة أصبحت آمنة وأغلقت كل الطرق المؤدية إليها"]


def test_masdar_after_wa_kept() -> None:
    got = _contents("قال الوزير إن الكويت تعمل على خفض الإنفاق ورفع الضرائب على الشركات.")
    assert got == ["الكويت تعمل على خفض الإنفاق ورفع الضرائب على الشركات"]


def test_indefinite_official_replying_is_speaker() -> None:
    """«ورد مسؤول حكومي على ...، معتبرا أن»: the indefinite official, not the object of «على», is the speaker (held
    already before this round; kept as a regression check)."""
    doc = rasd.analyze("ورد مسؤول حكومي على تصريحات المعارضة، معتبرا أنها لا تستند إلى أي دليل.", "2015-08-02")
    said = [s for s in (q.attrs.get("speaker_text") for q in doc.quotes) if s is not None]
    assert [doc.text[s.start:s.end] for s in said] == ["مسؤول حكومي"]

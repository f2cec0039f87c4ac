"""Round qu420: quote speakers. Hand-made sentences.

An unnamed source named again with the article («وأكدت المصادر» after «قالت مصادر تركية رسمية»): the same source,
its speaker phrase the fuller, earlier one."""

from __future__ import annotations

import rasd


def _phrases(text: str) -> list[tuple[str, str | None]]:
    doc = rasd.analyze(text, "2015-08-04")
    out: list[tuple[str, str | None]] = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        out.append((doc.text[q.cue.start:q.cue.end],
                    doc.text[given.start:given.end] if isinstance(given, rasd.Span) else None))
    return out


def test_sources_again_are_the_sources_told_of() -> None:
    got = _phrases("قالت مصادر تركية رسمية إن المنطقة الآمنة مسألة وقت. "
                   "في غضون ذلك، أكدت المصادر أنه لن يسمح للتنظيمات الكردية بذلك.")
    assert got == [("قالت", "مصادر تركية رسمية"), ("أكدت", "مصادر تركية رسمية")]


def test_source_again_and_the_quote_carried_on() -> None:
    got = _phrases("وقال مصدر عسكري رفيع إن التعزيزات وصلت إلى عدن. وأوضح المصدر أن الدبابات دخلت المعركة. "
                   "وأضاف أن الهجوم سيبدأ قريبا.")
    assert got == [("وقال", "مصدر عسكري رفيع"), ("وأوضح", "مصدر عسكري رفيع"), ("وأضاف", "مصدر عسكري رفيع")]


def test_not_past_another_one_of_its_kind_told_of() -> None:
    got = _phrases("ولفت بيان المنظمات إلى أن البرلمان أضاف تعديلات. وفي بيان مشترك بين نقابتين تقرر خوض "
                   "تحركات احتجاجية. وأوضح البيان أن هذا القرار خلف إنهاكا.")
    assert got[-1] == ("وأوضح", "البيان")


def test_not_another_head_noun() -> None:
    got = _phrases("وقالت مصادر تركية رسمية إن المنطقة الآمنة مسألة وقت. وأكد المصدر أن العملية ستبدأ قريبا.")
    assert got[-1] == ("وأكد", "المصدر")


def _cues(text: str) -> list[str]:
    doc = rasd.analyze(text, "2015-08-04")
    return [doc.text[q.cue.start:q.cue.end] for q in doc.quotes]


def test_what_was_said_as_a_prepositions_object_reports_nothing() -> None:
    got = _cues("يخرجون علينا بما قاله الله تعالى، وبما قاله رسوله الكريم، في أحاديثه الشريفة، ثم لا يجدون أي حرج، "
                "في أن يقترن هذا بالكذب.")
    assert got == []


def test_what_was_said_opened_by_min_anna_is_reported() -> None:
    assert _cues("وأشاد النائب بما قاله الوزير من أن الحكومة ستدعم المزارعين.") == ["قاله"]


def test_what_was_said_opened_by_a_colon_is_reported() -> None:
    assert _cues("وأشاد النائب بما قاله الوزير: «الحكومة ستدعم المزارعين».") == ["قاله"]

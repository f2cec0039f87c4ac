"""Round qu624: «يتابع/تتابع» + the thing followed («تفاصيل», «انتقاداتها», «باهتمام», «عن كثب») is following a
matter up, neither a speech cue nor the end of the quote before it; «وتابع الوزير: «...»», «وتابعت أن»,
«وتابع قائلا» stay cues of going on speaking. Hand-made sentences."""

from __future__ import annotations

import rasd


def _quotes(text: str) -> list[tuple[str, str]]:
    doc = rasd.analyze(text, "2015-08-02")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end]) for q in doc.quotes]


def test_imperfect_with_details_does_not_cut_the_content() -> None:
    got = _quotes("وأوضح مدير المهرجان أن الأعمال تسير وفق الخطة، مشيراً إلى أن أمير المنطقة، يتابع تفاصيل تنفيذ "
                  "مشروع تطوير الساحة، ضمن مشاريع المهرجان.")
    assert got == [("وأوضح", "الأعمال تسير وفق الخطة"),
                   ("مشيراً", "أمير المنطقة، يتابع تفاصيل تنفيذ مشروع تطوير الساحة، ضمن مشاريع المهرجان")]


def test_imperfect_with_subject_then_object_is_no_cue() -> None:
    got = _quotes("وفي العاصمة، تتابع أحزاب معارضة انتقاداتها لتوقيع الحكومة «اتفاق الشراكة مع الاتحاد الأوروبي في "
                  "مجال الطاقة» بعد زيارة الوفد.")
    assert got == []


def test_follows_closely_is_no_cue() -> None:
    got = _quotes("وقال المتحدث إن الوزارة تتابع عن كثب الأوضاع في المنطقة الحدودية.")
    assert got == [("وقال", "الوزارة تتابع عن كثب الأوضاع في المنطقة الحدودية")]


def test_perfect_with_colon_stays_a_cue() -> None:
    got = _quotes("وقال الوزير إن الحكومة ماضية في خطتها. وتابع الوزير: «لن نتراجع عن الإصلاحات مهما كانت الضغوط».")
    assert ("وتابع", "لن نتراجع عن الإصلاحات مهما كانت الضغوط") in got


def test_perfect_with_complementizer_stays_a_cue() -> None:
    got = _quotes("وقالت المتحدثة إن الوزارة تلقت الطلب. وتابعت أن الحكومة ستدرس المقترح خلال الأسبوع المقبل.")
    assert ("وتابعت", "الحكومة ستدرس المقترح خلال الأسبوع المقبل") in got


def test_went_on_saying_stays_a_cue() -> None:
    got = _quotes("وقال الرئيس إن البلاد تمر بمرحلة صعبة. وتابع قائلا: «علينا أن نعمل معا لتجاوز الأزمة».")
    assert any(c == "وتابع" and "علينا أن نعمل معا" in s for c, s in got)


def test_imperfect_with_colon_stays_a_cue() -> None:
    got = _quotes("وقال الخبير إن السوق واعدة. يتابع: «الأمر محفوف بالمخاطر في هذه المرحلة».")
    assert ("يتابع", "الأمر محفوف بالمخاطر في هذه المرحلة") in got

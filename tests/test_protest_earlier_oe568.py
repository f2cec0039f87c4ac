"""Round oe568: a protest told in the «أن» clause of «سبق (لـX)» was done before, background, no report
(:mod:`rasd.events.protest_earlier`). Hand-made sentences."""

from __future__ import annotations

from conftest import news_event


def _spec(text: str, trigger: str) -> tuple[str, str, bool]:
    _, e = news_event(text, trigger)
    return e.code, e.modality, bool(e.attrs.get("specific"))


def test_earlier_with_lam_phrase_is_no_report() -> None:
    text = "وسبق لعدد من الناشطين الإسلاميين أن نظموا مظاهرة عام 2004 أمام مقر البرلمان في الكويت."
    assert _spec(text, "مظاهرة") == ("141", "asserted", False)


def test_earlier_bare_that_is_no_report() -> None:
    text = "وسبق أن تظاهر مئات العمال أمس أمام وزارة العمل في القاهرة للمطالبة بزيادة الأجور."
    assert _spec(text, "تظاهر")[2] is False


def test_same_protest_without_earlier_verb_is_report() -> None:
    text = "ونظم عدد من الناشطين الإسلاميين مظاهرة أمس أمام مقر البرلمان في الكويت."
    assert _spec(text, "مظاهرة") == ("141", "asserted", True)


def test_protest_before_the_earlier_clause_keeps_report() -> None:
    text = "وتظاهر مئات العمال أمس أمام وزارة العمل في القاهرة، وسبق أن رفعت النقابة شكوى إلى الوزير."
    assert _spec(text, "وتظاهر")[2] is True


def test_earlier_without_that_keeps_report() -> None:
    text = "وتظاهر مئات العمال أمس أمام وزارة العمل في القاهرة قبل أن تسبق الشرطة وصولهم إلى المبنى."
    assert _spec(text, "وتظاهر")[2] is True

"""Round ev636: a present verb of verbal support for an actor in a relative clause, or with «منذ», tells a standing
allegiance, a held state, not an act of endorsing («التقى بأمين عام الحزب الذي يؤيد صالح»: no 051), as «الذي
يسيطر على المدينة» tells who holds a place (no_acts.held_state, function words ``state_triggers``)."""

from __future__ import annotations

from conftest import news_codes, news_event

SALEH = "وقال الرئيس اليمني السابق علي عبد الله صالح إنه لن يغادر البلاد. "


def _codes(text: str) -> list[str]:
    return [c for _, c in news_codes(text)]


def test_support_in_a_relative_clause_is_a_held_allegiance() -> None:
    codes = news_codes(SALEH + "والتقى المبعوث بالأمين العام لحزب المؤتمر الشعبي العام الذي يؤيد صالح.")
    assert codes == [("والتقى", "040")]
    assert "051" not in _codes("وقال الوزير إن حزب الإصلاح الذي يدعم الحكومة اليمنية يواصل عمله في تعز.")
    assert "051" not in _codes("وقال الوزير إن السعودية التي تدعم الحكومة اليمنية ستواصل عملياتها.")


def test_support_since_a_date_is_a_held_allegiance() -> None:
    assert "051" not in _codes("وقال المتحدث إن السعودية تدعم الحكومة اليمنية منذ عام 2011.")


def test_support_told_as_an_act_stays_an_endorsement() -> None:
    assert ("يؤيد", "051") in news_codes(SALEH + "وقال المتحدث إن حزب المؤتمر الشعبي العام يؤيد صالح.")
    assert ("تدعم", "051") in news_codes("وقال الوزير إن السعودية تدعم الحكومة اليمنية.")
    doc, e = news_event("وقال الرئيس إن مصر تؤيد الحكومة اليمنية.", "تؤيد")
    assert e.code == "051" and doc.entity(e.target).name == "الحكومة اليمنية"
    doc, e = news_event("وأيدت مصر الحكومة اليمنية.", "وأيدت")
    assert e.code == "051" and doc.entity(e.source).name == "مصر"

"""Round qu974: a sentence-opening «according to» whose comma opens a clause with a masculine past verb of an event
(«وبحسب البيان المصري، بحث الوزيران ...», «ووفقا لمصادر محلية، قتل ...») reports that clause, its source the
speaker (the statement's owner where the article names it); a bare noun after the comma still opens none."""

from __future__ import annotations

from conftest import news_quote_rows


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def test_according_to_a_national_statement_before_a_meeting_clause() -> None:
    text = ("التقى وزير الخارجية المصري سامح شكري في مصر نظيره التونسي الطيب البكوش يوم الأحد. وبحسب البيان "
            "المصري، بحث الوزيران سبل دعم التعاون الاقتصادي بين البلدين.")
    rows = _rows(text, "وبحسب")
    assert len(rows) == 1
    assert rows[0][1] == "مصر"
    assert rows[0][3] == "بحث الوزيران سبل دعم التعاون الاقتصادي بين البلدين"
    assert rows[0][4] is False


def test_according_to_sources_before_a_killing_clause() -> None:
    text = "ووفقا لمصادر طبية في المدينة، قتل ثلاثة مدنيين في سقوط قذيفة على حي سكني مساء الخميس."
    rows = _rows(text, "ووفقا")
    assert len(rows) == 1
    assert rows[0][2] == "مصادر طبية"
    assert rows[0][3] == "قتل ثلاثة مدنيين في سقوط قذيفة على حي سكني مساء الخميس"


def test_hasb_an_agency_before_a_met_clause() -> None:
    text = "وحسب وكالة الأنباء الرسمية، اجتمع الطرفان في العاصمة مساء أمس واتفقا على تبادل الأسرى."
    rows = _rows(text, "وحسب")
    assert len(rows) == 1
    assert rows[0][3] == "اجتمع الطرفان في العاصمة مساء أمس واتفقا على تبادل الأسرى"


def test_a_noun_after_the_comma_opens_no_clause() -> None:
    text = "وبحسب المصادر، نحو مائة شخص من سكان القرية في المخيم منذ أسبوع."
    assert _rows(text, "وبحسب") == []

"""Round 73 (a split of the long events modules, no behaviour change): the backward scan for «كان ... قد» shared by
``when.chained_pluperfect`` and ``when.pluperfect_main`` (one helper, each with its own stop test). Hand-made
sentences."""

from __future__ import annotations

from conftest import analyze_news, news_date

from rasd.events import when


def _token(doc, word: str) -> int:  # type: ignore[no-untyped-def]
    return next(t for t, tok in enumerate(doc.tokens) if tok.text == word)


def test_a_verb_coordinated_after_a_pluperfect_takes_no_date_of_the_article() -> None:
    # over the comma: the chain's stop test lets a comma pass
    assert news_date("وكان الوزير قد زار القاهرة الأسبوع الماضي، والتقى الرئيس المصري هناك.", "والتقى") is None


def test_a_plain_past_dates_the_coordinated_verb() -> None:
    assert news_date("زار الوزير القاهرة، والتقى الرئيس المصري هناك.", "والتقى") == "2015-08-02"


def test_a_complementizer_ends_the_chain() -> None:
    # «إن» opens another clause: the «كان ... قد» before it is not this verb's
    assert news_date("وكان الوزير قد قال إن الجيش هاجم المدينة، والتقى الرئيس المصري هناك.", "والتقى") == "2015-08-02"


def test_a_relative_on_the_object_of_a_pluperfect_is_of_that_past() -> None:
    doc = analyze_news("وكان الرئيس قد أعلن مبادرته التي دعت إلى الحوار.")
    assert when.pluperfect_main(doc, _token(doc, "التي"), 0)


def test_no_pluperfect_no_past_for_the_relative() -> None:
    doc = analyze_news("أعلن الرئيس مبادرته التي دعت إلى الحوار.")
    assert not when.pluperfect_main(doc, _token(doc, "التي"), 0)


def test_a_comma_ends_the_scan_from_a_relative() -> None:
    # unlike the chain of coordinated verbs, the scan back from a relative stops at a comma
    doc = analyze_news("وكان الرئيس قد أعلن أمس، مبادرته التي دعت إلى الحوار.")
    assert not when.pluperfect_main(doc, _token(doc, "التي"), 0)

"""Doc.token_range / token_from: the token indices of a span and the first token from an offset, by bisection."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Span


def test_token_range_keeps_only_tokens_wholly_inside() -> None:
    doc = analyze("قال الوزير إن الاجتماع انتهى.", date="2015-08-01")
    texts = [t.text for t in doc.tokens]
    start = doc.text.index("الوزير")
    end = doc.text.index("الاجتماع") + 3  # ends inside «الاجتماع»: that token is not in the span
    ks = doc.token_range(Span(start, end))
    assert [texts[k] for k in ks] == ["الوزير", "إن"]
    assert [t.text for t in doc.tokens_in(Span(start, end))] == ["الوزير", "إن"]
    assert list(doc.token_range(Span(start, start))) == []


def test_token_from_is_the_first_token_at_or_after_an_offset() -> None:
    doc = analyze("قال الوزير إن الاجتماع انتهى.", date="2015-08-01")
    k = doc.token_from(doc.text.index("الوزير") + 1)  # inside «الوزير»: the next token
    assert k is not None and doc.tokens[k].text == "إن"
    assert doc.token_from(len(doc.text)) is None

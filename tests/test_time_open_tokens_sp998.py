"""Round sp998: ``chunk_reads.time_open_tokens``, the per-article set of the tokens a time expression opens in
(made once, kept on the doc), answers what round ev988's per-word scan of the article's times answered: the token
``k`` with ``tokens[k - 1].end <= time.start < tokens[k].end``, never the first token."""

from __future__ import annotations

from conftest import analyze_news

from rasd.events.chunk_reads import time_open_tokens


def _scanned(doc, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The per-word test that the set replaces (round ev988's ``time_opens``)."""
    if k == 0:
        return False
    lo, hi = doc.tokens[k - 1].end, doc.tokens[k].end
    return any(lo <= t.start < hi for t in doc.times)


def test_evening_time_opens_at_its_first_word() -> None:
    doc = analyze_news("قتل ثلاثة حراس مساء الأربعاء في هجوم على مخفر قرب القرية.")
    opens = time_open_tokens(doc)
    words = [t.text for t in doc.tokens]
    assert words[min(opens)] == "مساء"
    assert opens == {k for k in range(len(doc.tokens)) if _scanned(doc, k)}


def test_time_at_sentence_start_and_after_clitic() -> None:
    doc = analyze_news("أمس الثلاثاء زار الوزير المعرض، وفي صباح اليوم التقى رئيس البلدية.")
    opens = time_open_tokens(doc)
    assert 0 not in opens  # (a time in the first token opens past no token)
    assert opens == {k for k in range(len(doc.tokens)) if _scanned(doc, k)}
    assert any(doc.tokens[k].text in ("صباح", "وفي") for k in opens)


def test_kept_per_article() -> None:
    doc = analyze_news("وصل الوفد صباح الخميس إلى العاصمة.")
    assert time_open_tokens(doc) is time_open_tokens(doc)

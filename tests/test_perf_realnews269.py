"""Round perf269 (speed, output identical): ``Doc.tokens_starting`` bisects the token starts in place of a scan of
every token; ``events.word_tests.mention_holding`` reads a per-document index (``holding_index``) in place of a scan
of every mention; ``entities.cluenames.ala_spelled`` counts the «على» of a document once. Each answer must be the one
the plain scan gives, and a changed token or mention list is never read through the old index."""

from conftest import analyze_news

from rasd.doc import Mention
from rasd.entities.cluenames import ala_spelled
from rasd.events.word_tests import holding_index, mention_holding


def _scan_starting(doc, lo: int, hi: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.text for t in doc.tokens if lo <= t.start < hi]


def _scan_holding(doc, k: int) -> Mention | None:  # type: ignore[no-untyped-def]
    tok = doc.tokens[k]
    return next((m for m in doc.mentions if m.start <= tok.start < m.end and m.entity is not None), None)


def test_tokens_starting_matches_a_plain_scan() -> None:
    doc = analyze_news("وأعلن وزير الخارجية، مساء أمس، أن الحكومة سترسل وفدا إلى القاهرة لبحث الأزمة.")
    n = len(doc.text) + 2
    for lo in range(-1, n, 3):
        for hi in range(lo - 2, n, 5):
            assert [t.text for t in doc.tokens_starting(lo, hi)] == _scan_starting(doc, lo, hi)
    at = doc.text.index("الحكومة")
    assert [t.text for t in doc.tokens_starting(at, doc.text.index("إلى"))] == ["الحكومة", "سترسل", "وفدا"]
    assert doc.tokens_starting(at + 1, at + 3) == []  # counter-case: inside a token, none starts there


def test_mention_holding_matches_a_plain_scan() -> None:
    doc = analyze_news("واستقبل الرئيس عبد الفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون كيري أمس.")
    assert any(m.entity is not None for m in doc.mentions)
    for k in range(len(doc.tokens)):
        assert mention_holding(doc, k) is _scan_holding(doc, k)
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "القاهرة")
    got = mention_holding(doc, k)
    assert got is not None and got.text == "القاهرة"
    assert mention_holding(doc, 0) is None  # counter-case: «واستقبل» is in no mention


def test_holding_index_follows_a_new_mention_list() -> None:
    doc = analyze_news("وزار وزير الدفاع الأردني بغداد أمس.")
    k = next(i for i, t in enumerate(doc.tokens) if t.text == "بغداد")
    assert mention_holding(doc, k) is not None
    assert len(holding_index(doc)) == len(doc.tokens)
    doc.mentions = [m for m in doc.mentions if m.text != "بغداد"]  # counter-case: the old index is not read
    assert mention_holding(doc, k) is None


def test_ala_spelled_counts_once_and_follows_new_tokens() -> None:
    doc = analyze_news("وأكد الوزير على ضرورة الحوار، وشدد على وحدة البلاد.")
    assert ala_spelled(doc)
    one = analyze_news("وأكد الوزير علي ضرورة الحوار وشدد على وحدة البلاد.")
    assert not ala_spelled(one)  # counter-case: «على» once only
    doc.tokens = doc.tokens[:4]  # a replaced token list is counted again: one «على» left
    assert not ala_spelled(doc)

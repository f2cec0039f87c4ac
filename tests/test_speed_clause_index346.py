"""Round sp346 (speed, output identical): the clause scans that walked word by word to the nearest comma or end mark
(``word_tests.clause_window``, ``habits._clause``, ``running._clause``, ``elsewhere.elsewhere``) bisect one
per-document list of the clause stops (``word_tests.clause_stop_tokens``) through ``clause_from`` / ``clause_to``.
The tests hold the two helpers to the loops they replace, at every token and bound of hand-made sentences, and the
rules to their answers on a sentence where they fire and one where they must not; the 347 output was checked
byte-identical before and after the round."""

from conftest import analyze_news

from rasd.doc import Doc
from rasd.events.elsewhere import elsewhere
from rasd.events.word_tests import clause_from, clause_stop, clause_stop_tokens, clause_to, clause_window


def _loop_from(doc: Doc, i: int, floor: int) -> int:
    lo = i
    while lo > floor and not clause_stop(doc.tokens[lo - 1].text):
        lo -= 1
    return lo


def _loop_to(doc: Doc, j: int, ceil: int) -> int:
    hi = j
    while hi < ceil and not clause_stop(doc.tokens[hi].text):
        hi += 1
    return hi


def _loop_window(doc: Doc, i: int, j: int, a: int, b: int, reach: int) -> list[int]:
    near: list[int] = []
    for t in range(i - 1, max(a, i - reach) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            break
        near.append(t)
    for t in range(j + 1, min(b, j + 1 + reach)):
        if clause_stop(doc.tokens[t].text):
            break
        near.append(t)
    return near


_TEXTS = (
    "وقال الوزير، في مؤتمر صحافي أمس، إن الحكومة فرضت حظرا على التجوال. ووصل الوفد إلى بغداد, ووقع الاتفاق",
    "اجتمع الرئيس مع نظيره في العاصمة لبحث التعاون الاقتصادي بين البلدين",  # no stop but the end
    "، . ،",  # nothing but stops
)


def test_clause_from_and_to_match_the_word_by_word_scans() -> None:
    for text in _TEXTS:
        doc = analyze_news(text)
        n = len(doc.tokens)
        assert clause_stop_tokens(doc) == [t for t in range(n) if clause_stop(doc.tokens[t].text)]
        for i in range(n + 1):
            for bound in range(n + 1):
                assert clause_from(doc, i, bound) == _loop_from(doc, i, bound), (text, i, bound)
                assert clause_to(doc, i, bound) == _loop_to(doc, i, bound), (text, i, bound)


def test_clause_window_matches_the_word_by_word_scan() -> None:
    doc = analyze_news(_TEXTS[0])
    n = len(doc.tokens)
    for i in range(n):
        for j in range(i, min(n, i + 3)):
            for reach in (1, 3, 8):
                assert clause_window(doc, i, j, 0, n, reach) == _loop_window(doc, i, j, 0, n, reach)
                assert clause_window(doc, i, j, 2, n - 2, reach) == _loop_window(doc, i, j, 2, n - 2, reach)


def test_clause_window_stops_at_the_comma() -> None:
    doc = analyze_news("وقال الوزير، إن الحكومة فرضت حظرا")
    texts = [t.text for t in doc.tokens]
    i = texts.index("الحكومة")
    near = [texts[t] for t in clause_window(doc, i, i, 0, len(texts), 5)]
    assert near == ["إن", "فرضت", "حظرا"]  # not «الوزير» before the comma


def test_elsewhere_reads_its_own_clause_only() -> None:
    doc = analyze_news("قتل ثلاثة أشخاص في مدينة أخرى، وأصيب عشرة في الهجوم")
    texts = [t.text for t in doc.tokens]
    assert elsewhere(doc, texts.index("قتل"))  # «في مدينة أخرى»: another place, in its clause
    assert not elsewhere(doc, texts.index("وأصيب"))  # the other place is past the comma before it

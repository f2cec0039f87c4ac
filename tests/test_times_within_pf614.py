"""Round pf614: ``Doc.times_within``, the time expressions between two offsets found by bisection over their
starts: the same list, in the same order, as a scan of ``doc.times`` (``lo <= ts.start and ts.end <= hi``), and
made again when the times layer is replaced."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc, TimeSpan

TEXT = "وقال الوزير أمس إن الاجتماع سيعقد في 20 أغسطس. وكان قد التقى السفير يوم الخميس الماضي."


def _scan(doc: Doc, lo: int, hi: int) -> list[TimeSpan]:
    return [ts for ts in doc.times if lo <= ts.start and ts.end <= hi]


def _doc() -> Doc:
    doc = Doc(text=TEXT, raw=TEXT)
    # out of text order on purpose: the answer keeps the order of ``doc.times``
    doc.times = [
        TimeSpan(38, 46, "20 أغسطس", "2015-08-20"),
        TimeSpan(12, 15, "أمس", "2015-04-30"),
        TimeSpan(70, 87, "يوم الخميس الماضي", "2015-04-30"),
    ]
    return doc


def test_window_keeps_times_order() -> None:
    doc = _doc()
    assert [ts.text for ts in doc.times_within(0, 46)] == ["20 أغسطس", "أمس"]
    assert doc.times_within(0, 46) == _scan(doc, 0, 46)


def test_bounds_inclusive_and_partial_time_left_out() -> None:
    doc = _doc()
    assert [ts.text for ts in doc.times_within(12, 15)] == ["أمس"]  # exactly the time
    assert doc.times_within(13, 46) == [doc.times[0]]  # «أمس» starts before ``lo``
    assert doc.times_within(0, 45) == [doc.times[1]]  # «20 أغسطس» ends after ``hi``
    assert doc.times_within(47, 69) == []  # between the times
    assert doc.times_within(46, 12) == []  # an empty window


def test_every_window_matches_scan() -> None:
    doc = _doc()
    for lo in range(0, len(TEXT) + 1, 3):
        for hi in range(lo, len(TEXT) + 1, 5):
            assert doc.times_within(lo, hi) == _scan(doc, lo, hi)


def test_remade_after_times_replaced() -> None:
    doc = _doc()
    assert doc.times_within(0, 20) == [doc.times[1]]
    doc.times = [TimeSpan(5, 11, "الوزير", "2015")]
    assert doc.times_within(0, 20) == doc.times


def test_real_article_windows_match_scan() -> None:
    doc = analyze(TEXT, date="2015-05-01")
    assert doc.times, "the article's times were found"
    for s in doc.sentences:
        assert doc.times_within(s.start, s.end) == _scan(doc, s.start, s.end)

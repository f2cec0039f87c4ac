"""«دان» is «أدان» without its hamza (condemned), common in Gulf agencies' style («دان مجلس الوزراء الكويتي
التفجير»): the condemning body is the source of a 111 and, as for «أدان», no source of the bombing it condemns."""

from __future__ import annotations

from conftest import analyze_news, news_arg


def test_dan_condemns_and_its_subject_does_not_bomb() -> None:
    text = "دان مجلس الوزراء الكويتي التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها."
    doc = analyze_news(text)
    codes = {(e.code, doc.text[e.trigger.start : e.trigger.end]) for e in doc.events}
    assert ("111", "دان") in codes
    assert news_arg(text, "دان", "source") == "مجلس الوزراء الكويتي"
    assert news_arg(text, "التفجير", "source") == ""


def test_the_name_dan_condemns_nothing() -> None:
    doc = analyze_news("وقال الكاتب الأميركي دان براون إن روايته الجديدة ستصدر في الخريف.")
    assert not [e for e in doc.events if e.code.startswith("11")]

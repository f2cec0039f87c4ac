"""Round mend618: a meeting noun told as the genitive of a noun of its results or course («نتائج», «حصيلة»,
«مخرجات», «تطورات», «ما أسفر عنه») in the object of a talks verb is an earlier meeting the talks are about: its own
event with its own place, not a repeat of the talks (``events.result_meetings``); a meeting noun in which the talks
are held («خلال الاجتماع», «في الاجتماع») stays one event with them."""

from __future__ import annotations

from conftest import analyze_news, news_place, news_triggers


def _events(text: str) -> list[list[str]]:
    doc = analyze_news(text)
    return [[doc.text[t.start : t.end] for t in e.triggers] for e in doc.events]


def test_the_meeting_whose_results_are_discussed_is_its_own_event() -> None:
    text = "وناقش الوزيران نتائج الاجتماع الوزاري الأخير في القاهرة."
    assert _events(text) == [["وناقش"], ["الاجتماع"]]
    assert news_place(text, "الاجتماع") == "القاهرة"


def test_a_tally_of_a_meeting_is_another_meeting() -> None:
    text = "واستعرض الجانبان حصيلة الاجتماع الثلاثي الذي عقد في عمان."
    assert _events(text) == [["واستعرض"], ["الاجتماع"]]
    assert news_place(text, "الاجتماع") == "عمان"


def test_what_a_meeting_came_to_is_another_meeting() -> None:
    text = "وبحث الرئيسان ما أسفر عنه الاجتماع الأخير للجنة المشتركة في الكويت."
    assert _events(text) == [["وبحث"], ["الاجتماع"]]
    assert news_place(text, "الاجتماع") == "الكويت"


def test_the_meeting_the_talks_are_held_in_is_the_same_event() -> None:
    # counter-cases: «خلال/في الاجتماع» is where the talks are held: one event, both triggers
    assert news_triggers("وبحث الوزيران خلال الاجتماع في الرياض سبل التعاون بين البلدين.") == ["وبحث", "الاجتماع"]
    assert news_triggers("وبحث الوزيران في الاجتماع سبل التعاون بين البلدين.") == ["وبحث", "الاجتماع"]


def test_results_in_another_clause_are_not_the_objects() -> None:
    # counter-case: the results told after «وأن» are of the talks themselves: the meeting joins them
    text = "وبحث الوزيران سبل التعاون بين البلدين، وأن نتائج الاجتماع كانت إيجابية."
    assert _events(text) == [["وبحث", "الاجتماع"]]

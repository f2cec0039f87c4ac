"""Round ev416: a verb's object stands past an occasion and its complement («سيلتقي خلال زيارته للدوحة نظيريه»:
``events.objects.after_adverbials`` with ``occasion_complement``): the place of the visit is no object of the
meeting."""

from __future__ import annotations

from conftest import news_arg


def test_the_one_met_past_during_a_visit_to_a_place() -> None:
    text = ("وكانت وزارة الخارجية الروسية قد أعلنت أن وزير الخارجية سيرغي لافروف سيلتقي خلال زيارته للدوحة نظيريه "
            "الأميركي جون كيري.")
    assert news_arg(text, "سيلتقي", "target") == "جون كيري"


def test_the_place_visited_is_not_the_one_met() -> None:
    # counter-case: with no one named after the occasion, the place of the visit is no party to the meeting
    text = "وقالت الوزارة إن لافروف سيلتقي خلال زيارته للدوحة في الأسبوع المقبل."
    assert news_arg(text, "سيلتقي", "target") != "الدوحة"

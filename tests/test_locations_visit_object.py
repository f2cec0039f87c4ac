"""Round lo464: a visit noun whose pronoun is the visitor takes the place right after it with no preposition as the
place it goes to (the masdar's object: «خلال زيارته الرياض»; events.where.visited_place), and an act done during
the visit is there too. Hand-made sentences (paraphrases, no article text), each with counter-cases."""

from __future__ import annotations

from conftest import news_place

MEETING = "والتقى الرئيس الفرنسي فرنسوا هولاند خلال زيارته الرياض أمس الملك سلمان بن عبد العزيز."


def test_visit_with_its_pronoun_goes_to_the_bare_place_after_it() -> None:
    assert news_place(MEETING, "زيارته") == "الرياض"
    assert news_place("وقال وزير الخارجية الروسي سيرغي لافروف خلال زيارته الدوحة إن الحل سياسي.", "زيارته") \
        == "الدوحة"


def test_meeting_during_the_visit_is_where_it_went() -> None:
    assert news_place(MEETING, "والتقى") == "الرياض"


def test_counter_place_past_a_comma_is_another_clause() -> None:
    text = "وقال وزير الخارجية الروسي سيرغي لافروف في ختام زيارته، الدوحة تدعم الحل السياسي."
    assert news_place(text, "زيارته") is None


def test_counter_topic_place_past_a_time_is_no_visit_place() -> None:
    # «الأوضاع في اليمن» is what was said about, not where the visit went
    assert news_place("وأكد الرئيس الفرنسي فرنسوا هولاند بعد زيارته أمس الأوضاع في اليمن.", "زيارته") is None


def test_counter_visit_with_no_pronoun_keeps_its_genitive_visitor() -> None:
    # «زيارة الرئيس الرياض»: the rule reads the noun that carries its visitor's pronoun only
    assert news_place("وقال الوزير إن زيارة الرئيس الرياض ستكون الشهر المقبل.", "زيارة") is None

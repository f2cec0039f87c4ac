"""Round ev416: the one met after a meeting noun with a pronoun is found past a title's complement in «لـ»
(``events.met_targets._title_complement``: «لقائه الوزير التركي للشؤون الأوروبية فولكان بوزكير»)."""

from __future__ import annotations

from conftest import news_arg


def test_past_the_title_complement_in_lam() -> None:
    text = "وقال هان خلال لقائه الوزير التركي للشؤون الاوروبية فولكان بوزكير، إن الاتحاد يعترف بحق تركيا."
    assert news_arg(text, "لقائه", "target") == "فولكان بوزكير"


def test_an_indefinite_lam_word_still_stops() -> None:
    # counter-case: «لبحث» (a purpose masdar, no article) opens no title complement: the man named after it is the
    # topic's, not the one met
    text = "وقال الوزير خلال لقائه السفير لبحث قضية الرئيس عمر البشير إن الحوار مستمر."
    assert news_arg(text, "لقائه", "target") != "عمر البشير"

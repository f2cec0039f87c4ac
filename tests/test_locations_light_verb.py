"""Round lo408: a compass place said between a light or undergoing verb and its masdar, past a comma, is the
masdar's place («وقد تعرضت في وقت سابق في شرق بعلبك، لإطلاق صواريخ»; events.where_light). Hand-made sentences
(paraphrases of the 347) with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_between_an_undergoing_verb_and_its_masdar() -> None:
    text = "وتنتشر على الحدود بلدات وقرى شيعية، وقد تعرضت في وقت سابق في شرق بعلبك، لإطلاق صواريخ من جبال القلمون."
    assert news_place(text, "لإطلاق") == "بعلبك"


def test_compass_place_past_a_comma_with_no_light_verb_is_another_clauses() -> None:
    # counter-case: no light verb before the place; the comma ends the clause of «يسكنها»
    text = "وتنتشر على الحدود بلدات وقرى شيعية يسكنها الناس منذ زمن في شرق بعلبك، لإطلاق صواريخ من جبال القلمون."
    assert news_place(text, "لإطلاق") is None

"""Round lo464: a killing with no place of its own, right before a «عندما/حين» clause that opens with an act of
force given a place, happened where that act did (events.where_when). Hand-made sentences (paraphrases, no article
text), each with counter-cases."""

from __future__ import annotations

from conftest import news_place


def test_killing_before_a_when_clause_attack_is_where_the_attack_was() -> None:
    text = "وقتل خمسة جنود أمس، عندما هاجم مسلحون من تنظيم داعش حاجزا للجيش في مدينة سرت."
    assert news_place(text, "هاجم") == "سرت"
    assert news_place(text, "وقتل") == "سرت"


def test_killing_past_a_toll_joined_by_wa() -> None:
    # «قتلوا، وأصيب عشرة آخرون عندما اقتحم»: the clause tells the occasion of both; the town past «خارج مدينة»
    text = "وقال مسؤول إن ثلاثة جنود قتلوا، وأصيب عشرة آخرون عندما اقتحم مسلحون نقطة تفتيش خارج مدينة سرت."
    assert news_place(text, "قتلوا") == "سرت"


def test_counter_when_clause_of_no_act_of_force() -> None:
    # the reinforcements sent to a town tell no place of the killing
    assert news_place("وقتل ثلاثة جنود أمس، عندما أرسل الجيش تعزيزات إلى مدينة سرت.", "وقتل") is None


def test_counter_killing_with_its_own_place_keeps_it() -> None:
    text = "وقتل ثلاثة جنود أمس في بنغازي، عندما هاجم مسلحون حاجزا للجيش في مدينة سرت."
    assert news_place(text, "وقتل") == "بنغازي"


def test_counter_when_clause_of_another_sentence() -> None:
    text = "وقتل ثلاثة جنود أمس. وعندما هاجم مسلحون حاجزا للجيش في مدينة سرت فر السكان."
    assert news_place(text, "وقتل") is None

"""ev814: the acts joined by «و» or «بـ» to the act of «أقدم X على + masdar» have the same doer X, and their pronoun
object is the first act's object; a comma or a verb with no pronoun ends the chain."""

from __future__ import annotations

from conftest import news_arg

BEFORE = "قال القائد عبد الله المحيسني إن فيلق الشام سيواصل القتال. "


def test_the_joined_masdar_with_a_pronoun_has_the_undertaker_and_the_first_object() -> None:
    text = BEFORE + "وأقدمت جبهة النصرة في مدينة خان شيخون، على إعدام محامٍ بإطلاق النار عليه وقتله بعدما اتهمته."
    assert news_arg(text, "وقتله", "source") == "جبهة النصرة"
    assert news_arg(text, "وقتله", "target") == "محامٍ"
    assert news_arg(text, "إعدام", "source") == "جبهة النصرة"


def test_the_bi_masdar_with_alayhi_has_the_undertaker_and_the_first_object() -> None:
    text = BEFORE + "وأقدمت جبهة النصرة في مدينة خان شيخون، على إعدام جندي بإطلاق النار عليه أمام منزله."
    assert news_arg(text, "بإطلاق", "source") == "جبهة النصرة"
    assert news_arg(text, "بإطلاق", "target") == "جندي"


def test_an_act_past_a_comma_is_left_as_it_was() -> None:
    text = BEFORE + "وأقدمت جبهة النصرة على إعدام محامٍ في خان شيخون، وقتله عبد الله المحيسني لاحقا."
    assert news_arg(text, "وقتله", "source") != "جبهة النصرة"

"""Round ev465: an act noun «بين الطرفين» is between the two parties of the act of its root told last before it, in
its sentence or the one before (``events.pointed_back.both_sides_before``), where the article's acts of the kind name
several pairs: «بعد اشتباكات دارت بينها وبين القوات النظامية. ... إن الاشتباكات بين الطرفين أسفرت»."""

from __future__ import annotations

from conftest import news_arg

EARLIER = "ودارت اشتباكات بين جيش الفتح ولواء شهداء اليرموك في درعا. "
SAID = "وقال ناشط إن الاشتباكات بين الطرفين أسفرت عن سقوط 20 قتيلا."


def test_the_two_sides_of_the_clash_told_just_before() -> None:
    text = EARLIER + ("وفي حماة، سيطر مقاتلو جيش الفتح على قرية القرقور بعد اشتباكات دارت بينها وبين القوات "
                      "النظامية. ") + SAID
    assert news_arg(text, "الاشتباكات", "source") == "جيش الفتح"
    assert news_arg(text, "الاشتباكات", "target") == "القوات النظامية"


def test_a_town_taken_is_no_side() -> None:
    # counter-case: the act right before took a town (no side), the clash with two sides is told further back
    text = EARLIER + "وفي حماة، سيطر مقاتلو جيش الفتح على قرية القرقور. " + SAID
    assert news_arg(text, "الاشتباكات", "target") == ""

"""Round ev416: a clash «بين» a named side and an unnamed definite one of a few words («والدولة التركية») has the
unnamed side as its target (``events.clash_sides._unnamed_second``); three sides in «و» are not told apart."""

from __future__ import annotations

from conftest import news_arg


def test_the_unnamed_second_side_is_the_target() -> None:
    # (a few words between the clash and «بين»: the sides are read by clash_sides, not as the noun's object)
    text = ("وقالت القوات الكردية إنها ليست جزءا من اشتباكات داخل الحدود التركية بين حزب العمال الكردستاني "
            "والدولة التركية.")
    assert news_arg(text, "اشتباكات", "source") == "حزب العمال الكردستاني"
    assert news_arg(text, "اشتباكات", "target") in ("تركيا", "الدولة التركية")


def test_three_sides_are_not_told_apart() -> None:
    # counter-case: «بين X والقوات الكردية والعشائر العربية»: which two fight is not said
    text = "واندلعت اشتباكات بين تنظيم داعش والقوات الكردية والعشائر العربية."
    assert news_arg(text, "اشتباكات", "target") == ""


def test_a_side_with_a_conjunct_after_it_is_left() -> None:
    # counter-case: «والدولة التركية وحلفائها»: the second side runs on in «و»; the rule names none of it
    text = "واندلعت اشتباكات بين حزب العمال الكردستاني والدولة التركية وحلفائها في المنطقة."
    assert news_arg(text, "اشتباكات", "target") == ""

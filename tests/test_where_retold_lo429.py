"""Locations, round lo429: an act of force retold in the next sentence, which names no place of its own, is where
the sentence before put its act of the same code («... في إطلاق نار على حشد انتخابي في العاصمة كولومبو. وأبلغ
الوزير الصحافيين أن أربعة مسلحين أطلقوا النار»; ``where_carry.retold_places``).
Counter-cases: an act of another code in the sentence before (a bombing, then a kidnapping), a sentence with a
place of its own, an act not told as fact (a planned attack)."""

from __future__ import annotations

from conftest import news_place

SCENE = ("قالت الشرطة في سريلانكا أمس إن شخصا قتل وأصيب 15 في إطلاق نار على حشد انتخابي في العاصمة كولومبو. ")


def test_an_act_retold_in_the_next_sentence_takes_the_scene_s_place() -> None:
    text = SCENE + "وأبلغ الوزير الصحافيين أن أربعة مسلحين أطلقوا النار في اتجاهات مختلفة من سيارة على الحشد."
    assert news_place(text, "أطلقوا") == "كولومبو"


def test_clashes_retold_as_a_noun_take_the_place_of_the_clashes_before() -> None:
    text = ("وقالت اللجنة إن القوات الخاصة اشتبكت مع مجموعة من المسلحين في منطقة سهل الغاب أمس. "
            "وأضافت أن الاشتباكات أسفرت عن مقتل ثمانية مسلحين.")
    assert news_place(text, "الاشتباكات") == "سهل الغاب"


def test_an_act_of_the_same_code_before_gives_its_place() -> None:
    text = ("وخطف المسلحون خمسة مدنيين في مدينة الرقة أمس. "
            "وأضاف المصدر أن المسلحين اختطفوا ثلاثة آخرين.")
    assert news_place(text, "اختطفوا") == "الرقة"


def test_an_act_of_another_code_before_gives_no_place() -> None:
    text = ("وقصفت الطائرات الحربية مواقع المسلحين في مدينة الرقة أمس. "
            "وأضاف المصدر أن المسلحين اختطفوا خمسة مدنيين.")
    assert news_place(text, "اختطفوا") is None


def test_a_sentence_with_its_own_place_keeps_it() -> None:
    text = SCENE + "وأطلق مسلحون النار على مركز للشرطة في مدينة كاندي."
    assert news_place(text, "وأطلق") != "كولومبو"


def test_a_planned_act_takes_no_place_from_the_sentence_before() -> None:
    text = SCENE + "وتوقعت المصادر أن يطلق المسلحون النار على حشود أخرى."
    assert news_place(text, "يطلق") is None

"""Round lo408: a place right after a «بـ» compass word that the chunker glued to the phrase before it is where the
act was («هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان»; events.where.after_compass). Hand-made sentences with
a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_after_a_glued_compass_word() -> None:
    text = "وقال المسؤول إن الحركة تواجه هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان منذ أشهر."
    assert news_place(text, "هجمات") == "أفغانستان"


def test_place_after_a_glued_word_of_help_is_no_place() -> None:
    # counter-case: «بمساعدة باكستان» names who helps, not where the attacks are
    text = "وقال المسؤول إن الحركة تواجه هجمات يشنها تنظيم داعش على مواقعها بمساعدة باكستان منذ أشهر."
    assert news_place(text, "هجمات") != "باكستان"


def test_place_after_bare_compass_words_glued_to_the_target() -> None:
    text = "من ناحية ثانية، أسفرت غارات للطيران التركي، فجر أمس، على قرية شمال شرقي أربيل عن مقتل 25 قرويا."
    assert news_place(text, "غارات") == "أربيل"


def test_distance_from_a_place_is_no_place() -> None:
    # counter-case: «100 كلم جنوب بغداد» says how far the town is from Baghdad
    text = "وقالت المصادر إنه قد تشهد مدينة الحلة مركز محافظة بابل (100 كلم جنوب بغداد) شرارة لعصيان مدني قريبا."
    assert news_place(text, "لعصيان مدني") != "بغداد"


def test_compass_locating_the_place_before_it_leaves_that_place() -> None:
    # counter-case: «اليرموك بريف درعا»: the compass says where Yarmouk is; the attack is on Yarmouk
    text = "وشنت الفصائل أمس هجوما واسعا على منطقة حوض اليرموك بريف درعا الخاضعة لسيطرة لواء شهداء اليرموك."
    assert news_place(text, "هجوما") != "درعا"

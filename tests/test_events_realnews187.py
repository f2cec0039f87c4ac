"""Round 187 of real news: habits and customs have no day. A present verb act with a word of habit in its own clause
(«باستمرار», «كثيرا ما», «عادة», «كل عام») and an act one is wont to do («دأبت الحركة على تنظيم مظاهرات») tell a
custom, of no one day; the same acts told with a day or with no word of habit keep their day. A noun act after
«عقب/إثر» takes the «أمس» of its main clause (already so: kept as a check). Hand-made sentences
(paraphrases, no article text); the articles are dated 2015-08-02 («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date


def test_a_present_act_said_to_go_on_and_on_has_no_day() -> None:
    assert news_date("وتقصف الطائرات القرى الحدودية باستمرار.", "وتقصف") is None


def test_often_has_no_day() -> None:
    assert news_date("وكثيرا ما تهاجم الميليشيات المدنيين في المدينة.", "تهاجم") is None


def test_every_year_has_no_day() -> None:
    assert news_date("ويتظاهر الطلاب أمام الوزارة كل عام.", "ويتظاهر") is None


def test_what_one_is_wont_to_do_has_no_day() -> None:
    assert news_date("وقد دأبت الحركة على تنظيم مظاهرات أمام السفارة.", "مظاهرات") is None


def test_counter_the_same_acts_with_a_day_keep_it() -> None:
    assert news_date("وقصفت الطائرات القرى الحدودية أمس.", "وقصفت") == "2015-08-01"
    assert news_date("وأعلنت الحركة أمس تنظيم مظاهرات أمام السفارة.", "مظاهرات") == "2015-08-01"


def test_counter_a_present_act_with_no_word_of_habit_keeps_the_day() -> None:
    assert news_date("وتهاجم الميليشيات المدنيين في المدينة منذ الصباح.", "وتهاجم") == "2015-08-02"


def test_counter_every_with_no_unit_of_time_is_no_habit() -> None:
    assert news_date("وتهاجم الميليشيات كل الأحياء الشرقية في المدينة.", "وتهاجم") == "2015-08-02"


def test_counter_wont_in_another_clause_does_not_reach_the_act() -> None:
    assert news_date("دأب الوزير على الصمت، وأعلنت الحركة أمس تنظيم مظاهرات أمام السفارة.", "مظاهرات") == "2015-08-01"


def test_a_noun_act_right_after_takes_the_main_clause_s_yesterday() -> None:
    assert news_date("واعتقلت الشرطة أمس عشرات المتظاهرين عقب الاشتباكات في وسط المدينة.", "الاشتباكات") == "2015-08-01"
    assert news_date("وأعلن الجيش مساء أمس حظر التجول إثر الهجوم على الثكنة.", "الهجوم") == "2015-08-01"


def test_counter_a_noun_act_since_long_ago_does_not_take_yesterday() -> None:
    assert news_date("وأعلن الجيش مساء أمس حظر التجول المفروض منذ اندلاع الاشتباكات قبل عامين.", "الاشتباكات") is None

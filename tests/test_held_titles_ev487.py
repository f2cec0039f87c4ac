"""Round ev487: an unnamed party phrase that is, word for word, the title one person of the article holds is that
person (``events.held_titles``): «اتصال هاتفي مع الرئيس المصري» after «الرئيس المصري عبد الفتاح السيسي»; the royal
title «ولي ولي العهد» is one phrase, not «ولي» (``events.repeated_titles``). Two holders, a part of a title, or the
holder already the other party: no link."""

from __future__ import annotations

from conftest import news_arg


def test_title_phrase_is_its_one_holder() -> None:
    # the holder is named after the phrase, in the next sentence
    text = ("وبحث الملك سلمان في اتصال هاتفي مع الرئيس المصري تطورات الأوضاع في المنطقة. وكان الرئيس المصري "
            "عبد الفتاح السيسي قد وصل إلى الرياض الشهر الماضي.")
    assert news_arg(text, "اتصال", "target") == "عبد الفتاح السيسي"


def test_two_holders_stay_unlinked() -> None:
    # counter-case: two people hold «الرئيس الأميركي»: which one is meant is not clear
    text = ("وبحث الملك سلمان في اتصال هاتفي مع الرئيس الأميركي تطورات الأوضاع في المنطقة. وكان الرئيس الأميركي "
            "باراك أوباما قد خالف الرئيس الأميركي جورج بوش في حرب العراق.")
    assert news_arg(text, "اتصال", "target") == "الرئيس الأميركي"


def test_headline_title_before_the_name() -> None:
    # the headline tells the title before the article names its holder
    text = ("مقتل رئيس المخابرات السابق في بوروندي\n"
            "قتل أدولف نشيميريمانا، رئيس المخابرات السابق، في هجوم صاروخي على سيارته في العاصمة بوجمبورا أمس.")
    assert news_arg(text, "مقتل", "target") == "أدولف نشيميريمانا"


def test_part_of_a_title_stays_unlinked() -> None:
    # counter-case: «وزير الخارجية» alone is no role of either minister (only a part of one): the phrase stays
    text = ("التقى وزير الخارجية الأميركي جون كيري وزير الخارجية الروسي سيرغي لافروف في جنيف. وأكد مصدر "
            "دبلوماسي في اتصال هاتفي مع وزير الخارجية أن المحادثات مستمرة.")
    assert news_arg(text, "اتصال", "target") == "وزير الخارجية"


def test_deputy_crown_prince_is_one_phrase() -> None:
    text = "واستمع مجلس الوزراء إلى نتائج زيارة ولي ولي العهد إلى القاهرة."
    assert news_arg(text, "زيارة", "source") == "ولي ولي العهد"


def test_king_and_crown_prince_stay_two() -> None:
    # counter-case: «وولي العهد» is «و» + «ولي العهد»: a second person, no run on
    text = "واستقبل الملك وولي العهد وزير الخارجية الفرنسي في قصر اليمامة."
    assert news_arg(text, "واستقبل", "source") == "الملك"

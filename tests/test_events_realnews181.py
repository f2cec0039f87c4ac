"""Round 181 of real news: missing sources. The subject of a verb past a time phrase «قبل/بعد» (events/
time_subjects.py), also an unrecognised name in apposition, over a speaker carried from the quote before; the one
allowed does the act «سمح لـX بـ» names, the main clause's subject the verb of «في الوقت الذي ... فيه»
(events/permitted.py); a masdar with «ـه/ـها» opening a statement's «أن» clause is the speaker's where the pronoun
agrees (events/possessed.py); strikes «من طائرات تابعة لـX» are X's (events/affiliated.py). Hand-made sentences
(paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg

QUOTED = "وبحسب صحيفة «الوطن»، إن «القائمة ستضم وزراء سابقين». وفي حديث لوكالة الأنباء، "


def test_named_subject_past_a_time_phrase() -> None:
    text = QUOTED + "أعلن قبل يومين كريم حسن نوري، مستشار رئيس البرلمان، ترشح الوزير."
    assert news_arg(text, "أعلن", "source") == "كريم حسن نوري"


def test_unrecognised_name_past_a_time_phrase_is_no_carried_speaker() -> None:
    text = QUOTED + "أعلن قبل أيام تيمور علي عسكري، مستشار رئيس البرلمان، ترشح الوزير."
    assert news_arg(text, "أعلن", "source") not in ("الوطن", "علي")


def test_dropped_subject_past_a_time_phrase_still_carried() -> None:
    text = "وقال الرئيس الأميركي باراك أوباما إن «القائمة ستضم وزراء سابقين». وأعلن قبل يومين خطة جديدة، تتضمن ترشح الوزير."
    assert news_arg(text, "وأعلن", "source") == "باراك أوباما"


def test_the_one_allowed_does_the_act() -> None:
    assert news_arg("وسمحت الحرب لتنظيم «داعش» بالسيطرة على أراض واسعة.", "بالسيطرة", "source") == "تنظيم داعش"


def test_no_doer_from_a_pronoun_allowed() -> None:
    assert news_arg("وقال الوزير فلان إن تنظيم «داعش» سمح لها بالسيطرة على أراض واسعة.", "بالسيطرة", "source") \
        != "تنظيم داعش"


def test_while_clause_takes_the_main_subject() -> None:
    text = "انتقد الرئيس الفرنسي فرانسوا هولاند سياسة روسيا، في الوقت الذي طالب فيه بإجراء حوار جاد مع موسكو."
    assert news_arg(text, "طالب", "source") == "فرانسوا هولاند"


def test_while_clause_with_its_own_subject_keeps_it() -> None:
    text = "انتقد الرئيس الفرنسي فرانسوا هولاند سياسة روسيا، في الوقت الذي طالبت فيه ألمانيا بإجراء حوار جاد مع موسكو."
    assert news_arg(text, "طالبت", "source") == "ألمانيا"


def test_while_clause_of_a_feminine_verb_takes_no_man() -> None:
    text = "انتقد الرئيس الفرنسي فرانسوا هولاند سياسة روسيا، في الوقت الذي طالبت فيه بإجراء حوار جاد مع موسكو."
    assert news_arg(text, "طالبت", "source") != "فرانسوا هولاند"


def test_masdar_opening_the_that_clause_is_the_speakers() -> None:
    text = "من جانبه، أكد رئيس الوزراء اليمني خالد بحاح أن وصوله إلى مطار عدن اليوم لم يكن مفاجئا."
    assert news_arg(text, "وصوله", "source") == "خالد بحاح"


def test_masdar_of_another_gender_after_that_is_not_the_speakers() -> None:
    text = "من جانبه، أكد رئيس الوزراء اليمني خالد بحاح أن وصولها إلى مطار عدن اليوم لم يكن مفاجئا."
    assert news_arg(text, "وصولها", "source") != "خالد بحاح"


def test_strikes_by_aircraft_belonging_to_a_body() -> None:
    text = "وتهدم جسر في المدينة جراء غارات من طائرات حربية تابعة للتحالف الدولي."
    assert news_arg(text, "غارات", "source") == "التحالف الدولي"


def test_sites_belonging_to_a_group_are_no_doer() -> None:
    text = "وقتل خمسة أشخاص جراء غارات على مواقع تابعة لتنظيم «داعش»."
    assert news_arg(text, "غارات", "source") != "تنظيم داعش"
    assert news_arg(text, "غارات", "target") == "تنظيم داعش"

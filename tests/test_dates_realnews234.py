"""Round 234: event dates and time expressions. A night between two weekdays («ليل الخميس - الجمعة») is one time
valued by its first day; «الخميس قبل الماضي» is the weekday before last; a place and a time set off by a comma after
the trigger's phrase («في اقتتال نشب ...، في غرب العاصمة أمس») date the trigger; a present verb of a state held
(«تحاصر», «يسيطر») takes no day; a time after a chain of appositions to the subject («زار فلان، رئيس ...، نائب ...،
الثلاثاء الماضي، مدينة») is the verb's. Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by
``analyze_news``."""

from __future__ import annotations

from conftest import analyze_news, news_date


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value) for t in doc.times]


def test_night_between_two_weekdays_is_one_time() -> None:
    text = "وقصفت الطائرات ليل الخميس - الجمعة مواقع المسلحين في البلدة."
    assert _times(text) == [("ليل الخميس - الجمعة", "2015-07-30")]
    assert news_date(text, "وقصفت") == "2015-07-30"
    slash = "وهاجم مسلحون ليل الاثنين/ الثلاثاء نقطة للجيش."
    assert _times(slash) == [("ليل الاثنين/ الثلاثاء", "2015-07-27")]
    bare = "وهاجم مسلحون ليلة الأربعاء الخميس نقطة للجيش."
    assert _times(bare) == [("ليلة الأربعاء الخميس", "2015-07-29")]
    # a death told after the night is of the night's first day, not of the second weekday's
    killed = "وقصفت القوات بعد منتصف ليل الخميس - الجمعة مناطق في البلدة ما أدى إلى مقتل ثلاثة مواطنين."
    assert news_date(killed, "وقصفت") == "2015-07-30"  # round ev312: the toll is the shelling's event


def test_two_weekdays_not_a_night_stay_apart() -> None:
    # counter-case: two weekdays coordinated by «و» are two days
    both = "وقصفت الطائرات ليل الخميس والجمعة مواقع المسلحين."
    assert [t for t, _ in _times(both)] == ["ليل الخميس", "الجمعة"]
    # counter-case: a next weekday that does not close the night («الخميس - السبت») is not joined
    apart = "وقصفت الطائرات ليل الخميس - السبت مواقع المسلحين."
    assert ("ليل الخميس", "2015-07-30") in _times(apart)
    # counter-case: no part of a day before the first weekday, no night
    plain = "وتعقد اللجنة اجتماعاتها الخميس - الجمعة في الرياض."
    assert all(not t.startswith("الخميس -") for t, _ in _times(plain))


def test_weekday_before_last() -> None:
    text = "وانعقد المؤتمر في الرياض، الخميس قبل الماضي، بين الوزيرين."
    assert _times(text) == [("الخميس قبل الماضي", "2015-07-23")]
    # counter-case: «الماضي» alone is the last one
    last = "وانعقد المؤتمر في الرياض الخميس الماضي."
    assert _times(last) == [("الخميس الماضي", "2015-07-30")]
    # the week before last keeps its week, the year before last is two years back
    assert _times("وزار الوزير الرياض في الأسبوع قبل الماضي.") == [("الأسبوع قبل الماضي", "2015-W29")]
    assert _times("وزار الوزير الرياض العام قبل الماضي.") == [("العام قبل الماضي", "2013")]


def test_place_and_time_after_a_comma_date_the_trigger() -> None:
    text = ("وأشارت المصادر إلى سقوط قتلى في اقتتال داخلي نشب داخل معسكرين للحرس، في غرب العاصمة أمس، بين "
            "ضباط موالين للطرفين.")
    assert news_date(text, "قتلى") == "2015-08-01"
    # counter-case: «في حين» after the comma opens another clause, whose time is not the trigger's
    other = "وقتل جنديان في هجوم على حاجز للجيش، في حين قال مسؤول أمس إن الوضع هادئ."
    assert news_date(other, "وقتل") == "2015-08-02"


def test_present_state_held_has_no_day() -> None:
    text = "وذكرت المصادر أن القوات تحاصر المتمردين في البلدة."
    assert news_date(text, "تحاصر") is None
    held = "وقال المتحدث إن التنظيم يسيطر على البلدة."
    assert news_date(held, "يسيطر") is None
    # counter-case: the perfect is an act of the day
    done = "وحاصرت القوات المتمردين في البلدة."
    assert news_date(done, "وحاصرت") == "2015-08-02"
    # counter-case: a present with its own day said is of that day
    today = "وتحاصر القوات اليوم البلدة."
    assert news_date(today, "وتحاصر") == "2015-08-02"


def test_time_after_a_chain_of_appositions() -> None:
    text = "وزار الوزير، رئيس المجلس الأعلى للقوات، نائب رئيس الحزب الحاكم، الثلاثاء الماضي، مدينة حلب."
    assert news_date(text, "وزار") == "2015-07-28"
    visit = "وكانت زيارة نائب الرئيس، رئيس الوزراء خالد بحاح، إلى عدن، أول من أمس، بينت حجم الدمار."
    assert news_date(visit, "زيارة") == "2015-07-31"
    # counter-case: a piece led by «و» is another act, whose time it is
    other = "وزار الرئيس محمد أحمد، رئيس المجلس، وهاجم المسلحون، الثلاثاء الماضي، مدينة حلب."
    assert news_date(other, "وزار") == "2015-08-02"


def test_month_of_a_noun_far_after_a_verb_of_saying() -> None:
    text = ("وأكد الوزير حرص المجلس على وحدة البلاد ودعم الشرعية وفقا للمبادرة الخليجية ومخرجات الحوار الوطني "
            "في البلاد يناير 2014 وإعلان الرياض مايو 2015.")
    assert news_date(text, "وأكد") == "2015-08-02"
    # counter-case: a month after «في» is the verb's own
    own = "وأكد الوزير حرص المجلس على وحدة البلاد ودعم الشرعية في يناير 2014."
    assert news_date(own, "وأكد") == "2014-01"


def test_not_born_of_today_is_no_day() -> None:
    text = "وهذه الكراهية لم تكن وليدة اليوم، بل كانت قديمة."
    assert _times(text) == [("اليوم", "2015")]
    # counter-case: «اليوم» after a verb is the article's day
    plain = "وقال الوزير إن القرار صدر اليوم في الرياض."
    assert _times(plain) == [("اليوم", "2015-08-02")]

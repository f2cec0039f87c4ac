"""Event dates on constructions of real news, round 206: the pluperfect's «وكان» and its subject set off by a comma
before the perfect verb («وكان المركز، أعلن أن ...») tells a past before the report, of no article date; a time set
off by one comma after a noun trigger and its agent, its complement («عن/على») following with no second comma
(«إعلان المكتب (الوكالة)،أمس عن ...»), dates the trigger. Counter-cases keep their dates."""

from __future__ import annotations

from conftest import news_date


def test_kana_and_subject_set_off_by_a_comma_is_a_pluperfect() -> None:
    text = "وكان المركز، أعلن أن طائرات مجهولة ضربت مخازن للسلاح في ريف المدينة."
    assert news_date(text, "أعلن") is None


def test_kana_and_two_word_subject_set_off_by_a_comma_is_a_pluperfect() -> None:
    text = "وكانت الهيئة الوطنية، أكدت أن الانتخابات ستجرى في موعدها المحدد."
    assert news_date(text, "أكدت") is None


def test_a_concessive_kana_before_a_comma_is_no_pluperfect() -> None:
    # counter-cases: «وإن كان ...،» is a clause of its own; a verb after a comma with no «كان» keeps the day
    assert news_date("وإن كان الوضع صعبا، أكد الوزير أن الحكومة ستواصل عملها.", "أكد") == "2015-08-02"
    assert news_date("وفي العاصمة، أعلن الجيش أن قواته استعادت السيطرة على الحي.", "أعلن") == "2015-08-02"


def test_a_time_after_a_comma_before_the_complement_dates_the_noun_act() -> None:
    text = "وركزت الصحف على إعلان مكتب الإغاثة الدولي (المكتب)،أمس عن وصول مئات النازحين إلى البلدة."
    assert news_date(text, "إعلان") == "2015-08-01"


def test_a_time_after_a_comma_before_another_word_stays_out() -> None:
    # counter-case: after the time a new clause opens with no complement of the act: the time is not its own
    text = "وركزت الصحف على إعلان مكتب الإغاثة الدولي، أمس وصل مئات النازحين إلى البلدة."
    assert news_date(text, "إعلان") != "2015-08-01"

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


def test_an_act_done_at_first_has_no_article_date() -> None:
    text = "وقال المتحدث إن «الدوافع وراء إعلان حالة الطوارئ في بادئ الأمر ما زالت قائمة»."
    assert news_date(text, "إعلان") is None
    assert news_date("في أول الأمر، رفضت الحكومة المقترح الأممي، لكنها عادت وقبلته.", "رفضت") is None


def test_an_at_first_phrase_of_another_clause_leaves_the_act_its_day() -> None:
    # counter-case: «وفي بادئ الأمر» opens the next clause, not the one of «وأعلنت»
    text = "وأعلنت الحكومة حالة الطوارئ في البلاد، وفي بادئ الأمر قال الوزير إن الإجراء مؤقت."
    assert news_date(text, "وأعلنت") == "2015-08-02"


def test_a_time_before_the_appointed_time_of_a_visit_does_not_date_it() -> None:
    text = "وأوضح أنه «خلال الأيام المقبلة سيتم تحديد موعد الزيارة حسب جدول الوزير»."
    assert news_date(text, "الزيارة") is None


def test_a_time_after_the_appointed_act_still_dates_it() -> None:
    # counter-case: the time said after the act is the act's own
    assert news_date("وأعلنت الرئاسة أن موعد الزيارة سيكون يوم الخميس المقبل.", "الزيارة") == "2015-08-06"

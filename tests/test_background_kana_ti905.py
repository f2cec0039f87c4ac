"""Event dates, round ti905: a sentence that opens with «وكان/وكانت» and a subject that runs on past an apposition,
a relative or a time set off by commas, then a bare perfect verb right after a comma («وكانت فلانة، عضو اللجنة،
صرحت», «وكان قبل شهرين، فلان، رئيس الحزب، أعرب»), tells a past before the report: the article's day does not
date it. Counter-cases keep the day: a fresh report, a verb with «و» after the comma, a «كان» clause holding its
own finite verb, a «وإن كان» clause, and an act the sentence dates itself («اليوم»)."""

from __future__ import annotations

from conftest import news_arg, news_date, news_event

ARTICLE_DAY = "2015-08-02"  # the date the test pipeline gives its news


def test_kana_subject_with_an_apposition_set_off_by_commas_is_background() -> None:
    text = "وكانت ليلى الحسني، المتحدثة باسم لجنة الإغاثة في الإقليم، صرحت أن المساعدات لم تصل إلى القرى المنكوبة."
    _, ev = news_event(text, "صرحت")
    assert ev.code == "010"
    assert ev.date is None
    assert news_arg(text, "صرحت") == "ليلى الحسني"


def test_kana_with_a_fronted_time_and_an_apposed_subject_is_background() -> None:
    text = "وكان قبل شهرين، سالم العتيبي، رئيس حزب الوفاق الوطني، أعرب عن قلقه من تأجيل الانتخابات البلدية."
    _, ev = news_event(text, "أعرب")
    assert ev.code == "012"
    assert ev.date is None


def test_kana_subject_with_a_relative_clause_is_background() -> None:
    text = "وكان الوزير والمؤسسة التي تدير صندوق التنمية الوطني، نفيا بشدة أي مخالفات مالية."
    _, ev = news_event(text, "نفيا")
    assert ev.code == "016"
    assert ev.date is None


def test_a_fresh_report_after_a_comma_keeps_the_article_day() -> None:
    # counter-cases: no «كان» opens the sentence; a «وإن كان» clause is a concession, no pluperfect
    assert news_date("وفي ختام الاجتماع الطويل، صرح وزير الخارجية، أن بلاده ستدعم خطة السلام.", "صرح") == ARTICLE_DAY
    assert news_date("وإن كان الوضع الأمني صعبا في المدينة، أكد المحافظ، أن الحكومة ستواصل عملها.", "أكد") \
        == ARTICLE_DAY


def test_a_new_clause_with_wa_after_a_kana_clause_keeps_its_day() -> None:
    # counter-case: «وكانت ... متوترة، وأعلنت الشرطة»: the «و» opens a new clause, told as the news
    text = "وكانت الأجواء في العاصمة متوترة طوال الليل، وأعلنت الشرطة حظر التجول في الأحياء الشرقية."
    assert news_date(text, "وأعلنت") == ARTICLE_DAY


def test_a_kana_clause_with_its_own_finite_verb_does_not_reach_the_next_verb() -> None:
    # counter-case: «وكانت الشرطة اعتقلت ...، أعلنت»: the «كان» has its verb; the verb after the comma is another act
    text = "وكانت الشرطة اعتقلت ثلاثة مشتبهين في الحي القديم، أكد المحافظ أن التحقيق سيستمر."
    assert news_date(text, "أكد") == ARTICLE_DAY


def test_an_act_of_today_keeps_its_day() -> None:
    # counter-case: the sentence gives its own day («اليوم»): that day dates it
    text = "وكان وزير الخارجية، رئيس الوفد المفاوض، أعلن اليوم عن انطلاق جولة جديدة من المحادثات."
    assert news_date(text, "أعلن") == ARTICLE_DAY

"""Round 148 of real news: past and background acts take neither the article's date nor a statement's. An act
done on many occasions, one done «مسبقا», one before another («قبل أن») in a sentence that looks back, the conduct
a prosecution is for, and the act an answer («ردا على») responds to have no day; a day and month with no year
after a year named just before (and past the article's day) is of that year. Hand-made sentences (paraphrases, no
article text); the articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality

import rasd


def test_an_act_on_many_occasions_has_no_day() -> None:
    assert news_date("وقال إن الوزير أكد بوضوح في مناسبات عديدة رفضه للتدخل.", "أكد") is None
    assert news_date("وقال إن الوزير أكد في أكثر من مناسبة رفضه للتدخل.", "أكد") is None
    # one occasion named is not many
    assert news_date("وأكد الوزير في هذه المناسبة رفضه للتدخل.", "وأكد") == "2015-08-02"


def test_an_act_done_beforehand_has_no_day() -> None:
    assert news_date("ورفضت الأحزاب ودول أوروبية نتائج الاقتراع مسبقا.", "ورفضت") is None
    assert news_date("ورفضت الأحزاب ودول أوروبية نتائج الاقتراع.", "ورفضت") == "2015-08-02"


def test_an_act_before_another_told_looking_back_has_no_day() -> None:
    text = "وكانت خطتنا واضحة، وتم بالفعل التفاوض مع الشركة قبل أن تنسحب من المشروع."
    assert news_date(text, "التفاوض") is None
    assert news_date("وتم التفاوض مع الشركة قبل أن تنسحب من المشروع.", "التفاوض") == "2015-08-02"
    # today's news: an act before another with no look back keeps the article's day
    text = "وقتل ثلاثة أشخاص في انفجار قبل أن تصل قوات الأمن إلى المكان."
    assert news_date(text, "انفجار") == "2015-08-02"


def test_the_conduct_of_a_prosecution_has_no_day() -> None:
    text = "وأعلن النائب العام أمس ملاحقة المدون للدعوة إلى العنف."
    assert news_date(text, "للدعوة") is None
    assert news_date(text, "وأعلن") == "2015-08-01"
    # no prosecution before it: the call is the news
    assert news_date("ووجه الناشط أمس نداء للدعوة إلى الحوار.", "للدعوة") == "2015-08-01"


def test_the_act_answered_has_no_day() -> None:
    text = "وقصف الجيش مواقع المسلحين ردا على هجمات استهدفت نقاطه الحدودية."
    assert news_date(text, "هجمات") is None
    assert news_date(text, "وقصف") == "2015-08-02"
    assert news_date("وشن المسلحون هجمات على نقاط حدودية.", "هجمات") == "2015-08-02"


def test_a_day_month_takes_the_year_named_before() -> None:
    text = "وفي عام 1990 اجتاحت القوات العراقية الكويت. وأعلنت بغداد في يوم 9 أغسطس ضم الإمارة."
    assert news_date(text, "وأعلنت") == "1990-08-09"
    # a day already past this year stays this year's
    text = "وفي عام 1990 اجتاحت القوات العراقية الكويت. وأعلنت بغداد في يوم 1 أغسطس قرارا جديدا."
    assert news_date(text, "وأعلنت") == "2015-08-01"
    # a day to come said as to come is not of the old year
    text = "وفي عام 1990 اجتاحت القوات العراقية الكويت. وستعقد الجامعة في يوم 9 أغسطس اجتماعا."
    assert news_date(text, "اجتماعا") != "1990-08-09"


def test_a_day_month_after_a_year_with_its_month_is_left_to_the_story() -> None:
    # a year told with a month is a time of its own: the day past the document date is this year's guess
    text = "وبدأت الحملة في يوليو 2014. وأعلنت بغداد في يوم 9 أغسطس خطة جديدة."
    assert news_date(text, "وأعلنت") == "2015-08-09"


def test_a_day_the_time_layer_left_without_a_year_dates_no_act() -> None:
    text = "وقال إن السلطات، بعد يومين فقط من الاحتلال، أعلنت في يوم 9 أغسطس ضم الإمارة إلى العراق."
    doc = rasd.analyze(text, date="2015-08-06")
    assert [(doc.text[e.trigger.start : e.trigger.end], e.date) for e in doc.events] == [("أعلنت", None)]
    # counter-case: a day the time layer dated dates the act
    doc = rasd.analyze("وأعلنت السلطات في يوم 1 أغسطس ضم الإمارة.", date="2015-08-06")
    assert [e.date for e in doc.events] == ["2015-08-01"]


def test_a_second_owed_act_after_wa_an_is_planned() -> None:
    text = "وقال إن «على الحزب أن يوقف هجماته، ويجب على الحكومة في المقابل أن توقف عملياتها، وأن تعلن فتح الطريق للحوار»."
    assert news_modality(text, "تعلن") == "planned"
    assert news_date(text, "تعلن") is None
    # counter-case: no word of obligation before the first «أن»
    text = "وقال إن الحكومة قررت أن توقف عملياتها، وأن تعلن فتح الطريق للحوار."
    assert news_modality(text, "تعلن") == "reported"


def test_the_charge_of_the_accused_has_no_day() -> None:
    assert news_date("وقالت النيابة أمس إن الناشطين متهمان بالدعوة إلى العنف.", "بالدعوة") is None
    # the accused as the doers of a verb: its own act
    assert news_date("وخالف المتهمون القانون بالدعوة إلى العنف.", "بالدعوة") == "2015-08-02"


def test_an_act_at_an_occasion_of_a_past_year_has_no_day() -> None:
    assert news_date("وأعلن الرئيس في خطاب الموازنة لعام 2013 خطته.", "وأعلن") is None
    # a law of a past year named further on is not the occasion
    assert news_date("وأعلن الوزير في مؤتمر صحفي تعديل قانون الإرهاب لعام 2000.", "وأعلن") == "2015-08-02"

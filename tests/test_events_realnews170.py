"""Round 170 of real news: dates and modality. An act told in the «أن» content of a statement dated «أمس» is of
the statement's day, not the document date; an act in the phrase after «بعد يومين من» is two days before the day
of the sentence's act (no date where that day is unsaid); statements made «قبيل» an occasion are of its day; a
noun act after «خلال» governed by a «سـ» verb is planned; an act a verb of need takes is hypothetical. Hand-made
sentences (paraphrases, no article text); the articles are dated 2015-08-02 («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date, news_event, news_modality


def test_an_act_in_a_statement_dated_yesterday_is_of_that_day() -> None:
    text = "أعلنت الجماعة الكردية أمس أن مقاتليها قتلوا ضابطا إيرانيا في كرمانشاه."
    assert news_date(text, "قتلوا") == "2015-08-01"
    text = "وأعلنت الوزارة أمس، أن قواتها اعتقلت خمسة مسلحين في الموصل."
    assert news_date(text, "اعتقلت") == "2015-08-01"


def test_no_statement_day_without_a_saying_or_after_a_contrast() -> None:
    # the time of a state («منذ») is no statement's day
    text = "وانتشر عناصر التنظيم الذي يسيطر على المدينة منذ 2 أبريل، وقالت مصادر أن المسلحين اعتقلوا شابين."
    assert news_date(text, "اعتقلوا") == "2015-08-02"
    # «إلا أن» opens a contrast, not what was said
    text = "وأعلن الجيش أمس تقدمه في المدينة، إلا أن المسلحين هاجموا مواقعه."
    assert news_date(text, "هاجموا") == "2015-08-02"


def test_an_act_two_days_before_the_dated_act() -> None:
    text = "شهدت البلدة أمس قصفا عنيفا، وذلك بعد يومين من إلقاء منشورات تطالب السكان بمغادرتها."
    assert news_date(text, "تطالب") == "2015-07-30"
    assert news_date(text, "قصفا") == "2015-08-01"
    # the day of the sentence's act unsaid: no date rather than the document date
    assert news_date("وهاجم المسلحون القرية بعد يومين من اختطاف جنديين.", "اختطاف") is None


def test_statements_before_a_meeting_are_of_its_day() -> None:
    text = ("وقال رئيس الحزب في تصريحات للصحافيين قبيل مشاركته في اجتماع للحزب، عقد في أنقرة أمس، إن الحكومة "
            "فشلت.")
    assert news_date(text, "تصريحات") == "2015-08-01"
    # no «قبيل/عقب»: the statements have no day of the meeting
    text = "وقال رئيس الحزب في تصريحات للصحافيين، إن الحكومة فشلت في اجتماع عقد في أنقرة أمس."
    assert news_date(text, "تصريحات") != "2015-08-01"


def test_talks_in_which_one_will_discuss_are_planned() -> None:
    text = "وأكد الوزير أنه سيناقش أمن المنطقة خلال محادثات الدوحة."
    assert news_modality(text, "محادثات") == "planned"
    assert news_date(text, "محادثات") is None
    # a past verb: the talks were held
    assert news_modality("وأكد الوزير أنه ناقش أمن المنطقة خلال محادثات الدوحة.", "محادثات") != "planned"
    # a name in «سـ» is no future verb
    text = "وكان المسؤول الأممي ستيفن أوبراين لفت خلال زيارة لجنوب السودان الشهر الماضي، إلى أن السفن توقفت."
    assert news_modality(text, "زيارة") != "planned"


def test_an_act_needed_is_hypothetical() -> None:
    text = "وقال إن تأمين المبالغ يحتاج اجتماعات طويلة مع الدول المانحة."
    doc, event = news_event(text, "اجتماعات")
    assert event.modality == "hypothetical"
    assert event.date is None
    # the act held: told
    assert news_modality("وعقد الوزير اجتماعات طويلة مع الدول المانحة.", "اجتماعات") == "asserted"


def test_a_day_corrected_in_brackets_dates_the_act() -> None:
    text = "وقال المصدر للوكالة إن «التنظيم أعدم رميا بالرصاص نحو 40 شابا ظهر اليوم (أمس) في ساحة عامة»."
    assert news_date(text, "أعدم") == "2015-08-01"
    # no brackets: the day said
    assert news_date("وقال المصدر إن التنظيم أعدم نحو 40 شابا ظهر اليوم في ساحة عامة.", "أعدم") == "2015-08-02"


def test_a_conjunct_of_an_old_after_frame_has_no_date() -> None:
    text = "وبعد هجمات 11 سبتمبر 2001، وإعلان الولايات المتحدة الحرب على الإرهاب، ازدادت نشاطات الشركة."
    assert news_date(text, "وإعلان") is None
    # a recent frame: the act is of the news
    text = "وبعد اجتماع أمس، وإعلان الوزير الاتفاق، عاد الهدوء إلى المدينة."
    assert news_date(text, "وإعلان") == "2015-08-02"


def test_planned_talks_take_the_day_the_article_gives_them() -> None:
    import rasd

    text = ("بدأ الوزير محادثات مع دول الخليج في قطر اليوم.\n"
            "وقال الوزير أمس إنه سيناقش أمن المنطقة خلال محادثات الدوحة.")
    doc = rasd.analyze(text, date="2015-08-03")
    planned = [e for e in doc.events if e.modality == "planned"]
    assert [e.date for e in planned] == ["2015-08-03"]
    # talks told as held yesterday are not the ones still to come: no date
    text = ("أجرى الوزير محادثات مع دول الخليج في قطر أمس.\n"
            "وقال الوزير إنه سيناقش أمن المنطقة خلال محادثات الدوحة.")
    doc = rasd.analyze(text, date="2015-08-03")
    assert [e.date for e in doc.events if e.modality == "planned"] == [None]

"""Quotes on constructions of real news, round 55: the unnamed subject of a clause «إن» opens speaks its own cue
(«إن التحقيقات كشفت أن»); an unnamed plural subject a time clause parts from its verb («كثيرون بعد أن ...
يقولون»); a title opening a sentence is not a body named before («عقد مجلس النواب ... . وقدّم رئيس الحكومة ...،
فقال»); the chair a relative clause makes act («برئاسة فلان، الذي افتتح ... . وأعلن»); a plural relative on an
unnamed group before a plural participle; a name in quote marks after the noun it completes is no speech
(«لقناة «...» الإذاعية إن»); a clause going on past a quotation after «إن»; «، من دون إعطاء تفاصيل» the writer's."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def test_a_finding_in_a_reported_clause_speaks_no_cue() -> None:
    # round 246: a finding in the «أن» clause is no speaker of its own: the sources' one quote runs through it
    text = "وقالت المصادر إن التحقيقات كشفت أن الأموال وصلت إلى حساب الوزير."
    assert [r[0] for r in news_quote_rows(text)] == ["وقالت"]


def test_facts_before_a_cue_still_say_nothing() -> None:
    assert news_quote_rows("والحقائق تقول لنا إن الأزمة طويلة.") == []


def test_a_plural_subject_past_a_time_clause_speaks() -> None:
    text = "كثيرون بعد أن يسمعوا هذه القصة يقولون إنها دليل على الحرية."
    assert news_quote_rows(text) == [("يقولون", None, "كثيرون", "دليل على الحرية", False)]


def test_a_time_clause_with_a_comma_gives_no_fronted_subject() -> None:
    text = "كثيرون سمعوا القصة. وبعد أن انتهت الجلسة، يقولون إن الاتفاق قريب."
    assert [q[2] for q in news_quote_rows(text)] != ["كثيرون"]


def test_a_title_opening_the_sentence_is_not_the_body_named_before() -> None:
    text = ("عقد مجلس النواب اللبناني جلسة برئاسة نبيه بري. وقدّم رئيس الحكومة عرضا لملف الكهرباء، فقال إن "
            "الإجراءات مؤقتة.")
    assert news_quote_rows(text) == [("فقال", None, "رئيس الحكومة", "الإجراءات مؤقتة", False)]


def test_the_body_named_before_still_speaks_with_no_title_between() -> None:
    text = "عقد مجلس النواب اللبناني جلسة طارئة أمس. وقال إن التعطيل مستمر."
    assert news_quote_rows(text)[0][1] == "مجلس النواب اللبناني"


def test_the_chair_a_relative_clause_makes_act_speaks_next() -> None:
    text = ("وكان مجلس الوزراء عقد جلسة في السرايا أمس، برئاسة الرئيس تمام سلام، الذي افتتح الجلسة بالدعوة إلى "
            "انتخاب رئيس. وأعلن أن الشغور يلحق أضرارا بالغة.")
    assert news_quote_rows(text)[0][:2] == ("وأعلن", "تمام سلام")


def test_the_chair_with_no_relative_clause_is_not_taken_over() -> None:
    text = "وكان مجلس الوزراء عقد جلسة في السرايا أمس، برئاسة الرئيس تمام سلام. وأعلن أن الشغور يلحق أضرارا بالغة."
    assert news_quote_rows(text)[0][1] == "مجلس الوزراء"


def test_a_plural_participle_after_a_relative_on_a_group_is_the_group() -> None:
    text = ("أصبحت كلينتون في مواجهة مع المرشحين الجمهوريين الذين انتقدوا الاتفاق في ولاية فلوريدا، معتبرين أنه "
            "يشكل مكافأة للحكومة الكوبية.")
    assert news_quote_rows(text) == [("معتبرين", None, "المرشحين الجمهوريين", "يشكل مكافأة للحكومة الكوبية", False)]


def test_a_plural_participle_after_two_named_is_still_both() -> None:
    text = ("أصبحت كلينتون في مواجهة مع المرشحين مارك روبيو وجيب بوش اللذين انتقدا الاتفاق في ولاية فلوريدا، "
            "معتبرين أنه يشكل مكافأة للحكومة الكوبية.")
    doc = analyze_news(text)
    assert [doc.entity(e).name for e in doc.quotes[0].attrs["speakers"]] == ["مارك روبيو", "جيب بوش"]


def test_a_channel_name_in_quote_marks_is_not_what_was_said() -> None:
    text = "وقال الوزير لقناة «سكاي نيوز الإخبارية الدولية» الإذاعية إن مراجعة القرار قد تستغرق أسابيع."
    assert news_quote_rows(text)[0][3:] == ("مراجعة القرار قد تستغرق أسابيع", False)


def test_a_title_before_a_quotation_with_the_article_is_the_speaker() -> None:
    text = "وقال الرئيس «لن نتراجع عن قرارنا مهما كانت الضغوط»."
    assert news_quote_rows(text)[0][3:] == ("لن نتراجع عن قرارنا مهما كانت الضغوط", True)


def test_a_reported_clause_goes_on_past_its_quotation() -> None:
    text = "وشدد الرئيس على القول إنه «لم يكن لديه أدنى شك» بنجاح المفاوضات حول الملف النووي."
    assert news_quote_rows(text)[0][3:] == ("«لم يكن لديه أدنى شك» بنجاح المفاوضات حول الملف النووي", False)


def test_a_quotation_closed_by_a_comma_stays_direct() -> None:
    text = "وقال الوزير إن «الطائرات بدأت الوصول إلى القاعدة الجوية»، مضيفا أن التفاصيل لاحقة."
    assert news_quote_rows(text)[0][3:] == ("الطائرات بدأت الوصول إلى القاعدة الجوية", True)


def test_without_giving_details_is_the_writers() -> None:
    text = "وقال الوزير إن القوات انسحبت من المدينة، دون أن يحدد موعد العودة."
    assert news_quote_rows(text)[0][3] == "القوات انسحبت من المدينة"


def test_without_a_fight_is_still_said() -> None:
    text = "وقال الوزير إن القوات انسحبت من المدينة، دون قتال."
    assert news_quote_rows(text)[0][3] == "القوات انسحبت من المدينة، دون قتال"

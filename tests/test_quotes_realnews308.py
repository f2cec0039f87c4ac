"""Quotes left over from round s32's first round (round q308), on hand-made sentences: a quotation opened and never
closed runs over its few sentences to the paragraph's end («جاء فيه: «X. Y،»»); the other of two camps («أحدهما
...، والفريق الآخر يرى أن») is in the speaker's words, no cue of its own; a participle's «أن» words end before
«، وأشاد بـ» (the speaker's praise); «رغم أنه أكد» is the one person of the pronoun's gender named in the clause
before."""

from __future__ import annotations

from conftest import news_quote_rows


# rasd.quotes.unclosed_run

def test_an_unclosed_statement_runs_to_the_paragraph_end() -> None:
    rows = news_quote_rows("وأصدر وزير الخارجية أحمد سالم بيانا جاء فيه: «نحن نرفض هذا القرار. وسنعمل مع شركائنا "
                           "لإلغائه، لقد تعبنا جميعا.")
    assert rows == [("جاء", "أحمد سالم", None,
                     "نحن نرفض هذا القرار. وسنعمل مع شركائنا لإلغائه، لقد تعبنا جميعا", True)]


def test_an_unclosed_quotation_stops_where_a_cue_takes_up_the_narration() -> None:
    rows = news_quote_rows("وأصدر وزير الخارجية أحمد سالم بيانا جاء فيه: «نحن نرفض هذا القرار. وقال الوزير إن "
                           "الحكومة ستعمل مع شركائها.")
    assert rows[0] == ("جاء", "أحمد سالم", None, "نحن نرفض هذا القرار", True)


def test_an_unclosed_quotation_does_not_run_past_its_paragraph() -> None:
    rows = news_quote_rows("وأصدر وزير الخارجية أحمد سالم بيانا جاء فيه: «نحن نرفض هذا القرار.\n"
                           "وفي سياق آخر، افتتح المحافظ مستشفى جديدا في المدينة.")
    assert rows == [("جاء", "أحمد سالم", None, "نحن نرفض هذا القرار", True)]


def test_a_closed_quotation_over_two_sentences_is_whole() -> None:
    rows = news_quote_rows("وقال وزير الخارجية أحمد سالم: «نحن نرفض هذا القرار. وسنعمل مع شركائنا لإلغائه». "
                           "وفي سياق آخر، افتتح المحافظ مستشفى جديدا.")
    assert rows[0] == ("وقال", "أحمد سالم", None, "نحن نرفض هذا القرار. وسنعمل مع شركائنا لإلغائه", True)


# rasd.quotes.other_party

def test_the_other_camp_is_in_the_officials_words() -> None:
    rows = news_quote_rows("وأوضح مسؤولون أميركيون أن الجدل يدور بين فريقين أحدهما يشعر بقلق أكبر حيال تنظيم "
                           "القاعدة، والفريق الآخر يرى أن مصدر التهديد هو تنظيم داعش.")
    assert len(rows) == 1
    assert rows[0][0] == "وأوضح" and rows[0][2] == "مسؤولون أميركيون"
    assert rows[0][3].endswith("والفريق الآخر يرى أن مصدر التهديد هو تنظيم داعش")


def test_the_other_with_no_one_before_it_still_reports() -> None:
    rows = news_quote_rows("وأوضح مسؤولون أميركيون أن الجدل يدور بين فريقين في الإدارة، والفريق الآخر يرى أن "
                           "مصدر التهديد هو تنظيم داعش.")
    assert [r[0] for r in rows] == ["وأوضح", "يرى"]


def test_the_other_with_no_cue_before_it_still_reports() -> None:
    rows = news_quote_rows("التقى الوزير بوفدين أحدهما من مصر، والآخر قال إن الاتفاق قريب.")
    assert [(r[0], r[3]) for r in rows] == [("قال", "الاتفاق قريب")]


# rasd.quotes.second_act (participles)

def test_a_participles_words_end_before_the_speakers_praise() -> None:
    rows = news_quote_rows("وأشار المحافظ سالم أحمد إلى أن الوضع تحسن كثيرا، مؤكدا أن رئيس الوزراء تفقد أحياء "
                           "المدينة بعد وصوله، وأشاد بصمود السكان طيلة الأشهر الماضية.")
    assert rows[1] == ("مؤكدا", "سالم أحمد", None, "رئيس الوزراء تفقد أحياء المدينة بعد وصوله", False)


def test_a_praise_of_the_other_gender_does_not_cut_the_participles_words() -> None:
    rows = news_quote_rows("وأشار المحافظ سالم أحمد إلى أن الوضع تحسن كثيرا، مؤكدا أن رئيس الوزراء تفقد أحياء "
                           "المدينة بعد وصوله، وأشادت الوزيرة ليلى حسن بصمود السكان.")
    assert rows[1][3].endswith("وأشادت الوزيرة ليلى حسن بصمود السكان")


def test_a_verb_cues_words_go_on_past_the_praise() -> None:
    rows = news_quote_rows("وأوضح المحافظ سالم أحمد أن رئيس الوزراء تفقد أحياء المدينة بعد وصوله، وأشاد بصمود "
                           "السكان طيلة الأشهر الماضية.")
    assert rows[0][3].endswith("وأشاد بصمود السكان طيلة الأشهر الماضية")


# rasd.quotes.concessive

def test_the_one_man_of_the_clause_before_rather_than_he() -> None:
    rows = news_quote_rows("زارت الوزيرة ليلى حسن المدينة أمس برفقة المحافظ سعيد خالد، رغم أنه أكد أن الوضع "
                           "الأمني صعب.")
    assert rows == [("أكد", "سعيد خالد", None, "الوضع الأمني صعب", False)]


def test_unnamed_sources_hold_the_feminine_pronoun() -> None:
    rows = news_quote_rows("قالت مصادر مطلعة إن المبعوث الأممي يواصل لقاءاته في القاهرة. وتحدثت المصادر عن «تفاؤل "
                           "كبير بالتوصل إلى اتفاق قريبا»، رغم أنها أكدت أيضا وجود «عقبات كثيرة تعترض سير المحادثات».")
    assert rows[-1][:3] == ("أكدت", None, "مصادر مطلعة")  # (round qu420: «المصادر» are those told of before)


def test_two_men_before_rather_than_he_leave_the_carry() -> None:
    rows = news_quote_rows("زار الوزير أحمد علي المدينة أمس برفقة المحافظ سعيد خالد، رغم أنه أكد أن الوضع الأمني "
                           "صعب.")
    assert rows[0][:2] == ("أكد", "أحمد علي")


# rasd.events.linked_days._lead_retold: a range told outside the words («طيلة الأشهر الماضية») dates no statement

LEAD_TEXT = ("أعلن وزير الداخلية اليمني اللواء سالم أحمد أن الحكومة ستضاعف المنح للطلبة في الخارج. وأضاف أحمد أن "
             "الطلبة سيتدربون في كليات عسكرية متطورة.\nوأشار أحمد إلى أن وصول رئيس الحكومة إلى عدن أمس «أوصل رسالة "
             "مفادها أن المدينة أصبحت آمنة»، مؤكدا أن رئيس الوزراء تفقد أحياء المدينة بعد وصوله، وأشاد بصمود الأهالي "
             "طيلة الأشهر الماضية في وجه الانقلاب.\nوأكد أن الحكومة تعمل على ترتيب الوضع الأمني.")


def test_a_range_after_the_praise_does_not_date_the_lead() -> None:
    from rasd import analyze
    doc = analyze(LEAD_TEXT, date="2015-08-02")
    lead = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "أعلن")
    assert lead.date == "2015-08-02"


def test_a_day_told_at_the_next_cue_still_dates_the_lead() -> None:
    from rasd import analyze
    doc = analyze("أكد وزير الخارجية سالم أحمد أن المحادثات ستنجح. وفي تصريحاته للصحافيين أمس، أوضح أحمد أن "
                  "الجولة المقبلة ستعقد في جنيف.", date="2015-08-02")
    lead = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "أكد")
    assert lead.date == "2015-08-01"

"""Round 287: dates of events and time expressions. A definite meeting masdar told again takes the meeting's day
(``events.retold_meetings``); a second «و» + perfect verb of the same subject goes on with the day of the verb
before it (``events.shared_time._chained``); a guessed month paired with a month told with its year takes that year
(``time.paired_months``); a weekday right after a perfect verb and its resumptive object («عثر عليها الخميس») is a
past day in a sentence of the future (``time.days._near_past_relative``); «ستصل» is a word of the future; «عبد
الأحد» is a name, no weekday. The document date of ``analyze_news`` is Sunday 2015-08-02."""

from conftest import analyze_news, news_date

from rasd.temporal import analyze_times


def _times(text: str, date: str = "2015-08-02") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_times(text, date=date).times]


# --- a meeting told again by «اللقاء» ---------------------------------------------------------------------------

MEETING = ("أكد ولي العهد دعم بلاده للتحالف لدى لقائه وزير الخارجية الأردني ناصر جودة، أول من أمس في أبوظبي. "
           "واستعرض اللقاء العلاقات بين البلدين. ")


def test_retold_meeting_with_a_party_takes_the_meetings_day() -> None:
    text = MEETING + "وحضر اللقاء الشيخ طحنون بن زايد."
    assert news_date(text, "لقائه") == "2015-07-31"
    assert news_date(text, "اللقاء") == "2015-07-31"
    doc = analyze_news(text)
    last = next(e for e in doc.events if e.trigger.start == doc.text.rindex("اللقاء"))
    assert last.date == "2015-07-31"


def test_counter_retold_meeting_after_another_time_keeps_its_day() -> None:
    # a meeting of another time is told between: «اللقاء» may be that one, it is not moved
    text = ("أكد ولي العهد دعم بلاده للتحالف لدى لقائه وزير الخارجية الأردني ناصر جودة، أول من أمس في أبوظبي. "
            "وكان الوزيران التقيا في مايو الماضي في عمان. وحضر اللقاء الشيخ طحنون بن زايد.")
    doc = analyze_news(text)
    last = next(e for e in doc.events if e.trigger.start == doc.text.rindex("اللقاء"))
    assert last.date == "2015-08-02"


def test_counter_retold_meeting_with_its_own_time() -> None:
    text = MEETING + "وسيعقد اللقاء المقبل غدا في عمان."
    doc = analyze_news(text)
    last = next(e for e in doc.events if e.trigger.start == doc.text.rindex("اللقاء"))
    assert last.date != "2015-07-31"


# --- a second verb of the same subject ----------------------------------------------------------------------------

def test_second_verb_goes_on_with_the_day_of_the_first() -> None:
    text = ("وبثت الرسالة الصوتية على الإنترنت أول من أمس، وحث فيها الملا أختر منصور أنصار الحركة على الوحدة "
            "وتعهد بمواصلة القتال ضد الحكومة.")
    assert news_date(text, "وحث") == "2015-07-31"
    assert news_date(text, "وتعهد") == "2015-07-31"


def test_second_verb_without_comma_after_the_time() -> None:
    text = "وانتقد الرئيس الأميركي باراك أوباما أول من أمس الكونغرس وتعهد بمواصلة الضغط."
    assert news_date(text, "وتعهد") == "2015-07-31"


def test_counter_second_verb_with_a_time_of_its_own() -> None:
    text = "وانتقد الرئيس الأميركي باراك أوباما أول من أمس الكونغرس وتعهد أمس بمواصلة الضغط."
    assert news_date(text, "وتعهد") == "2015-08-01"


# --- «أبريل أو مايو عام 2016» --------------------------------------------------------------------------------------

def test_month_paired_with_a_month_of_a_told_year() -> None:
    times = _times("وكانت اللجنة ترغب في إجراء تصويت مبكر في أبريل (نيسان) أو مايو عام 2016 قبل الاختيار النهائي.")
    assert ("أبريل (نيسان)", "2016-04") in times
    assert ("مايو عام 2016", "2016-05") in times


def test_month_ranged_to_a_month_of_a_told_year() -> None:
    times = _times("ويمتد البرنامج في مارس حتى يونيو 2017 وفق الخطة.")
    assert ("مارس", "2017-03") in times


def test_counter_month_with_its_own_modifier_is_not_moved() -> None:
    times = _times("وجرى التصويت في أبريل الماضي أو مايو 2016 بحسب المصادر.")
    assert ("أبريل الماضي", "2015-04") in times


def test_counter_month_after_the_second_in_the_year_is_not_moved() -> None:
    # «ديسمبر أو يناير 2016»: which year December is of is not said
    times = _times("ومن المنتظر إجراء الانتخابات في ديسمبر أو يناير 2016 على الأرجح.")
    assert not any(t == "ديسمبر" and v is not None and v.startswith("2016") for t, v in times)


# --- a weekday of a find already made -------------------------------------------------------------------------------

def test_weekday_of_a_resumptive_perfect_in_a_future_sentence_is_past() -> None:
    times = _times("وستخضع للفحص في مختبر قرب باريس قطعة الحطام التي عثر عليها الخميس على شاطئ الجزيرة.")
    assert ("الخميس", "2015-07-30") in times
    times = _times("ومن المقرر أن تصل إلى تولوز الحقيبة التي عثر عليها في الجزيرة نفسها الخميس.")
    assert ("الخميس", "2015-07-30") in times


def test_counter_weekday_after_a_future_verb_is_next() -> None:
    times = _times("والحقيبة التي عثر عليها سترسل الخميس إلى فرنسا.")
    assert ("الخميس", "2015-08-06") in times


def test_counter_weekday_after_another_time_is_next() -> None:
    times = _times("وسيحاكم المتهم الذي قبض عليه أمس أمام المحكمة الخميس.")
    assert ("الخميس", "2015-08-06") in times


def test_counter_weekday_of_a_bare_relative_verb_left_to_the_future() -> None:
    # «الذي دعت إليه»: no resumptive of the list; the meeting may be held on Thursday
    times = _times("ومن المقرر أن يعقد الاجتماع الذي دعت إليه الجامعة الخميس.")
    assert ("الخميس", "2015-08-06") in times


def test_four_letter_future_verb_makes_the_weekday_next() -> None:
    assert ("الخميس", "2015-08-06") in _times("وقال المسؤول إن القطعة ستصل الخميس إلى تولوز.")
    assert ("الخميس", "2015-07-30") in _times("وقال المسؤول إن القطعة وصلت الخميس إلى تولوز.")


# --- names ---------------------------------------------------------------------------------------------------------

def test_abd_al_ahad_is_a_name() -> None:
    assert _times("وضمت الهيئة كلا من أنس العبدة، عبد الأحد صطيفو، نذير الحكيم.") == []
    assert _times("وقال عبد الجمعة الحمد إن الاجتماع انتهى.") == []


def test_counter_weekday_after_a_name_is_a_day() -> None:
    assert ("الأحد", "2015-08-02") in _times("وقال عبد الله الثاني الأحد إن الاجتماع انتهى.")


# --- «يومي الاثنين والثلاثاء المقبلين» ------------------------------------------------------------------------------

def test_dual_modifier_sets_both_weekdays() -> None:
    times = _times("وقررت النقابات ارتداء الشارة الحمراء يومي الاثنين والثلاثاء المقبلين، وعقد ندوة صحافية.")
    assert ("الاثنين", "2015-08-03") in times
    assert ("الثلاثاء المقبلين", "2015-08-04") in times
    times = _times("وتظاهر المئات يومي الاثنين والثلاثاء الماضيين أمام البرلمان.")
    assert ("الاثنين", "2015-07-27") in times


def test_counter_coordinated_weekdays_without_modifier() -> None:
    # no modifier: the latest days, as before
    times = _times("وتظاهر المئات الاثنين والثلاثاء أمام البرلمان.")
    assert ("الاثنين", "2015-07-27") in times
    assert ("الثلاثاء", "2015-07-28") in times


# --- a reception on the day of the arrival ----------------------------------------------------------------------------

def test_reception_after_a_pluperfect_arrival_takes_its_day() -> None:
    text = "وكان الأمير وصل أمس إلى عمان، وكان في استقباله بالمطار الأمير فيصل بن الحسين."
    assert news_date(text, "وصل") == "2015-08-01"
    assert news_date(text, "استقباله") == "2015-08-01"


def test_counter_reception_with_a_time_of_its_own() -> None:
    text = "وكان الأمير وصل أمس إلى عمان، وكان في استقباله اليوم بقصر الحسينية الملك عبد الله الثاني."
    assert news_date(text, "استقباله") == "2015-08-02"


# --- «ودعا ...، قائلا في بيان صدر مساء أول من أمس» -----------------------------------------------------------------

def test_participle_of_saying_on_a_dated_statement_dates_the_verb() -> None:
    text = ("ودعا الأمين العام للأمم المتحدة بان كي مون إلى دعم الوكالة، قائلا في بيان صدر مساء أول من أمس "
            "إن الوكالة هي ركيزة الاستقرار.")
    assert news_date(text, "ودعا") == "2015-07-31"


def test_counter_verb_with_its_own_time_before_the_participle() -> None:
    text = ("ودعا الأمين العام للأمم المتحدة بان كي مون أمس إلى دعم الوكالة، قائلا في بيان صدر أول من أمس "
            "إن الوكالة هي ركيزة الاستقرار.")
    assert news_date(text, "ودعا") == "2015-08-01"


def test_counter_participle_without_an_occasion() -> None:
    # «قائلا إن ...» names no occasion: a time in the words is not the call's
    text = "ودعا الأمين العام للأمم المتحدة بان كي مون إلى دعم الوكالة، قائلا إن الوكالة تأسست قبل يومين."
    assert news_date(text, "ودعا") == "2015-08-02"


# --- «بان» of «بان كي مون» ------------------------------------------------------------------------------------------

def test_ban_of_a_name_does_not_open_a_clause() -> None:
    text = "وطالب الأمين العام للأمم المتحدة بان كي مون أمس بدعم الوكالة."
    assert news_date(text, "وطالب") == "2015-08-01"


def test_counter_ban_as_a_complementizer_still_opens_one() -> None:
    # «بان» written for «بأن»: the time is in the words, the announcement is of the article's day
    text = "وأعلن المتحدث بان الوزير وصل أمس إلى عمان."
    assert news_date(text, "وصل") == "2015-08-01"
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_welcome_in_the_next_paragraph_takes_the_arrivals_day() -> None:
    # (the counter-case, «وقد أقيم حفل استقبال في السفارة»: a party, no welcome, keeps the article's day, is
    # round 88's test_a_paragraph_opened_by_kama_goes_on_with_the_one_before)
    text = "وكان الأمير وصل أمس إلى عمان في زيارة رسمية.\n\nوكان في استقباله في المطار الوزراء."
    assert news_date(text, "استقباله") == "2015-08-01"

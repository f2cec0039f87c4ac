"""Round 281: a bare weekday in a piece whose writer calls the day before «أمس» (time/earlier_week.py). In a sentence
opening with the pluperfect «وكانت ... خطفت ... مساء السبت» a weekday that would be the day before is the one of the
week before; in a sentence opening with a perfect verb («وأعلنت الحكومة، الأحد،») the weekday of the piece's own day
is last week's. Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``: «أمس» is
2015-08-01, a Saturday."""

from __future__ import annotations

from conftest import analyze_news, event_starting_at, news_date

YESTERDAY = "2015-08-01"
LAST_SATURDAY = "2015-07-25"
LAST_SUNDAY = "2015-07-26"


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(t.text, t.value) for t in doc.times]


def _date_at(text: str, word: str) -> str | None:
    """The date of the event whose trigger starts where ``word`` first occurs."""
    return event_starting_at(analyze_news(text), word).date  # type: ignore[no-any-return]


NEWS = "اعتقلت الشرطة أمس خمسة ناشطين في وسط العاصمة.\n"


def test_pluperfect_weekday_is_of_the_week_before() -> None:
    text = NEWS + "وكانت الشرطة اعتقلت ثلاثة طلاب مساء السبت قرب مبنى الجامعة."
    assert _times(text) == [("أمس", YESTERDAY), ("مساء السبت", LAST_SATURDAY)]
    assert _date_at(text, "اعتقلت ثلاثة") == LAST_SATURDAY
    assert _date_at(text, "اعتقلت الشرطة") == YESTERDAY


def test_pluperfect_weekday_stays_without_ams() -> None:
    # the writer never says «أمس»: his weekdays are the latest ones
    assert _times("وكانت الشرطة اعتقلت ثلاثة طلاب مساء السبت قرب مبنى الجامعة.") == [("مساء السبت", YESTERDAY)]
    # a comma between «كانت» and the weekday: another clause
    assert _times(NEWS + "وكانت الشرطة، اعتقلت ثلاثة طلاب بعد مواجهات مساء السبت.")[-1] == ("مساء السبت", YESTERDAY)
    # «أن» between: «كان من المفترض أن تبدأ ... السبت» is a planned day
    assert _times(NEWS + "وكان من المفترض أن تبدأ المحادثات السبت في العاصمة.")[-1] == ("السبت", YESTERDAY)
    # «أمس» in the sentence itself
    assert _times("وكانت الشرطة اعتقلت أمس ثلاثة طلاب بعد مواجهات السبت.")[-1] == ("السبت", YESTERDAY)


def test_own_weekday_in_a_past_sentence_is_last_week() -> None:
    text = NEWS + "وأعلنت الحكومة، الأحد، استقالة وزير الداخلية."
    assert _times(text)[-1] == ("الأحد", LAST_SUNDAY)
    assert news_date(text, "وأعلنت") == LAST_SUNDAY


def test_own_weekday_stays_in_a_piece_of_that_day() -> None:
    # «اليوم (الأحد)»: the piece is of that day
    text = "اعتقلت الشرطة اليوم (الأحد) خمسة ناشطين.\nوأعلنت الحكومة، الأحد، استقالة الوزير بعد اجتماع أمس."
    assert ("الأحد", "2015-08-02") in _times(text)
    # a future sentence: the day to come, not last week's
    assert _times(NEWS + "وستعلن الحكومة الأحد أسماء الوزراء الجدد.")[-1] == ("الأحد", "2015-08-02")
    # a pluperfect whose weekday is the piece's own day: not moved (only the day before is)
    assert _times(NEWS + "وكانت الحكومة أعلنت الأحد استقالة الوزير.")[-1] == ("الأحد", "2015-08-02")


def test_weekday_of_a_past_main_clause_before_future_words_goes_back() -> None:
    # the future is only in what is reported after the weekday: the day it was said
    assert _times('وقال الرئيس في خطاب متلفز السبت "سنمضي في الإصلاحات حتى النهاية".') == [("السبت", YESTERDAY)]
    assert _times("وأكد وزير المالية السبت أنه سيعرض الموازنة على البرلمان.") == [("السبت", YESTERDAY)]
    # counter-cases: the weekday in the reported words, a future in the main clause
    assert _times("وأعلن الوزير أن الرئيس سيزور القاهرة السبت.") == [("السبت", "2015-08-08")]
    assert _times("وقال الوزير: «سنزور القاهرة السبت».") == [("السبت", "2015-08-08")]
    assert _times("ووزير الخارجية يزور السبت القاهرة حيث سيلتقي الرئيس.") == [("السبت", "2015-08-08")]


BACKING = "أيدت قطر تركيا في حربها على المسلحين.\n"
RESERVATION = ("وأعربت الخارجية القطرية في بيان عن تحفظ قطر على البيان الصادر عن الجامعة بشأن استنكار جامعة الدول "
               "العربية للقصف التركي.")


def test_topic_noun_retelling_a_dated_act_takes_its_day() -> None:
    text = BACKING + "ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق.\n" + RESERVATION
    assert _date_at(text, "ودانت") == "2015-07-31"
    assert _date_at(text, "استنكار") == "2015-07-31"


def test_topic_noun_stays_undated_without_a_dated_act_before() -> None:
    assert _date_at(BACKING + RESERVATION, "استنكار") is None
    # the act told before has no time of its own: the article's day is no day of the topic
    text = BACKING + "ودانت الجامعة العربية القصف التركي في شمال العراق.\n" + RESERVATION
    assert _date_at(text, "استنكار") is None
    # another doer: a kind of act, no day
    text = BACKING + "ودانت الحكومة العراقية أول من أمس القصف التركي في شمال العراق.\n" + RESERVATION
    assert _date_at(text, "استنكار") is None


LEAD = "تحفظت قطر على موقف الجامعة العربية، التي استنكرت القصف التركي في شمال العراق، مؤكدة دعمها لتركيا.\n"


def test_lead_act_takes_the_day_the_next_sentence_gives_it() -> None:
    text = LEAD + "ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق."
    assert _date_at(text, "استنكرت") == "2015-07-31"


def test_lead_act_keeps_the_article_day_without_the_same_act_next() -> None:
    # another doer condemns: not the lead's act
    text = LEAD + "ودانت الحكومة العراقية أول من أمس القصف التركي في شمال العراق."
    assert _date_at(text, "استنكرت") == "2015-08-02"
    # the same act told three sentences on: too far to be the lead's
    text = LEAD + ("وأيدت قطر تركيا في حربها.\nووصف الوزير الموقف بالخاطئ.\n"
                   "ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق.")
    assert _date_at(text, "استنكرت") == "2015-08-02"


def test_participle_after_a_noun_and_its_adjective_is_undated() -> None:
    text = ("وقال الباحث إن «الخطوة خطيرة، خصوصا مع ازدياد الأصوات المتشددة المطالبة بالدخول في مواجهة مع "
            "الحكومة»، حسب قوله.")
    # (round ev1003: «المطالبة» after a definite genitive noun and its adjective is that noun's adjective, no act:
    # no event there at all, so none with a date)
    doc = analyze_news(text)
    assert not [e for e in doc.events if e.trigger.start == doc.text.index("المطالبة")]
    # counter-case: after one definite word, the masdar of an act told
    text = "وجددت المعارضة المطالبة بالإفراج عن المعتقلين في العاصمة."
    assert _date_at(text, "المطالبة") == "2015-08-02"

"""Round 71 of real news: time expressions, event dates and modality. A bare month after a time preposition («في
يونيو») is the last such month up to the article's, the next one for a plan; a well-known day in figures with no
year («هجمات 9 / 11») is that day of its year; an act over an unsaid stretch («خلال الفترة الماضية», «هذه
الأيام», «منذ سنوات») has no date; an act owed («إن على الحكومة التفاوض») is planned and one that may be («قد
تشهد المنطقة مواجهات») hypothetical, neither dated; an event a visit «ستشهد» is planned; what was said in a month
before the article's («أعلنت الحكومة في يوليو أنها سمحت بشن هجمات») dates the acts it tells. The sample's articles
are dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_news(text).times]


def test_a_bare_month_after_a_preposition() -> None:
    assert _times("وعقد الوزيران اجتماعا في يونيو.") == [("يونيو", "2015-06")]
    assert _times("وعقد الوزيران اجتماعا في أكتوبر.") == [("أكتوبر", "2014-10")]
    assert news_date("وعقد الوزيران اجتماعا في يونيو.", "اجتماعا") == "2015-06"
    # a plan's month is the next one
    assert news_date("وسيعقد الوزيران اجتماعا في يونيو.", "اجتماعا") == "2016-06"
    assert news_date("وسيعقد الوزيران اجتماعا في أكتوبر.", "اجتماعا") == "2015-10"
    # no preposition: no time («مارس» may be a verb); a year in brackets is read with it
    assert _times("وقال إن الجيش مارس ضغوطا على المدينة.") == []
    assert _times("ونشرت المذكرات في مايو من ( 1950 ).") == [("مايو من ( 1950 )", "1950-05")]


def test_a_known_day_in_figures() -> None:
    assert _times("وقال إن هجمات 9 / 11 غيرت العالم.") == [("9 / 11", "2001-09-11")]
    assert _times("وقال إن أحداث 11 / 9 غيرت العالم.") == [("11 / 9", "2001-09-11")]
    assert news_date("وقال إن هجمات 9 / 11 غيرت العالم.", "هجمات") == "2001-09-11"
    # no event noun before it: not a date
    assert _times("وبلغت النسبة 9 / 11 من الأصوات.") == []


def test_an_unsaid_stretch_gives_no_date() -> None:
    assert news_date("وشهدت المدينة اشتباكات خلال الفترة الماضية.", "اشتباكات") is None
    assert news_date("وتشهد المدينة مواجهات هذه الأيام.", "مواجهات") is None
    assert news_date("وقتل المتطرفون العديد من المدنيين منذ سنوات.", "وقتل") is None
    # in another clause: the act keeps the article's day
    assert news_date("وأعلن الجيش السيطرة على المدينة، بعد معارك استمرت منذ أشهر.", "وأعلن") == "2015-08-02"
    assert news_date("وشهدت المدينة اشتباكات عنيفة.", "اشتباكات") == "2015-08-02"


def test_an_act_owed_or_possible_is_no_fact() -> None:
    text = "وقالت الوزارة إن على فنزويلا التفاوض مع جيرانها."
    assert news_modality(text, "التفاوض") == "planned" and news_date(text, "التفاوض") is None
    assert news_modality("ويجب على الحكومة التحقيق في الحادث.", "التحقيق") == "planned"
    text = "وقال إن المنطقة قد تشهد مواجهات جديدة."
    assert news_modality(text, "مواجهات") == "hypothetical" and news_date(text, "مواجهات") is None
    # «على» phrases that owe nothing, and «قد» before a perfect
    assert news_modality("وتصاعد الخلاف على خلفية التفاوض مع الحكومة.", "التفاوض") == "asserted"
    assert news_modality("وعلى أثر الهجوم، رد الحزب بعمليات انتقامية.", "الهجوم") == "asserted"
    assert news_modality("وحصلت الحكومة على الموافقة على التفاوض.", "التفاوض") == "asserted"
    assert news_modality("وكانت المنطقة قد شهدت مواجهات عنيفة.", "مواجهات") == "asserted"


def test_an_event_a_visit_will_witness_is_planned() -> None:
    text = "وسيزور الرئيس القاهرة غدا لكن زيارته ستشهد اجتماعا مع نظيره."
    assert news_modality(text, "اجتماعا") == "planned"
    assert news_modality("وشهدت الزيارة اجتماعا مع نظيره.", "اجتماعا") == "asserted"


def test_what_was_said_in_an_earlier_month_dates_its_acts() -> None:
    text = "وأعلنت الحكومة في يوليو أنها سمحت للطائرات بشن هجمات على التنظيم."
    assert news_date(text, "هجمات") == "2015-07"
    # said today: the article's day
    assert news_date("وأعلنت الحكومة أنها سمحت للطائرات بشن هجمات على التنظيم.", "هجمات") == "2015-08-02"


def test_a_chronologys_heading_dates_its_line() -> None:
    text = "- 1 مارس : الرئيس يزور السعودية، ويؤكدان على تعزيز العلاقات."
    assert news_date(text, "ويؤكدان") == "2015-03-01"
    # a colon after a speaker, not the time: what follows is not the time's
    text = "وفي مارس الماضي قال الوزير: إن الجيش سيهاجم المدينة، وأكد أن الحرب طويلة."
    assert news_date(text, "وأكد") == "2015-08-02"
    # a relative clause on an act named in the line tells of that act, before the heading's day
    text = "- 30 يونيو : الوزير يعرب عن «إدانته للهجوم الإرهابي» الذي استهدف القاضي حسن علي، خلال اتصال هاتفي بالرئيس."
    # (round ev522: the clause's verb retells the attack: one event, «للهجوم», no event of its own)
    assert "استهدف" not in [text[e.trigger.start : e.trigger.end] for e in analyze_news(text).events]
    assert news_date(text, "اتصال هاتفي") == "2015-06-30"

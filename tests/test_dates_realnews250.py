"""Round 250: a month in brackets after a position word («في نهاية (يونيو)»), «فاتح + month» as the first day of
the month (Maghrebi usage: «فاتح يناير»), and «نفس/ذات + meeting noun» linking an act to the meeting told before
(«وخلال نفس الاجتماع», events/linked_days.py); a day told after «إلا أنه» dates only what follows it. Hand-made
sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``: «يوم الخميس» is 2015-07-30."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_place


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_news(text).times]


def test_bracketed_month_after_a_position() -> None:
    assert _times("وأرادت بعض الحكومات في نهاية (يونيو) وقف المحادثات.") == [
        ("نهاية (يونيو)", "2015-06-21/2015-06-30")]
    assert _times("وتراجعت الأسعار في مطلع (مارس) الماضي.") == [("مطلع (مارس) الماضي", "2015-03-01/2015-03-10")]
    # counter-case: a bracketed word that is no month is no time
    assert _times("وأرادت بعض الحكومات في نهاية (المطاف) وقف المحادثات.") == []


def test_fatih_with_a_month_is_its_first_day() -> None:
    assert _times("ونفذت السلطات عشرين حكما منذ فاتح يناير.") == [("فاتح يناير", "2015-01-01")]
    assert _times("وتدخل الاتفاقية حيز التنفيذ فاتح أكتوبر المقبل.") == [("فاتح أكتوبر المقبل", "2015-10-01")]
    # counter-case: «فاتح» as a name, no month after it
    assert _times("واستقبل الوزير فاتح الشمري في مكتبه.") == []


LEAD = "يلتقي وزير الخارجية اليوم نظيره الروسي في ماليزيا.\n\n"
MEETING = "واجتمع الوزيران يوم الخميس في الدوحة مع نظيرهما السعودي.\n\n"


def test_same_meeting_links_its_day_and_place() -> None:
    for opener in ("وخلال نفس الاجتماع", "وفي ذات الاجتماع", "وفي الاجتماع نفسه"):
        text = LEAD + MEETING + opener + " انتقد الوزير الروسي واشنطن."
        assert news_date(text, "انتقد") == "2015-07-30", opener
        assert news_place(text, "انتقد") == "الدوحة", opener
    # counter-case: «نفس» before a word that is no meeting («في نفس الوقت»): a new act, the article's day
    text = LEAD + MEETING + "وفي نفس السياق انتقد الوزير الروسي واشنطن."
    assert news_date(text, "انتقد") == "2015-08-02"


def test_day_after_illa_anna_dates_only_what_follows() -> None:
    text = "وانتقد الوزراء الرئيس، إلا أنه التقى المحافظ في عدن أمس."
    assert news_date(text, "التقى") == "2015-08-01"
    assert news_date(text, "وانتقد") == "2015-08-02"

"""Round dt363: event dates and times. A time after a word of
scheduling past a preposition dates the act scheduled, not the trigger (`events.invited_time.scheduled_other`);
«نهاية مايو (أيار) عام 2014» keeps its year (`time.positions.p_period`); «نهاية الأسبوع» on a Sunday is the weekend of
the Arab week begun that day (`time.calendar.week_ref`). Hand-made sentences (paraphrases), dated 2015-08-02 (a
Sunday) by ``analyze_news``: «أمس» is 2015-08-01."""

from __future__ import annotations

import rasd
from conftest import analyze_news, news_date, news_modality

# -- a past act retold in a statement keeps the time told inside the content ------------------------------------


def test_a_retold_act_with_its_own_time_keeps_it() -> None:
    text = "وقال القيادي المعارض إن أعضاء الفرقة قتلوا أول من أمس مقاتلين من الجبهة."
    assert news_date(text, "قتلوا") == "2015-07-31"


# -- events.invited_time.scheduled_other: «من جلسة مجلس الوزراء المقرر عقدها يوم الخميس المقبل» --------------------


def test_time_of_a_session_scheduled_past_a_preposition_is_not_the_talks() -> None:
    text = ("وأبدت الصحيفة اهتماما بالمشاورات الجارية بين المسؤولين للخروج بنتائج من جلسة مجلس الوزراء المقرر عقدها "
            "يوم الخميس المقبل.")
    assert news_date(text, "بالمشاورات") == "2015-08-02"
    assert news_modality(text, "بالمشاورات") != "planned"


def test_counter_the_trigger_itself_scheduled_takes_the_time() -> None:
    text = "وأكد الوزير أن المحادثات الثنائية المقررة يوم الخميس المقبل ستتناول الأمن."
    assert news_date(text, "المحادثات") == "2015-08-06"


# -- time.positions.p_period and time.calendar.week_ref ---------------------------------------------------------


def _times(text: str, date: str = "2015-08-02") -> dict[str, str | None]:
    doc = rasd.analyze(text, date=date)
    return {doc.text[t.start : t.end]: t.value for t in doc.times}


def test_late_month_with_a_gloss_keeps_the_year_after_am() -> None:
    times = _times("وبحسب بيانات الدعوى، سافر الرجلان نهاية مايو (أيار) عام 2014 إلى سوريا عبر تركيا.")
    assert times == {"نهاية مايو (أيار) عام 2014": "2014-05-21/2014-05-31"}


def test_counter_late_month_with_a_gloss_and_no_year_is_guessed() -> None:
    times = _times("وسافر الرجلان نهاية مايو (أيار) إلى سوريا عبر تركيا.")
    assert times == {"نهاية مايو (أيار)": "2015-05-21/2015-05-31"}


def test_weekend_told_on_a_sunday_is_the_arab_week_s() -> None:
    text = "وتسلمت مصر ثماني مقاتلات نهاية الأسبوع الماضي، وستتسلم أخرى نهاية الأسبوع المقبل."
    times = _times(text)
    assert times["نهاية الأسبوع الماضي"] == "2015-W31"  # Thursday 30 July to Saturday 1 August
    assert times["نهاية الأسبوع المقبل"] == "2015-W33"


def test_counter_weekend_on_a_monday_and_a_bare_week_on_a_sunday_are_unshifted() -> None:
    assert _times("وتسلمت مصر المقاتلات نهاية الأسبوع الماضي.", "2015-08-03")["نهاية الأسبوع الماضي"] == "2015-W31"
    # a bare «الأسبوع الماضي» on a Sunday: often a wire's week, written before; the ISO week before
    assert _times("وأدلى الوزراء بشهادتهم خلال الأسبوع الماضي.")["الأسبوع الماضي"] == "2015-W30"


# -- events.episodes.told_after: «بعد أن تم اتهامهم» --------------------------------------------------------------


def test_passive_act_after_bada_an_tamma_has_no_day() -> None:
    text = "ويعاين أعضاء اللجنة حالة الموقوفين في السجون بعد أن تم اتهامهم بالتحضير لعمليات إرهابية."
    assert news_date(text, "اتهامهم") is None


def test_counter_a_noun_act_after_bada_alone_keeps_the_day() -> None:
    # «بعد لقائه»: the statement made after the meeting, of its day (no «أن تم», no time said): the article's day
    text = "وقال الوزير للصحافيين بعد لقائه نظيره الصيني إن البلدين يدعمان الحل السياسي."
    assert news_date(text, "لقائه") == "2015-08-02"

"""Round dt373: times of weeks and weekdays anchored as a newspaper tells them, and event dates of parts of spans.

A weekday «الماضي» is never the day before the paper's date, which is «أمس» (`time.days.p_weekday`); a bare part of
«الأسبوع» follows the week told before it, else a past weekend in a paper of Monday to Thursday is the one gone by,
and «هذا الأسبوع» of a past act in a Monday's paper that says «أمس» is the writer's week (`time.week_frame`); the
day a deadline runs to is one to come (`time.components.deadline_before`); an act told «اليوم وغدًا» begins on the
first day (`events.told_span`). Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import news_date
from rasd.temporal import analyze_times


def _times(text: str, date: str) -> dict[str, str | None]:
    doc = analyze_times(text, date)
    return {doc.text[t.start : t.end]: t.value for t in doc.times}


# -- time.days.p_weekday: «الجمعة الماضي» in a Saturday's paper ---------------------------------------------------


def test_last_weekday_that_is_yesterday_is_the_one_a_week_before() -> None:
    text = "منذ أن سلم الوسطاء طرفي النزاع الجمعة الماضي مسودة الاتفاق."
    assert _times(text, "2015-08-01")["الجمعة الماضي"] == "2015-07-24"  # a Saturday: yesterday is «أمس الجمعة»


def test_counter_last_weekday_two_days_back_is_kept() -> None:
    text = "وكانت تركيا نفذت، السبت الماضي، ضربات جوية على معاقل الحزب."
    assert _times(text, "2015-08-03")["السبت الماضي"] == "2015-08-01"  # a Monday's paper: the writer's yesterday
    assert _times("وأكد الرئيس الخميس الماضي إجراء الانتخابات.", "2015-08-01")["الخميس الماضي"] == "2015-07-30"
    # a pair of days just past, yesterday one of them, has no «أمس» to be told by
    times = _times("واستعاد المقاتلون نقاطا سيطرت عليها القوات يومي الاثنين والثلاثاء الماضيين.", "2015-08-05")
    assert times["الثلاثاء الماضيين"] == "2015-08-04"


# -- time.week_frame ------------------------------------------------------------------------------------------


def test_bare_part_of_the_week_follows_the_week_told_before() -> None:
    text = "بدأ الأسبوع الماضي في الإعلام الأميركي بالانتخابات. في بداية الأسبوع، اهتم الإعلام بخطاب الوزير."
    assert _times(text, "2015-08-05")["بداية الأسبوع"] == "2015-W31"


def test_counter_bare_part_with_no_week_before_or_a_future_is_this_week() -> None:
    assert _times("في بداية الأسبوع، اهتم الإعلام بخطاب الوزير.", "2015-08-05")["بداية الأسبوع"] == "2015-W32"
    text = "بدأ الأسبوع الماضي بالانتخابات. وسيعقد المؤتمر في منتصف الأسبوع."
    assert _times(text, "2015-08-05")["منتصف الأسبوع"] == "2015-W32"


def test_past_weekend_in_a_tuesday_paper_is_the_one_gone_by() -> None:
    text = "وتراجع عدد محاولات التسلل خلال عطلة نهاية الأسبوع إلى أقل من 400."
    assert _times(text, "2015-08-04")["نهاية الأسبوع"] == "2015-W31"


def test_counter_weekend_to_come_or_on_a_friday_is_this_week() -> None:
    assert _times("وسيعقد المؤتمر في نهاية الأسبوع.", "2015-08-04")["نهاية الأسبوع"] == "2015-W32"
    text = "وتراجع عدد محاولات التسلل خلال عطلة نهاية الأسبوع."
    assert _times(text, "2015-08-07")["نهاية الأسبوع"] == "2015-W32"  # a Friday's paper: the weekend under way


def test_this_week_of_a_past_act_in_a_monday_paper_is_the_writer_s() -> None:
    text = "وجاء إعلان التنظيم في شريط بثه أمس، يؤكد فيه قيامه هذا الأسبوع بخطف مقاتلين."
    assert _times(text, "2015-08-03")["هذا الأسبوع"] == "2015-W31"  # written on Sunday 2 August


def test_counter_this_week_to_come_or_with_no_yesterday_is_the_paper_s() -> None:
    text = "وقال الوزير أمس إن المجلس سيعقد اجتماعه هذا الأسبوع."
    assert _times(text, "2015-08-03")["هذا الأسبوع"] == "2015-W32"
    assert _times("ويؤكد التنظيم قيامه هذا الأسبوع بخطف مقاتلين.", "2015-08-03")["هذا الأسبوع"] == "2015-W32"
    text = "وجاء إعلان التنظيم في شريط بثه أمس، يؤكد فيه قيامه هذا الأسبوع بخطف مقاتلين."
    assert _times(text, "2015-08-04")["هذا الأسبوع"] == "2015-W32"  # a Tuesday's paper
    text = "وتستضيف إيران مسؤولين من سوريا وروسيا هذا الأسبوع، كما أعلنت أمس."
    assert _times(text, "2015-08-03")["هذا الأسبوع"] == "2015-W32"  # a present verb: the week to come


# -- time.components.deadline_before ------------------------------------------------------------------------------


def test_day_a_deadline_runs_to_is_to_come() -> None:
    text = "وبدأت الحرب في نهاية 2013. وأمهل الوسطاء المتقاتلين حتى 17 أغسطس لإبرام اتفاق."
    assert _times(text, "2015-08-06")["17 أغسطس"] == "2015-08-17"


def test_counter_a_day_after_a_year_told_with_no_deadline_is_that_year_s() -> None:
    text = "وبدأت الحرب في نهاية 2013. واجتاحت القوات المدينة حتى 17 أغسطس."
    assert _times(text, "2015-08-06")["17 أغسطس"] == "2013-08-17"
    text = "وانتهت المهلة التي أمهلها المجلس للحكومة حتى 15 مايو دون اتفاق."
    assert _times(text, "2015-08-06")["15 مايو"] == "2015-05-15"  # a deadline gone by: this year's, not the next


# -- events.told_span ---------------------------------------------------------------------------------------------


def test_act_told_today_and_tomorrow_begins_today() -> None:
    text = "وتشهد العاصمة القطرية اليوم وغدا جولة مباحثات بين الوزراء."
    assert news_date(text, "جولة") == "2015-08-02"


def test_counter_act_told_tomorrow_alone_is_tomorrow_s() -> None:
    text = "وتشهد العاصمة القطرية غدا جولة مباحثات بين الوزراء."
    assert news_date(text, "جولة") == "2015-08-03"


# -- time.then_now.set_against: «أما اليوم»; «اليوم تقوم ...» after a sentence of the past -------------------------


def test_today_as_a_contrast_topic_is_nowadays() -> None:
    text = "انسحب المقاتلون في السابق من القصير، أما اليوم، فإن عائلاتهم لم يبق أمامها خيار آخر."
    assert _times(text, "2015-08-06")["اليوم"] == "2015"


def test_today_opening_a_present_sentence_after_a_past_is_nowadays() -> None:
    text = "وقد جرى ذلك حينها على يد القاعدة. اليوم تقوم الجبهة باستهداف حلفاء القوى المعتدلة في سوريا."
    assert _times(text, "2015-08-01")["اليوم"] == "2015"


def test_counter_today_before_a_perfect_or_after_news_is_the_day() -> None:
    text = "وقد جرى ذلك حينها على يد القاعدة. واليوم، رحبت الوزيرة بأول إشارة إيجابية."
    assert _times(text, "2015-08-01")["اليوم"] == "2015-08-01"
    text = "ووصل الوزير إلى عدن أمس. اليوم تبدأ الحكومة عملها في المدينة."
    assert _times(text, "2015-08-01")["اليوم"] == "2015-08-01"
    text = "وكانت القمة السابقة قد عقدت في 2014. اليوم تنطلق القمة في الدوحة."
    assert _times(text, "2015-08-01")["اليوم"] == "2015-08-01"  # last year's summit: news, no history


# -- time.then_now.quoted_title: «صحيفة «إسرائيل اليوم»» ----------------------------------------------------------


def test_today_closing_a_quoted_two_word_name_is_no_time() -> None:
    text = "وكتب الصحافي عبر صحيفة «إسرائيل اليوم» مقالا عن الحرب."
    assert "اليوم" not in _times(text, "2015-08-03")


def test_counter_today_closing_a_long_quotation_is_the_day() -> None:
    text = "وقال الوزير: «وآخرها جريمة صبيحة هذا اليوم»."
    assert _times(text, "2015-08-03")["اليوم"] == "2015-08-03"
    assert _times("وقال الوزير: «هذا اليوم» تاريخي.", "2015-08-03")["اليوم"] == "2015-08-03"

"""Round ti405: «اليوم» said of nowadays after words of obligation and state, the year of the document's own month
told with none, named days (data/time/named_days.tsv) and the year of a range or a list of days told from the
document date. Hand-made sentences (paraphrases of news usage)."""

from __future__ import annotations

from rasd.temporal import analyze_times


def _times(text: str, date: str) -> list[tuple[str, str | None, str]]:
    doc = analyze_times(text, date)
    return [(doc.text[t.start : t.end], t.value, t.kind) for t in doc.times]


# -- time.days._nowadays: «مطالبون اليوم», «علينا اليوم أن», «كما هو الحال اليوم» ---------------------------------


def test_today_after_a_word_of_obligation_is_nowadays() -> None:
    text = "وقال الوزير: «إننا مطالبون اليوم مع الأطراف الفاعلة في المجتمع الدولي بتكثيف الجهود»."
    assert _times(text, "2015-08-03") == [("اليوم", "2015", "present")]
    text = "في كل مجتمع هامش من المتطرفين، ولكن علينا اليوم أن نتساءل بجرأة عما سمح لهم بالنمو."
    assert _times(text, "2015-08-03") == [("اليوم", "2015", "present")]


def test_today_after_the_state_of_affairs_is_nowadays() -> None:
    text = "وسيكون ذلك أكثر مردودا من إغضابها بسبب إيران، كما هو الحال اليوم."
    assert _times(text, "2015-08-06") == [("اليوم", "2015", "present")]


def test_counter_today_of_an_act_is_the_day() -> None:
    # a verb of demanding is an act of the day, not the participle of being required
    text = "وطالب المحتجون اليوم بإقالة الوزير أمام مبنى الوزارة."
    assert _times(text, "2015-08-03") == [("اليوم", "2015-08-03", "date")]
    assert _times("ووصل الوزير اليوم إلى الدوحة.", "2015-08-03") == [("اليوم", "2015-08-03", "date")]


def test_today_in_the_clause_of_a_verb_of_becoming_or_lasting_is_nowadays() -> None:
    text = "وبفعل تبدل خريطة الانتشار، بات المقاتلون المعتدلون السوريون اليوم محصورين في نواحي درعا."
    assert _times(text, "2015-08-06") == [("اليوم", "2015", "present")]
    text = "وعمل والده في وزارة الداخلية كما لا يزال يعمل اليوم كثير من السعوديين في القطاعات العسكرية."
    assert _times(text, "2015-08-02") == [("اليوم", "2015", "present")]


def test_counter_until_today_and_a_clause_cut_by_a_mark_keep_the_day() -> None:
    assert _times("وقال إن الحكم ما زال ساريًا حتى اليوم.", "2015-08-04") == [("اليوم", "2015-08-04", "date")]
    text = "وأصبح الرئيس، اليوم، أول زعيم يزور المدينة."
    assert _times(text, "2015-08-04") == [("اليوم", "2015-08-04", "date")]


# -- time.components.own_month_year: the document's own month with no year -------------------------------------


def test_own_month_is_the_document_year_after_a_recent_year_told_before() -> None:
    text = ("بلغت احتياطات النفط نحو 298 مليار برميل خلال عام 2014. وتراجع سعر النفط للأسبوع الثامن، ليبدأ "
            "سعر سلة النفط شهر أغسطس (آب) تحت مستوى 46 دولارا.")
    assert ("شهر أغسطس (آب)", "2015-08", "month") in _times(text, "2015-08-06")


def test_counter_own_month_after_a_year_of_history_or_of_its_sentence_is_that_year() -> None:
    text = "بدأت الأزمة عام 1990. وفي شهر أغسطس اجتاحت القوات البلاد."
    assert ("شهر أغسطس", "1990-08", "month") in _times(text, "2015-08-06")
    text = "تراجع الإنتاج خلال عام 2014 وبلغ أدناه في شهر أغسطس."
    assert ("شهر أغسطس", "2014-08", "month") in _times(text, "2015-08-06")


def test_counter_a_later_month_after_a_recent_year_is_still_that_year() -> None:
    text = "وحدثت الأزمة عام 2014. وتراجع السعر في شهر ديسمبر."
    assert ("شهر ديسمبر", "2014-12", "month") in _times(text, "2015-08-06")


# -- time.dates._event_year and data/time/named_days.tsv ----------------------------------------------------------


def test_a_named_day_after_its_event_noun_is_of_the_event_year() -> None:
    text = "ويرى الخطاب المتحيز معاداة النظام المصري وحراك 30 يونيو، أن الحزم قادم."
    assert _times(text, "2015-08-03") == [("30 يونيو", "2013-06-30", "date")]
    assert _times("منذ غزو 2 أغسطس تغير كل شيء في المنطقة.", "2015-08-03") == [("2 أغسطس", "1990-08-02", "date")]
    assert _times("وبعد أحداث 11 سبتمبر أعلنت واشنطن الحرب.", "2015-08-03")[0][1] == "2001-09-11"


def test_counter_named_days_that_are_not_the_event() -> None:
    # no event noun before it: the day of the document's year
    assert _times("وعقدت اللجنة اجتماعها في 30 يونيو.", "2015-08-03") == [("30 يونيو", "2015-06-30", "date")]
    # an anniversary: that day this year
    assert _times("ذكرى غزو 2 أغسطس", "2015-08-03") == [("2 أغسطس", "2015-08-02", "date")]
    # an event of a year after the document date's is not the one told (the coup of 15 July 2016)
    assert _times("وبعد انقلاب 15 يوليو عاد الهدوء.", "2015-08-03")[0][1] == "2015-07-15"
    assert _times("وبعد انقلاب 15 يوليو عاد الهدوء.", "2017-08-03")[0][1] == "2016-07-15"


# -- time.dates.year_after_month: a range or a list of days with a year told from the document date ---------------


def test_a_range_of_days_takes_the_year_told_from_the_document_date() -> None:
    got = _times("وجرت المفاوضات من 8 وحتى 14 فبراير من العام الماضي في جنيف.", "2015-08-06")
    assert got == [("من 8 وحتى 14 فبراير من العام الماضي", "2014-02-08/2014-02-14", "range")]
    got = _times("وجرت المفاوضات من 8 وحتى 14 فبراير من عام 1962 في إيفيان.", "2015-08-06")
    assert got == [("من 8 وحتى 14 فبراير من عام 1962", "1962-02-08/1962-02-14", "range")]


def test_every_day_of_a_list_takes_the_year_told_from_the_document_date() -> None:
    got = _times("وعقدت الجلسات أيام 10 و17 و24 أغسطس من العام الماضي.", "2015-08-06")
    assert [v for _, v, _ in got] == ["2014-08-10", "2014-08-17", "2014-08-24"]


def test_counter_a_range_without_a_year_after_it_keeps_the_guess() -> None:
    got = _times("وجرت المفاوضات من 8 وحتى 14 فبراير في جنيف.", "2015-08-06")
    assert got == [("من 8 وحتى 14 فبراير", "2015-02-08/2015-02-14", "range")]
    got = _times("وتجري الانتخابات يومي 7 و14 أكتوبر المقبل.", "2015-08-06")
    assert [v for _, v, _ in got] == ["2015-10-07", "2015-10-14"]


# -- time.named_days.place_named_year: «بعد 30 يونيو» in a sentence about Egypt ---------------------------------


def test_a_named_day_of_a_place_after_a_word_of_after_is_the_event_day() -> None:
    text = "وليس فقط الإصلاح في اليمن على حساب العلاقة مع مصر ونظامها بعد 30 يونيو، هكذا حاولت الأصوات."
    assert _times(text, "2015-08-03") == [("30 يونيو", "2013-06-30", "date")]
    assert _times("وبعد 25 يناير تغيرت مصر.", "2015-08-03") == [("25 يناير", "2011-01-25", "date")]


def test_counter_a_named_day_without_its_place_or_opener_is_this_year() -> None:
    # no name of Egypt in the sentence
    assert _times("ووقع الرئيس الاتفاق بعد 30 يونيو.", "2015-08-03") == [("30 يونيو", "2015-06-30", "date")]
    # no «بعد/قبل/منذ» before it: a day of a chronology
    text = "- 30 يونيو: الملك سلمان يعرب عن إدانة المملكة اغتيال النائب العام المصري."
    assert _times(text, "2015-08-03") == [("30 يونيو", "2015-06-30", "date")]
    # this year's day a few days before the paper: news of the month (a day of protest on the anniversary)
    assert _times("واعتقلت الشرطة المصرية مئات منذ 25 يناير.", "2015-01-30")[0][1] == "2015-01-25"
    # a day not listed for the place
    assert _times("منذ 14 يوليو والحديث في مصر عن الاتفاق.", "2015-08-03")[0][1] == "2015-07-14"


# -- time.components.deadline_before: «أمامه حتى» is a deadline ----------------------------------------------------


def test_has_until_a_later_day_is_a_deadline_of_this_year() -> None:
    text = "وبموجب قانون صدر في مايو (أيار) فإن الكونغرس أمامه حتى 17 سبتمبر (أيلول) ليقيم الاتفاق."
    assert ("17 سبتمبر (أيلول)", "2015-09-17", "date") in _times(text, "2015-08-02")


def test_counter_in_front_of_him_is_no_deadline() -> None:
    text = "ووقف أمامه في 17 سبتمبر حشد من المتظاهرين."
    assert _times(text, "2015-08-02") == [("17 سبتمبر", "2014-09-17", "date")]


# -- time.plan_acts.planned_act: the month of an act to be held -----------------------------------------------------


def test_a_later_month_of_an_act_to_be_held_is_this_year() -> None:
    text = "وقال العضو إن الأغلبية صوتت لصالح عقد مؤتمر عام استثنائي في سبتمبر، وفي ختام الاجتماع وافقت اللجنة."
    assert _times(text, "2015-08-02") == [("سبتمبر", "2015-09", "month")]
    text = "وتؤيد التصريحات ترجيح مصادر سياسية إجراء الانتخابات البرلمانية خلال شهري سبتمبر (أيلول) وأكتوبر."
    assert _times(text, "2015-08-01")[0][1] == "2015-09"
    assert _times("وتقرر عقد الاجتماع في 15 سبتمبر.", "2015-08-02") == [("15 سبتمبر", "2015-09-15", "date")]


def test_counter_an_act_held_before_or_no_act_keeps_last_year() -> None:
    assert _times("وبعد إجراء الانتخابات في أكتوبر تغيرت الحكومة.", "2015-08-02") == [("أكتوبر", "2014-10", "month")]
    assert _times("وانسحبت القوات في ديسمبر.", "2015-08-02") == [("ديسمبر", "2014-12", "month")]


def test_counter_the_perfect_held_and_a_contract_are_no_act_to_come() -> None:
    assert _times("وعقد الاجتماع في سبتمبر بحضور الوزراء.", "2015-08-02") == [("سبتمبر", "2014-09", "month")]
    assert _times("ووقعت الشركة عقد توريد في سبتمبر.", "2015-08-02") == [("سبتمبر", "2014-09", "month")]
    assert _times("وهاجم مسلحو تنظيم داعش المدينة في سبتمبر.", "2015-08-02") == [("سبتمبر", "2014-09", "month")]

"""Event dates and times on constructions of real news, round 212: a meeting one is ready for is no repeat of the
meeting told as a fact before it; a time after a place set off by commas right after the verb is the verb's;
«حسب موعد اللقاء» is the meeting planned before in the story; the act an anniversary is of («مرور عام على») is a
year before the article, and so is a violent act on the place it names; a designation the story already takes as
settled is of no day; «لا أمس ولا ...» names no day. Hand-made sentences; counter-cases keep what they had."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_event

from rasd.temporal import analyze_times


def test_a_meeting_one_is_ready_for_is_not_the_refused_meeting() -> None:
    text = "نفى رئيس الحكومة أنه رفض لقاء الرئيس الفرنسي، وقال إنه مستعد للقاء «الرئيس متى شاء»."
    doc, ev = news_event(text, "للقاء")
    assert ev.modality == "hypothetical" and ev.date is None
    # counter-case: the denied refusal of the meeting (ev486: the refusal, 125, is the event told, not the
    # meeting it names) stays denied, not hypothetical
    first = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "رفض")
    assert first.code == "125" and first.modality == "negated"


def test_a_time_after_a_place_set_off_after_the_verb_is_its_own() -> None:
    text = "أعلنت الوزارة أن طائرة قتلت، في العراق في بداية يونيو الماضي، قائدا في التنظيم."
    assert news_date(text, "قتلت") == "2015-06"


def test_a_time_after_a_place_with_no_closing_comma_is_the_verbs() -> None:
    text = "أعلنت الوزارة أن طائرة قتلت، في العراق في بداية يونيو الماضي القيادي في التنظيم."
    assert news_date(text, "قتلت") == "2015-06"


def test_a_time_a_relative_clause_follows_stays_out() -> None:
    # counter-case: «الذي شهد معارك» opens a clause on the month: the time is not set off with the place
    text = "أعلنت الوزارة أن طائرة قتلت، في العراق في بداية يونيو الماضي الذي شهد معارك، قائدا في التنظيم."
    assert news_date(text, "قتلت") != "2015-06"


def test_a_time_set_off_with_no_place_phrase_stays_out() -> None:
    # counter-case: «وفق البيان الصادر في يونيو» is the statement's time, not the killing's
    text = "أعلنت الوزارة أن طائرة قتلت، وفق البيان الصادر في يونيو الماضي، قائدا في التنظيم."
    assert news_date(text, "قتلت") != "2015-06"


def test_the_appointed_meeting_is_the_one_planned_before() -> None:
    text = ("أعلنت الوكالة أن مديرها سوف يلتقي، الخامس من أغسطس الحالي، بأعضاء اللجنة. "
            "وعليه، فإنه سوف يسافر إلى باريس حسب موعد اللقاء.")
    _, ev = news_event(text, "اللقاء")
    assert (ev.date, ev.modality) == ("2015-08-05", "planned")


def test_an_appointed_meeting_with_no_planned_one_before_keeps_its_reading() -> None:
    # counter-case: the meeting told before was yesterday's: nothing to come to take
    text = "التقى المدير أعضاء اللجنة أمس. وعاد بعد ذلك إلى باريس بعد انتهاء موعد اللقاء."
    doc = analyze_news(text)
    assert all(e.date != "2015-08-05" and e.modality != "planned" for e in doc.events)


def test_an_anniversarys_attack_on_the_place_is_a_year_back() -> None:
    text = ("وقال رئيس الإقليم في كلمة بمناسبة مرور عام على احتلال سنجار من قبل التنظيم إنه سينتقم. "
            "وقالت الحكومة إن ألف شخص قتلوا خلال هجوم المسلحين على مدينة سنجار.")
    assert news_date(text, "هجوم") == "2014-08"
    assert news_date(text, "قتلوا") == "2014-08"


def test_a_loose_span_names_no_anniversary() -> None:
    # counter-case: «أكثر من عامين» gives no year; the attack keeps the article's reading
    text = "وقال الوزير رغم مرور أكثر من عامين على احتلال سنجار إن ألف شخص قتلوا خلال هجوم المسلحين على مدينة سنجار."
    assert news_date(text, "هجوم") == "2015-08-02"


def test_a_designation_the_story_already_takes_as_settled_has_no_day() -> None:
    text = ("وتلقت الوزارة تقارير عن اجتماعات لأعضاء جماعة الإخوان الإرهابية في المساجد. "
            "وأعلنت الحكومة الإخوان تنظيما إرهابيا، وحملتها أحداث العنف.")
    assert news_date(text, "وأعلنت") is None


def test_a_designation_told_first_keeps_its_day() -> None:
    # counter-case: no epithet before it: the designation is the news
    text = ("وتلقت الوزارة تقارير عن اجتماعات لأعضاء جماعة الإخوان في المساجد. "
            "وأعلنت الحكومة الإخوان تنظيما إرهابيا، وحملتها أحداث العنف.")
    assert news_date(text, "وأعلنت") == "2015-08-02"


def _times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyze_times(text, date="2015-08-04").times]


def test_yesterday_in_a_never_list_is_no_day() -> None:
    assert _times("وأضاف: لم نسع قط لذلك، لا أمس ولا في الماضي ولا في أي وقت.") == []


def test_yesterday_and_the_day_before_are_both_days() -> None:
    # counter-case: a told yesterday keeps its day
    assert _times("وقتل جنديان أمس وأول من أمس في هجومين.") == [("أمس", "2015-08-03"), ("أول من أمس", "2015-08-02")]

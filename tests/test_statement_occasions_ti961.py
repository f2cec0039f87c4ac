"""Round ti961: the day of a statement told next to a sentence that gives its occasion's time, and no day for one
said on one of many occasions.

- «وأعربت وزارة الخارجية الكويتية في بيان الخميس ... عن «تحفظ ...»» (no statement act of its own) then «وأكدت
  الوزارة أن ...»: of Thursday (``events.speaker_days._occasion_anchors``);
- «وشدد الرئيس على ...، حيث قال في أحد خطاباته إن», «وأكد الوزير في إحدى مقابلاته أن»: one of many speeches, no
  day (``events.one_of.one_of_speeches``); a statement with no time at all keeps the news's day.
Hand-made sentences, dated 2015-08-02 by ``analyze_news`` (Thursday: 2015-07-30, Friday: 2015-07-31)."""

from __future__ import annotations

from conftest import news_date, news_event

LEAD = "رحبت الحكومة الكويتية بالاتفاق الموقع بين الأطراف الليبية.\n\n"
KUWAIT = ("وأعربت وزارة الخارجية الكويتية في بيان الخميس، نشرته وكالة الأنباء الكويتية، عن «تحفظ الكويت على "
          "التصريحات الصادرة عن المبعوث الدولي».\n\n")


def test_a_statement_after_its_issuers_dated_statement_takes_its_day() -> None:
    text = LEAD + KUWAIT + "وأكدت الوزارة أن «الحوار هو السبيل الوحيد لحل الأزمة»."
    doc, ev = news_event(text, "وأكدت")
    assert ev.code == "010"
    assert ev.date == "2015-07-30"
    assert next(e.name for e in doc.entities if e.id == ev.source).startswith("وزارة الخارجية")


def test_a_speech_given_on_a_day_dates_what_the_speaker_stresses_next() -> None:
    text = ("افتتح في روما اليوم مؤتمر دولي لدعم ليبيا.\n\nوتحدث وزير الخارجية الإيطالي في كلمة الجمعة عن "
            "«تحديات كبيرة».\n\nوأكد الوزير أن روما ستواصل دعم الحكومة الليبية.")
    assert news_date(text, "وأكد") == "2015-07-31"


def test_counter_another_subject_speaking_keeps_the_news_day() -> None:
    # the occasion is the Kuwaiti ministry's; the Iraqi one speaking after it is no continuation
    text = LEAD + KUWAIT + "وأكدت وزارة الخارجية العراقية أن الحوار هو السبيل الوحيد لحل الأزمة."
    assert news_date(text, "وأكدت") == "2015-08-02"


def test_counter_a_statement_noun_without_a_day_carries_nothing() -> None:
    text = (LEAD + "وأعربت وزارة الخارجية الكويتية في بيان، نشرته وكالة الأنباء الكويتية، عن «تحفظ الكويت».\n\n"
            "وأكدت الوزارة أن الحوار هو السبيل الوحيد لحل الأزمة.")
    assert news_date(text, "وأكدت") == "2015-08-02"


def test_one_of_his_speeches_explaining_a_stress_gives_no_day() -> None:
    text = "وشدد الرئيس التونسي على مكافحة الفساد، حيث قال في أحد خطاباته إن الأمن مسؤولية الجميع."
    doc, ev = news_event(text, "وشدد")
    assert ev.code.startswith("01")
    assert ev.date is None


def test_one_of_his_interviews_after_the_verb_gives_no_day() -> None:
    assert news_date("وأكد وزير الداخلية الأردني في إحدى مقابلاته أن الحدود مع سوريا آمنة.", "وأكد") is None


def test_counter_his_own_speech_keeps_the_news_day() -> None:
    # «في كلمته»: the one speech the news tells, no «أحد/إحدى»
    assert news_date("وأكد وزير الداخلية الأردني في كلمته أن الحدود مع سوريا آمنة.", "وأكد") == "2015-08-02"


def test_counter_one_of_the_sessions_inside_the_words_keeps_the_news_day() -> None:
    # «في إحدى جلساتها» is in what he said (after «أن»), not the occasion of his saying it
    text = "وأكد رئيس الوزراء الأردني أن الحكومة ستناقش الخطة في إحدى جلساتها المقبلة."
    assert news_date(text, "وأكد") == "2015-08-02"

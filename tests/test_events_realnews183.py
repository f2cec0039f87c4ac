"""Round 183 of real news: background acts in opinion columns. A text whose writer speaks in the first person
outside any quotation («أعتقد», «نحن»), or asks with «؟» and doubts («لعل», «ربما»), and tells no day of its news
(no «أمس», «أول من أمس»), reads as a column: an act it names with no time of its own is the ground of the writer's
view, of no day the text gives. Not for a news report that tells yesterday, nor for an interview laid out as
questions («*») and answers («-»). Hand-made sentences (paraphrases, no article text); the articles are dated
2015-08-02 («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date

COLUMN = ("أعتقد أن المنطقة تدخل مرحلة صعبة. فقد أعلن الرئيس التركي أن موسكو تتخلى عن حليفها، "
          "ونددت الحكومة بالمشروع الأميركي. فهل تتغير المعادلة؟")


def test_a_column_s_acts_with_no_time_have_no_day() -> None:
    assert news_date(COLUMN, "أعلن") is None
    assert news_date(COLUMN, "ونددت") is None


def test_a_column_s_act_with_its_own_time_keeps_it() -> None:
    text = "أعتقد أن المنطقة تدخل مرحلة صعبة. فقد أعلن الرئيس التركي في مايو الماضي أن موسكو تتخلى عن حليفها."
    assert news_date(text, "أعلن") == "2015-05"


def test_a_question_and_a_doubt_of_the_writer_make_a_column() -> None:
    text = ("لعل الأزمة أعمق مما يبدو. فقد ندد الوزير الروسي بالمشروع الأميركي لحماية المعارضين. "
            "فماذا بعد المحادثات؟")
    assert news_date(text, "ندد") is None
    # counter-case: a question with no doubt of the writer is no column
    text = "ندد الوزير الروسي بالمشروع الأميركي لحماية المعارضين. فماذا بعد المحادثات؟"
    assert news_date(text, "ندد") == "2015-08-02"


def test_a_report_that_tells_yesterday_is_no_column() -> None:
    text = ("أعتقد أن المنطقة تدخل مرحلة صعبة. وأعلن الرئيس التركي أمس أن موسكو تتخلى عن حليفها، "
            "ونددت الحكومة بالمشروع الأميركي.")
    assert news_date(text, "ونددت") == "2015-08-01"  # (the day of the act it is joined to)


def test_the_first_person_of_a_quotation_is_no_writer() -> None:
    text = "وأعلن الوزير أن «نحن ندعم الحكومة الشرعية»، ونددت الحكومة بالمشروع الأميركي."
    assert news_date(text, "ونددت") == "2015-08-02"


def test_an_interview_is_no_column() -> None:
    text = ("وأكد المتحدث الرسمي للاتحاد أنهم أجروا مفاوضات مع عدة مدربين.\n"
            "* كيف ترى عمل اللجنة؟\n"
            "- نحن نعمل بجد وأعتقد أن النتائج جيدة.")
    assert news_date(text, "وأكد") == "2015-08-02"


def test_a_span_of_days_to_come_is_no_day_of_news() -> None:
    text = ("أعتقد أن الكونغرس أمام خيار صعب خلال الأيام المقبلة. فقد أعلن الرئيس أنه يرفض أي تعديل، "
            "ونددت المعارضة بالاتفاق.")
    assert news_date(text, "ونددت") is None

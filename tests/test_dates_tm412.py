"""Round tm412: event dates. A time after a trigger that the time layer reads as the time of an act to be held,
named by its verbal noun between them («إجراء الانتخابات خلال شهري سبتمبر»), is that act's: the trigger (the
statements) takes neither its date nor, the time being ahead, a planned modality (``events.invited_time.planned_act_time``
over ``time.plan_acts.plan_act_at``). Hand-made sentences (paraphrases of news usage), dated 2015-08-02 by
``analyze_news``."""

from __future__ import annotations

from conftest import news_date, news_modality

from rasd.temporal import analyze_times


def test_a_statement_noun_does_not_take_the_month_of_the_elections_it_backs() -> None:
    text = ("وتؤيد تصريحات المتحدث ترجيح مصادر سياسية إجراء الانتخابات البرلمانية خلال شهري سبتمبر (أيلول) "
            "وأكتوبر (تشرين الأول).")
    assert news_date(text, "تصريحات") != "2015-09"
    assert news_modality(text, "تصريحات") != "planned"


def test_a_statement_noun_does_not_take_the_month_of_the_conference_it_backs() -> None:
    text = "وجاءت تصريحات الوزير لتدعم عقد مؤتمر دولي للسلام في سبتمبر."
    assert news_date(text, "تصريحات") == "2015-08-02"
    assert news_modality(text, "تصريحات") == "asserted"
    text = "وتزامنت تصريحات الوزير مع ترجيح إجراء محادثات مباشرة في سبتمبر."
    assert news_date(text, "تصريحات") == "2015-08-02"


def test_counter_the_act_held_keeps_its_month() -> None:
    text = "وتؤيد تصريحات المتحدث ترجيح عقد اجتماع للوزراء خلال شهر سبتمبر."
    assert news_date(text, "اجتماع") == "2015-09"
    assert news_modality(text, "اجتماع") == "planned"
    text = "وتزامنت تصريحات الوزير مع ترجيح إجراء محادثات مباشرة في سبتمبر."
    assert news_date(text, "محادثات") == "2015-09"


def test_counter_a_time_with_no_act_to_be_held_between_still_dates_the_trigger() -> None:
    text = "وأعلنت الحكومة في 15 يوليو فتح باب الترشح."
    assert news_date(text, "وأعلنت") == "2015-07-15"
    text = "ودعا رئيس الحزب إلى المؤتمر في 20 يوليو."
    assert news_date(text, "ودعا") == "2015-07-20"


# -- events.opinion.opinion_piece: a long text that quotes no one and tells no day near its own is a column ----------

_ARGUED = ("يسود مستوى من التشوش حول قضية السوريين في اللحظة الراهنة. ومصدر التشوش ضعف في تحليل الوقائع الحالية. "
           "وفي الحالتين، فإن قلة من المعلومات يتم تداولها في المستويين السياسي والإعلامي. "
           "ولا يمكن رؤية التطور التركي بصورة منعزلة عن الحراك السياسي الإقليمي والدولي. "
           "ومما لا شك فيه أن القضية السورية آن أوانها. والسوريون لم يتعبوا وحدهم. "
           "وكل من في جوارهم صاروا في وضع ينذر بعواقب خطيرة. ")
_COLUMN = _ARGUED + ("إن الأبرز في التطورات الحالية هو الدخول التركي الكثيف على الموضوع السوري؛ أولاها، إعلان تركيا "
                     "الحرب على الإرهاب في سوريا. وللنسق نفسه ينتمي اجتماع حلف الناتو في بروكسل الذي جمع تركيا مع "
                     "حلفائها.")


def test_acts_a_text_names_with_no_source_quoted_and_no_recent_day_are_background() -> None:
    assert news_date(_COLUMN, "إعلان") is None
    assert news_date(_COLUMN, "اجتماع") is None


def test_counter_a_report_that_quotes_a_source_keeps_its_day() -> None:
    text = _ARGUED + ("إن الأبرز في التطورات الحالية هو الدخول التركي الكثيف على الموضوع السوري؛ أولاها، إعلان تركيا "
                      "الحرب على الإرهاب في سوريا. وقال المتحدث باسم الحلف إن اجتماع حلف الناتو في بروكسل جمع "
                      "تركيا مع حلفائها.")
    assert news_date(text, "إعلان") == "2015-08-02"


def test_counter_a_short_brief_that_quotes_no_one_keeps_its_day() -> None:
    text = ("إن الأبرز في التطورات الحالية هو الدخول التركي الكثيف على الموضوع السوري؛ أولاها، إعلان تركيا الحرب "
            "على الإرهاب في سوريا.")
    assert news_date(text, "إعلان") == "2015-08-02"


def test_counter_a_report_that_tells_yesterday_keeps_its_day() -> None:
    text = _ARGUED + "وأعلنت تركيا الحرب على الإرهاب في سوريا. وعقد حلف الناتو اجتماعا في بروكسل أمس لبحث الموقف."
    assert news_date(text, "وأعلنت") == "2015-08-02"


# -- time.plan_acts.PLAN_REACH: the verbal noun of the act up to seven words before its time ----------------------------


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_times(text, "2015-08-02")
    return [(doc.text[t.start : t.end], t.value) for t in doc.times]


def test_a_round_of_talks_agreed_on_is_held_this_year() -> None:
    text = "واتفق الطرفان على عقد جولة جديدة من المحادثات في سبتمبر."
    assert _times(text) == [("سبتمبر", "2015-09")]
    assert news_date(text, "واتفق") == "2015-08-02"
    assert news_date(text, "المحادثات") == "2015-09"


def test_counter_a_round_held_before_or_a_contract_keeps_last_year() -> None:
    assert _times("وبعد عقد جولة جديدة من المحادثات في سبتمبر تغير الموقف.") == [("سبتمبر", "2014-09")]
    assert _times("ووقعت الشركة عقد توريد جديد للمعدات العسكرية في سبتمبر.") == [("سبتمبر", "2014-09")]

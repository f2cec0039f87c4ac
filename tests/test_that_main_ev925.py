"""Round ev925: a verb in «، و» after a «أن/إن» clause whose subject cannot act is the main clause's subject's act."""

from __future__ import annotations

from conftest import news_arg, news_event_rows


def test_verb_after_that_clause_of_a_thing_takes_the_main_subject() -> None:
    text = "وقال الرئيس الفرنسي فرانسوا هولاند إن هناك تقدما في المفاوضات، وشدد على ضرورة وقف القتال."
    assert news_arg(text, "وشدد على") == "فرانسوا هولاند"


def test_body_after_that_clause_of_a_decision() -> None:
    text = "واعتبرت حركة حماس أن هذا القرار يفتح الطريق أمام التصعيد، وطالبت بوقف الاستيطان."
    assert news_arg(text, "وطالبت") == "حركة حماس"


def test_woman_after_that_clause_of_elections() -> None:
    text = "وقالت المستشارة الألمانية أنجيلا ميركل إن الانتخابات المقبلة ستكون حاسمة، ودعت إلى الحوار مع المعارضة."
    assert news_arg(text, "ودعت") == "أنجيلا ميركل"


def test_actor_subject_of_that_clause_keeps_the_verb() -> None:
    # counter-case: «الحكومة الروسية» can act, the verb goes on its clause (``that_subjects``)
    text = "وقال الرئيس الفرنسي فرانسوا هولاند إن الحكومة الروسية قدمت الدعم للمتمردين، وطالبت بوقف القتال."
    rows = [r for r in news_event_rows(text) if r[1] == "وطالبت"]
    assert rows and rows[0][2] == "الحكومة الروسية"


def test_masculine_verb_takes_no_woman() -> None:
    # counter-case: a masculine verb does not go on a woman's main clause
    text = "وقالت المستشارة الألمانية أنجيلا ميركل إن هناك تقدما في المفاوضات، وشدد على ضرورة وقف القتال."
    assert news_arg(text, "وشدد على") != "أنجيلا ميركل"


def test_speaker_set_off_by_a_relative_clause() -> None:
    # the cue's speaker past «، الذي ...،» before «أن»: the quote layer's speaker
    text = ("واعتبرت حركة حماس، التي تسيطر على قطاع غزة منذ سنوات، أن هذا القانون يهدد الحريات العامة، "
            "ودعت إلى حوار وطني شامل.")
    assert news_arg(text, "ودعت") == "حركة حماس"


def test_verb_inside_the_speakers_quotation_is_left_alone() -> None:
    # counter-case: a verb inside the quoted words is not the speaker's second act
    text = "وقال المتحدث باسم الحكومة إن «الخطة تشمل المدن الكبرى، وتدعو إلى مشاركة واسعة»."
    assert news_arg(text, "وتدعو") != "الحكومة"

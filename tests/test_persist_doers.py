"""Round ev470: the doer of a masdar after «في» and a verb of persisting (events.persist_doers): «بينما يستمر النظام
السوري في قتل المدنيين»: the regime kills; and the subject of a response past a comparison aside
(events.comparison_asides: «رد الحوثيون على هذا التقدم، كما في كل مرة، بقصف»). Hand-made sentences (paraphrases of
the 347) with counter-cases."""

from __future__ import annotations

from conftest import analyze_news, news_arg

from rasd.doc import Doc
from rasd.events.comparison_asides import comparison_aside


def test_subject_after_a_verb_of_persisting() -> None:
    text = "وقال المعارض إن الحل ما زال بعيدا، بينما يستمر النظام السوري في استهداف المدنيين في حلب."
    assert news_arg(text, "استهداف") == "النظام السوري"


def test_subject_after_a_feminine_verb_of_persisting_with_a_definite_masdar() -> None:
    text = "وتستمر إسرائيل في الاعتقال اليومي للفلسطينيين في الضفة الغربية."
    assert news_arg(text, "الاعتقال") == "إسرائيل"


def test_subject_said_before_the_verb_of_persisting() -> None:
    text = "وقالت المنظمة إن الحكومة الإيرانية تستمر في اعتقال الصحافيين."
    assert news_arg(text, "اعتقال") == "الحكومة الإيرانية"


def test_masdar_as_the_subject_of_persisting_has_no_doer() -> None:
    # counter-case: «استمر القصف»: the masdar is the verb's subject, and no one is named as its doer
    text = "واستمر القصف على الأحياء الشرقية من المدينة طوال الليل."
    assert news_arg(text, "القصف") == ""


def test_masdar_before_in_is_no_doer() -> None:
    # counter-case: «يستمر التوتر في ...»: the phrase before «في» is a masdar, not a doer
    text = "ويستمر التوتر في اعتقال المعارضين في بيروت."
    assert news_arg(text, "اعتقال") != "التوتر"


def test_feminine_verb_of_persisting_does_not_take_a_masculine_subject_before_it() -> None:
    # counter-case: «تستمر» is feminine, «حزب الله» masculine: someone else goes on arresting
    text = "وبحسب المصادر، فإن حزب الله تستمر في اعتقال المعارضين في بيروت."
    assert news_arg(text, "اعتقال") != "حزب الله"
    text = "وبحسب المصادر، فإن حزب الله يستمر في اعتقال المعارضين في بيروت."
    assert news_arg(text, "اعتقال") == "حزب الله"  # (the masculine verb agrees)


def _closing_comma(doc: Doc) -> int:
    """The index of the last comma token of ``doc``."""
    return max(t for t, tok in enumerate(doc.tokens) if tok.text == "،")


def test_response_subject_past_a_comparison_aside() -> None:
    # round ev470 (events.comparison_asides): «، كما في كل مرة،» between the response and its «بـ» masdar
    text = "وفي المقابل، رد الحوثيون على هذا التقدم، كما في كل مرة، بقصف الأحياء السكنية في عدن."
    assert news_arg(text, "بقصف") == "الحوثيون"


def test_comparison_aside_opens_with_a_word_of_comparison_and_holds_no_verb() -> None:
    doc = analyze_news("رد الحوثيون على هذا التقدم، كما في كل مرة، بقصف الأحياء.")
    k = _closing_comma(doc)
    opened = comparison_aside(doc, k, 0)
    assert opened is not None and doc.tokens[opened + 1].text == "كما"
    # counter-cases: an aside with a verb in it, and one that opens with no word of comparison
    doc = analyze_news("رد الحوثيون على هذا التقدم، كما قال المتحدث، بقصف الأحياء.")
    assert comparison_aside(doc, _closing_comma(doc), 0) is None
    doc = analyze_news("رد الحوثيون على هذا التقدم، في كل مرة، بقصف الأحياء.")
    assert comparison_aside(doc, _closing_comma(doc), 0) is None

"""Round ev470: the doer of a masdar after «في» and a verb of persisting (events.persist_doers): «بينما يستمر النظام
السوري في قتل المدنيين»: the regime kills. Hand-made sentences (paraphrases of the 347) with counter-cases."""

from __future__ import annotations

from conftest import news_arg


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

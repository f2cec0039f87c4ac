"""Round ev513: an act noun right after «أي/بأي/أية» names any act of its kind, none that happened, and is no event
(``events.any_kind.any_act_noun``): «لن تسمح بأي اعتداء», «لحمايتها من أي هجوم»; the same noun again in the sentence
is that kind too. Counter-cases: «لم يسجل أي هجوم» stays negated, «وصد الجيش أي هجوم» stays told, a question keeps
its act, and «أي» meaning «that is» or in «في أي وقت» touches no act."""

from __future__ import annotations

from conftest import news_codes, news_modality, news_triggers


def test_an_act_not_allowed_after_bi_ayy_is_no_event() -> None:
    text = "وقال الوزير إن المملكة لن تسمح بأي اعتداء على أراضي دول الخليج."
    assert "اعتداء" not in news_triggers(text)
    assert "اعتداء" not in news_triggers("وأكد الرئيس أننا لن نسمح بأي هجوم على حدودنا الشمالية.")


def test_an_act_of_any_kind_guarded_against_is_no_event() -> None:
    assert "هجوم" not in news_triggers("وتعمل القوات على تحصين المدينة ضد أي هجوم خارجي محتمل.")
    assert "اعتداءات" not in news_triggers("وطالب الأهالي بحمايتهم من أي اعتداءات أو تهديدات من المسلحين.")
    assert "تهديدات" not in news_triggers("وطالب الأهالي بحمايتهم من أي اعتداءات أو تهديدات من المسلحين.")


def test_the_same_act_again_is_that_kind() -> None:
    text = "وتسعى الدولة إلى تحصين حدودها ضد أي اعتداء خارجي، فإن خطر الفوضى بسبب اعتداء خارجي تراجع كثيرا."
    assert news_triggers(text) == []


def test_a_negated_act_stays_negated() -> None:
    assert news_modality("وقالت الشرطة إنه لم يسجل أي هجوم في المدينة أمس.", "هجوم") == "negated"


def test_an_attack_repelled_stays_told() -> None:
    text = "وصد الجيش أي هجوم شنه المسلحون على البلدة أمس."
    assert ("هجوم", "190") in news_codes(text)
    assert news_modality(text, "هجوم") != "negated"


def test_that_is_and_any_time_leave_acts_alone() -> None:
    text = "وشن الجيش هجوما على البلدة أي قبل شهر من الانتخابات."
    assert ("هجوما", "190") in news_codes(text)
    assert news_modality(text, "هجوما") == "asserted"
    assert ("وهاجم", "190") in news_codes("وهاجم المسلحون البلدة في أي وقت من الليل الماضي.")


def test_an_act_asked_about_in_a_question_stays() -> None:
    assert ("هجوم", "190") in news_codes("فأي هجوم على المدينة نفذه المسلحون أمس؟")

"""Round ev878: the parties and place of a noun act of violence.

- «إحراق X» (the masdar of burning) takes its bare genitive as the one burnt, as «قتل X» does (trigger table:
  ``gen:tgt``), past a title to the name; «إحراق المستوطنين للطفل» keeps the genitive its doer.
- «الذي ضرب X» after an attack noun names its target as «الذي استهدف X» does; a town struck or shaken («الذي ضرب
  مدينة X», «الذي هز مدينة X») is where it happened, no target (events.relative_targets).
"""

from __future__ import annotations

from conftest import news_arg, news_event, news_place


def test_burning_masdar_takes_its_genitive_as_target() -> None:
    text = "وطالبت الخارجية الفلسطينية بالتحقيق في جريمة إحراق الطفل محمد سلامة على يد مستوطنين في قرية بورين."
    _, ev = news_event(text, "إحراق")
    assert ev.code == "180"
    assert news_arg(text, "إحراق", "target") == "محمد سلامة"
    assert "مستوطن" in news_arg(text, "إحراق", "source")


def test_burning_masdar_of_a_pilot_named_after_his_title() -> None:
    text = "وأدان الأزهر في بيان إحراق الطيار الأردني معاذ الكساسبة."
    assert news_arg(text, "إحراق", "target") == "الطيار الأردني"


def test_burning_masdar_with_lam_object_keeps_the_genitive_doer() -> None:
    text = "ودانت الوزارة إحراق المستوطنين للطفل محمد سلامة."
    assert news_arg(text, "إحراق", "source") == "المستوطنين"
    assert news_arg(text, "إحراق", "target") == "محمد سلامة"


def test_attack_noun_struck_relative_names_target() -> None:
    text = "وقال شهود إن التفجير الذي ضرب السفارة الأميركية في العاصمة أوقع قتلى."
    _, ev = news_event(text, "التفجير")
    assert ev.code.startswith("18")
    assert news_arg(text, "التفجير", "target") == "السفارة الأميركية"


def test_attack_noun_struck_town_is_its_place_not_target() -> None:
    text = "وأدانت الوزارة الهجوم الإرهابي الذي ضرب مدينة سوسة التونسية."
    assert news_place(text, "الهجوم") == "سوسة"
    assert news_arg(text, "الهجوم", "target") == ""


def test_attack_noun_shaken_town_is_its_place() -> None:
    text = "وقال مسؤول محلي إن الانفجار الذي هز مدينة الرمادي أوقع قتلى."
    assert news_place(text, "الانفجار") == "الرمادي"
    assert news_arg(text, "الانفجار", "target") == ""


def test_shaken_verb_needs_a_town() -> None:
    text = "وقال مسؤول محلي إن الانفجار الذي هز الحكومة العراقية أوقع قتلى."
    assert news_place(text, "الانفجار") is None
    assert news_arg(text, "الانفجار", "target") == ""


def test_defeat_verb_is_no_shaking_verb() -> None:
    text = "وقال مسؤول محلي إن الهجوم الذي هزم القوات العراقية وقع أمس."
    assert news_arg(text, "الهجوم", "target") == ""


def test_struck_mosque_name_is_no_target() -> None:
    text = "وقال الإمام إن التفجير الذي ضرب مسجد الرحمة في الرمادي أعاد الوحدة."
    assert news_arg(text, "التفجير", "target") == ""
    assert news_place(text, "التفجير") == "الرمادي"


def test_burning_masdar_indefinite_doer_genitive_before_lam_object() -> None:
    text = "ودانت الوزارة إحراق مستوطنين متطرفين للطفل محمد سلامة في قرية بورين."
    assert news_arg(text, "إحراق", "source") == "مستوطنين متطرفين"
    assert news_arg(text, "إحراق", "target") == "محمد سلامة"

"""Round ev1026: a count opened by an approximator («نحو/قرابة/أكثر من») right after a verb is its subject where an
object follows it (VSO), and the subject of the masdar after a verb of attempt or start
(``events.approx_subjects``); counted migrants storming are no assault (``events.unperformed.crossing``)."""

from __future__ import annotations

from conftest import news_arg, news_triggers


def test_a_counted_subject_then_the_object() -> None:
    text = "اقتحم نحو 150 شابا مبنى البلدية في المدينة."
    assert news_arg(text, "اقتحم", "source") == "150 شابا"
    assert news_arg(text, "اقتحم", "target") == "مبنى البلدية"


def test_a_counted_subject_after_qurabat() -> None:
    text = "واقتحم قرابة 50 مسلحا منزل الوزير ليلة السبت."
    assert news_arg(text, "واقتحم", "source") == "50 مسلحا"
    assert news_arg(text, "واقتحم", "target") == "منزل الوزير"


def test_a_counted_subject_of_an_attempted_act() -> None:
    text = "وحاول نحو 200 مسلح اقتحام المعسكر أمس."
    assert news_arg(text, "اقتحام", "source") == "200 مسلح"
    assert news_arg(text, "اقتحام", "target") == "المعسكر"


def test_counted_migrants_storming_assault_no_one() -> None:
    assert "اقتحام" not in news_triggers("وحاول نحو 150 مهاجرا اقتحام النفق أمس.")


def test_a_count_after_the_verb_and_its_subject_stays_the_object() -> None:
    text = "وقتلت القوات 20 مسلحا في المدينة."
    assert news_arg(text, "وقتلت", "source") == "القوات"
    assert news_arg(text, "وقتلت", "target") == "20 مسلحا"


def test_a_count_with_its_adjective_or_a_time_stays_the_patient() -> None:
    text = "وقتل نحو 20 مسلحا حوثيا في المدينة."
    assert news_arg(text, "وقتل", "source") == ""
    assert news_arg(text, "وقتل", "target") == "20 مسلحا حوثيا"
    text = "واعتقل نحو 20 شخصا الليلة الماضية."
    assert news_arg(text, "واعتقل", "source") == ""
    assert news_arg(text, "واعتقل", "target").startswith("20 شخصا")

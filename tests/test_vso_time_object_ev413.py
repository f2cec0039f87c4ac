"""Round ev413: a named phrase right after a verb of force, then a time (and a manner masdar), then a bare object or
a count, is the verb's subject, not the lone patient of an unvocalised passive (``events.vso.time_then_object``):
«حيث قتلت جماعة بوكو حرام قبل أيام ذبحًا عشرة من صيادي السمك». With nothing bare after the time («وقتل الجندي فلان
أمس في هجوم») the casualty report's passive stands."""

from __future__ import annotations

from conftest import news_arg


def test_a_named_group_before_a_time_and_a_count_is_the_doer() -> None:
    text = "لكنهم كثفوا هجماتهم، حيث قتلت جماعة بوكو حرام قبل أيام ذبحًا عشرة من صيادي السمك."
    assert news_arg(text, "قتلت", "source") == "جماعة بوكو حرام"
    assert news_arg(text, "قتلت", "target") != "جماعة بوكو حرام"


def test_a_named_victim_before_a_time_and_a_preposition_stays_the_patient() -> None:
    # counter-case: after the time only a «في» phrase, no object: the passive's patient
    text = "وقتل الجندي أحمد علي أمس في هجوم على الحاجز."
    assert news_arg(text, "وقتل", "source") == ""

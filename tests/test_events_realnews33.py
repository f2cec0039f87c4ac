"""Event arguments on constructions of real news, round 33: a group of men «من» a named organisation before a
light verb of force stands for the organisation («إن مسلحين من الحزب نفذوا هجوما»); an unvowelled accusative
adjective after an accusative masdar is no target («حصارا خانقا»), and the «على» phrase after a noun act of force
names whom it is imposed on («فرضت القوات حصارا على المدينة»)."""

from __future__ import annotations

from conftest import news_arg


def test_men_of_a_named_organisation_before_a_light_verb_stand_for_it() -> None:
    text = "وقال الجيش التركي إن مسلحين من حزب العمال الكردستاني نفذوا هجوما على مركز للشرطة."
    assert news_arg(text, "هجوما") == "حزب العمال الكردستاني"


def test_an_accusative_adjective_of_a_siege_is_no_target_and_the_besieged_is() -> None:
    text = "وفرضت القوات السورية حصارا خانقا على مدينة حلب."
    assert news_arg(text, "حصارا", "target") == "حلب"


def test_a_siege_imposed_with_ala_names_the_besieged() -> None:
    assert news_arg("وتفرض القوات حصارا على المخيم منذ شهور.", "حصارا", "target") == "المخيم"


def test_an_adverb_with_ala_after_an_act_of_force_names_no_target() -> None:
    assert news_arg("وفرضت الحكومة حصارا على نطاق واسع.", "حصارا", "target") == ""


def test_the_agent_with_ala_is_no_one_a_siege_is_imposed_on() -> None:
    assert news_arg("وفرضت الميليشيا حصارا على أيدي مسلحيها.", "حصارا", "target") == ""


def test_a_place_with_ala_after_a_definite_act_of_force_is_no_target() -> None:
    text = "وتعرضت الآلية العسكرية للتفجير بسيارة مفخخة على طريق المطار."
    # (round 52: the subject of «تعرضت» is what the blast hit, not the road it was on)
    assert news_arg(text, "للتفجير", "target") == "الآلية العسكرية"

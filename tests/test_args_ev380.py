"""Round ev380: a named subject with an adjective of its own before its verb («تنظيم داعش الإرهابي أعلن»): the name,
not the lone adjective («المسلحة» too), is the verb's source; an adjective after a place is not made a source."""

from __future__ import annotations

from conftest import news_arg


def test_a_name_with_its_adjective_before_the_verb_is_the_source() -> None:
    text = "وقال المتحدث إن تنظيم داعش الإرهابي أعلن مسؤوليته عن الهجوم."
    assert news_arg(text, "أعلن", "source") == "تنظيم داعش"


def test_a_plain_definite_subject_is_still_read() -> None:
    text = "وقال إن الجيش السوري قصف المدينة."
    assert news_arg(text, "قصف", "source") != "تنظيم داعش"
    assert news_arg(text, "قصف", "source") is not None


def test_an_adjective_after_a_place_gives_no_named_source() -> None:
    text = "وقال إن ريف حمص الشرقي شهد قصفا عنيفا."
    assert news_arg(text, "قصفا", "source") not in ("ريف حمص", "حمص")


def test_a_name_with_a_participle_adjective_after_kana_is_the_source() -> None:
    text = "وكانت جماعة الحوثي المسلحة اعتقلت الصحفي محمد علي في صنعاء."
    assert news_arg(text, "اعتقلت", "source") == "جماعة الحوثي"


def test_an_adjective_after_a_place_name_before_a_verb_is_left_alone() -> None:
    # a place is no actor the adjective could hand the verb to (the rule keeps to bodies and people)
    text = "وكانت مدينة حلب الشمالية استقبلت الوزير أمس."
    assert news_arg(text, "استقبلت", "source") not in ("مدينة حلب", "حلب", "")

"""Round ev504: a title phrase right after a person's name after a verb of harm («قتل هشام بركات المدعي العام في
مصر بتفجير سيارته») keeps the unvocalised passive reading of the lone name (``events.trailing_titles``): the name
is the one killed, no doer is named. «المدعي» (with «ال») and «العمدة/عمدة» are titles. Counter-cases: a body
after the verb and a plain object after a name stay active («قتل الجيش المسلحين»)."""

from __future__ import annotations

from conftest import news_arg

from rasd.events.forms import fw, nkey


def test_a_prosecutor_after_the_name_keeps_the_passive() -> None:
    text = "قتل هشام بركات المدعي العام في مصر بتفجير سيارته."
    assert news_arg(text, "قتل", "target") == "هشام بركات"
    assert news_arg(text, "قتل", "source") == ""


def test_a_listed_title_after_the_name_keeps_the_passive() -> None:
    text = "قتل هشام بركات النائب العام في مصر بتفجير سيارته."
    assert news_arg(text, "قتل", "target") == "هشام بركات"
    assert news_arg(text, "قتل", "source") == ""


def test_a_bare_title_in_construct_and_a_glued_complement() -> None:
    text = "قتل أحمد حسن عمدة القرية في هجوم مسلح."
    assert news_arg(text, "قتل", "target") == "أحمد حسن"
    assert news_arg(text, "قتل", "source") == ""
    text = "خطف أحمد حسن المدير العام للشركة من منزله."
    assert news_arg(text, "خطف", "target") == "أحمد حسن"
    assert news_arg(text, "خطف", "source") == ""


def test_a_title_and_its_adjective_before_a_place() -> None:
    text = "قتل خالد الجبوري القائد الميداني للتنظيم قرب الموصل."
    assert news_arg(text, "قتل", "target") == "خالد الجبوري"
    assert news_arg(text, "قتل", "source") == ""


def test_a_name_with_no_title_stays_the_patient() -> None:
    # the reading round ev500 found, unchanged
    text = "قتل هشام بركات في القاهرة."
    assert news_arg(text, "قتل", "target") == "هشام بركات"
    assert news_arg(text, "قتل", "source") == ""


def test_a_body_after_the_verb_stays_the_doer() -> None:
    # counter-case: no person's name, no title after it: active
    text = "قتل الجيش المسلحين في المدينة."
    assert news_arg(text, "قتل", "source") == "الجيش"
    assert news_arg(text, "قتل", "target") == "المسلحين"


def test_a_plain_object_after_a_name_stays_active() -> None:
    # counter-case: «المسلحين» is no title: the name kills them
    text = "قتل خالد الجبوري المسلحين في المدينة."
    assert news_arg(text, "قتل", "source") == "خالد الجبوري"
    assert news_arg(text, "قتل", "target") == "المسلحين"


def test_the_new_titles_and_not_bare_claimants() -> None:
    # «مدعي العروبة»: claimants, no title; only «المدعي» with the article is
    titles = fw("titles")
    assert {nkey("المدعي"), nkey("العمدة"), nkey("عمدة")} <= titles
    assert nkey("مدعي") not in titles

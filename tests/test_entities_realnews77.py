"""Entities, round 77: a person with no country whose title stands right before his name and governs a party with a
proclitic «لـ» («نائب الرئيس لحزب العدالة الشعبي، X») is of the party's country; a title and a noun that is no
adjective of it («بعث المدير رسالة لحزب ...») give nothing. A given name alone right after «نظام» («نظام بشار») is
the one head of a government the lexicon lists by that given name at the date; after another noun it stays
unlinked. A dual head of towns («مدينتا», «بلدتا») with a name and «و» + a definite word: two towns («مدينتا X
والهامة»); not a definite noun with its adjective after it."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_a_title_governing_a_party_right_before_the_name_gives_the_partys_country() -> None:
    doc = analyze_news("وصرح الرئيس المشارك لحزب الشعوب الديمقراطي، أحمد توران، بأن الحوار هو الحل الوحيد.")
    e = entity_named(doc, "أحمد توران")
    assert e.country == "TUR"
    assert e.actor == "TURPTY"


def test_a_party_after_a_noun_that_is_no_title_gives_no_country() -> None:
    doc = analyze_news("وبعث الشيخ رسالة لحزب الشعوب الديمقراطي، أحمد توران قال فيها إن الحوار هو الحل.")
    assert entity_named(doc, "أحمد توران").country is None


def test_a_given_name_after_regime_is_the_head_of_government() -> None:
    doc = analyze_news("وتحدث المعارضون عن جرائم نظام بشار بحق المدنيين في الريف.")
    e = entity_named(doc, "نظام بشار")  # (round ents93: the regime itself, Syria's government)
    assert e.country == "SYR"
    assert e.actor == "SYRGOV"


def test_a_given_name_after_another_noun_stays_unlinked() -> None:
    doc = analyze_news("وتحدث المعارضون عن كتاب بشار في الندوة.")
    assert all(e.country is None for e in doc.entities if e.name == "بشار")


def test_a_dual_town_head_names_two_towns_the_second_definite() -> None:
    doc = analyze_news("وتعاني بلدتا معضمية والحويز من الحصار منذ أشهر.")
    assert "معضمية" in names_of_type(doc, "LOCATION")
    assert "الحويز" in names_of_type(doc, "LOCATION")


def test_a_dual_town_head_before_a_definite_noun_and_its_adjective_names_one() -> None:
    doc = analyze_news("وتعاني مدينتا معضمية والمنطقة المجاورة من الحصار منذ أشهر.")
    assert "المنطقة" not in " ".join(names_of_type(doc, "LOCATION"))

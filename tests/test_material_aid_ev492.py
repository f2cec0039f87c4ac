"""Round ev492: support in money or arms is material aid (CAMEO 07x: 071 money, 072 arms, 070 both) from the
supporter to the supported («تدعم إيران الحوثيين بالسلاح»), not an endorsement; support for a thing («تدعم
الاقتصاد بالمال»), money told in another clause, or a masdar with its supporter in the genitive stay no event."""

from __future__ import annotations

from conftest import entity_named, news_codes, news_event


def test_support_in_arms_is_military_aid() -> None:
    doc, e = news_event("وقال مسؤول إن إيران تدعم الحوثيين بالسلاح منذ سنوات.", "تدعم")
    assert e.code == "072"
    assert e.source == entity_named(doc, "إيران").id
    assert e.target == entity_named(doc, "الحوثيين").id


def test_support_in_money_is_economic_aid() -> None:
    doc, e = news_event("ودعمت قطر الجيش اللبناني بالمال.", "ودعمت")
    assert e.code == "071"
    assert e.source == entity_named(doc, "قطر").id
    assert e.target == entity_named(doc, "الجيش اللبناني").id


def test_support_in_money_and_arms_is_aid() -> None:
    doc, e = news_event("وتساند روسيا النظام السوري بالسلاح والمال.", "وتساند")
    assert e.code == "070"
    assert e.source == entity_named(doc, "روسيا").id


def test_the_masdar_with_its_supported_in_the_genitive() -> None:
    doc, e = news_event("وقررت الولايات المتحدة دعم المعارضة السورية بالأسلحة.", "دعم")
    assert e.code == "072"
    assert e.source == entity_named(doc, "الولايات المتحدة").id
    assert e.target == entity_named(doc, "المعارضة السورية").id


def test_verbal_support_without_money_or_arms_stays_an_endorsement() -> None:
    assert news_codes("وتدعم إيران نظام الأسد.") == [("وتدعم", "051")]


def test_support_for_a_thing_stays_no_event() -> None:
    assert news_codes("وتدعم الحكومة الاقتصاد بالمال.") == []
    assert news_codes("وقال الوزير إن الحكومة تدعم الاقتصاد الوطني.") == []


def test_a_supporter_in_the_genitive_is_not_read_as_the_supported() -> None:
    assert news_codes("وانتقد الوزير دعم إيران للحوثيين بالسلاح.") == [("وانتقد", "111")]


def test_money_of_another_clause_is_not_this_support() -> None:
    assert all(t != "لدعم" for t, _ in news_codes(
        "كانت السعودية تقف بكل قوتها لدعم العراق قبل الغزو، وزودته بالمال."))

"""Round ev817: «مطالبة/طالب/يطالب بـ» + a place (a LOCATION entity or a definite place noun) with no addressee
is a claim of ownership, no demand event (CAMEO has no claim code); an act asked for, an addressee, a zone to be
made and a place where the demand is made stay demands."""

from __future__ import annotations

from conftest import news_event_rows


def _codes(text: str) -> list[str]:
    return [e[0] for e in news_event_rows(text)]


def test_claim_of_a_sea_area_is_no_demand() -> None:
    assert _codes("وتبني الصين جزرا اصطناعية لتعزيز مطالبتها بهذه المنطقة البحرية.") == []


def test_claim_of_a_country_is_no_demand() -> None:
    assert _codes("ولم يكن العراق ليطالب بالكويت في ذلك الوقت.") == []


def test_vso_claim_of_islands_is_no_demand() -> None:
    assert _codes("وطالبت الصين بالجزر المتنازع عليها.") == []


def test_claim_of_sovereignty_is_no_demand() -> None:
    assert _codes("وتطالب الأرجنتين بالسيادة على الجزر منذ عقود.") == []


def test_act_asked_for_stays_a_demand() -> None:
    assert _codes("وطالبت الحكومة بإجراء تحقيق في الحادث.") == ["100"]


def test_release_asked_for_stays_1053() -> None:
    assert _codes("طالبت الحكومة بإطلاق سراح المعتقلين.") == ["1053"]


def test_annexation_asked_for_stays_a_demand() -> None:
    assert _codes("وطالبت تركيا بضم حلب.") == ["100"]


def test_addressee_pronoun_stays_a_demand() -> None:
    assert _codes("وطالبته بالأرض.") == ["100"]


def test_addressee_after_subject_stays_a_demand() -> None:
    assert _codes("وطالب الأهالي الحكومة بالأراضي.") == ["100"]


def test_buffer_zone_indefinite_stays_a_demand() -> None:
    assert _codes("وطالبت تركيا بمنطقة عازلة في سوريا.") == ["100"]


def test_safe_zone_definite_stays_a_demand() -> None:
    assert _codes("وطالبت تركيا بالمنطقة الآمنة.") == ["100"]


def test_place_where_demand_is_made_stays_a_demand() -> None:
    assert _codes("يطالب المتظاهرون بالقاهرة بإسقاط الحكومة.") == ["100"]

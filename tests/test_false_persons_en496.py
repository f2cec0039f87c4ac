"""Round en496: words that read as a name but are a verb or a predicate adjective make no person: a past verb that
is also a listed name before a definite noun («خان العروبة»: he betrayed Arabism), an adjective after a title that
takes «بـ» («الرئيس مؤمن بالحرية»: the president believes in freedom). The same words as names stay persons."""

from __future__ import annotations

from conftest import analyze_news


def _persons(text: str) -> set[str]:
    return {e.name for e in analyze_news(text).entities if e.type == "PERSON"}


def test_past_verb_before_definite_noun_is_no_name() -> None:
    names = _persons("دعمت الكويت جارها طويلا، لكنه «خان العروبة والدم والجوار» وغزاها عام 1990.")
    assert not any(n.startswith("خان") for n in names)


def test_khan_as_surname_stays_a_person() -> None:
    assert "عمران خان" in _persons("وقال زعيم المعارضة الباكستانية عمران خان إن الحكومة فشلت في إدارة الأزمة.")


def test_predicate_adjective_after_title_is_no_name() -> None:
    names = _persons("ويرى أنصاره أن الرئيس مؤمن بالحرية رغم القيود التي فرضها على الصحف.")
    assert "مؤمن" not in names


def test_predicate_adjective_before_that_clause_is_no_name() -> None:
    names = _persons("وأكد المتحدث أن الرئيس واثق بأن المفاوضات ستنجح قريبا.")
    assert "واثق" not in names


def test_given_name_after_title_without_bi_stays_a_person() -> None:
    names = _persons("وقال المهندس مؤمن الحسيني إن المشروع سينتهي العام المقبل.")
    assert any(n.startswith("مؤمن") for n in names)

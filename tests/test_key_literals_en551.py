"""Round en551: a normalised key compared with a literal must compare with the literal's key (keys fold «ة» to
«ه»): «شركة قناة السويس» is a company body, «هيئة قناة السويس» a council."""

from rasd.pipeline import Pipeline

_P = Pipeline()


def _ents(text: str):  # type: ignore[no-untyped-def]
    return {e.name: e for e in _P(text, date="2015-08-06").entities}


def test_company_named_after_a_place_is_a_company() -> None:
    ents = _ents("وأمم الرئيس جمال عبد الناصر شركة قناة السويس عام 1956.")
    assert ents["شركة قناة السويس"].type == "ORGANIZATION"
    assert ents["شركة قناة السويس"].country == "EGY"
    assert ents["شركة قناة السويس"].attrs["kind"] == "company"


def test_company_with_a_conjunction_is_a_company() -> None:
    ents = _ents("ووقعت الحكومة عقدا مع هيئة موانئ البحر الأحمر وشركة موانئ البحر الأحمر أمس.")
    assert ents["هيئة موانئ البحر الأحمر"].attrs["kind"] == "council"
    company = next(e for n, e in ents.items() if n.endswith("شركة موانئ البحر الأحمر"))
    assert company.attrs["kind"] == "company"


def test_authority_stays_a_council() -> None:
    ents = _ents("وقال رئيس هيئة قناة السويس إن حركة السفن زادت.")
    assert ents["هيئة قناة السويس"].attrs["kind"] == "council"
    ents = _ents("وأعلنت مؤسسة موانئ البحر العربي عن خطة جديدة.")
    assert ents["مؤسسة موانئ البحر العربي"].attrs["kind"] == "council"

"""Round en433: a person right before a kinship noun of blood and a noun with a country's adjective («حميد رضا
محمدي، شقيق الناشطة الإيرانية») is of that country (entities.kincountry.kin_after); not a spouse («زوج المحامية
الإيرانية»: a husband may be of another country), nor an adjective past a preposition. The sentences name other
countries so that no rule gives the article's one country."""

from __future__ import annotations

import rasd


def _country(text: str, name: str) -> str | None:
    """The country of the person entity named ``name`` in ``text`` (fails where there is none)."""
    doc = rasd.analyze(text, date="2015-08-01")
    return next(e.country for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_a_brother_of_a_described_national() -> None:
    text = ("وكشف حميد رضا محمدي، شقيق الناشطة الإيرانية، أن وزارة الاستخبارات وجهت تهما إليها، فيما انتقدت فرنسا "
            "وألمانيا ذلك.")
    assert _country(text, "حميد رضا محمدي") == "IRN"


def test_a_spouse_of_a_described_national_keeps_none() -> None:
    # counter-case: a husband may be of another country than his wife
    text = "واتهم تقي رحماني، زوج المحامية الإيرانية، الجهاز القضائي، فيما انتقدت فرنسا وألمانيا ذلك."
    assert _country(text, "تقي رحماني") is None


def test_an_adjective_past_a_preposition_is_not_the_relatives() -> None:
    # counter-case: «في المنظمة الأميركية» is where the brother works, not his country
    text = "وقال سامر كامل، شقيق الناشط في الأميركية للإغاثة، إن فرنسا وألمانيا تتابعان القضية."
    assert _country(text, "سامر كامل") is None

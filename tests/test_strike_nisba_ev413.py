"""Round ev413: a noun of striking with a country's adjective right after it (past one adjective of its own) is that
country's act (``events.strike_nisba``): «نتيجة غارة جوية تركية على معسكر», «القصف التركي»; a country adjective on
a war («الحرب السورية») or on the place struck («القصف على الحدود التركية») names no doer."""

from __future__ import annotations

from conftest import news_arg


def test_the_country_of_an_air_strike_is_its_source() -> None:
    text = "وقال ديمرتاش إن مدنيين قتلوا نتيجة غارة جوية تركية على معسكر لحزب العمال الكردستاني."
    assert news_arg(text, "غارة", "source") == "تركيا"
    assert news_arg("وأدانت الحكومة العراقية القصف التركي لمواقع في شمال العراق.", "القصف", "source") == "تركيا"


def test_a_country_adjective_on_the_place_struck_names_no_doer() -> None:
    # counter-case: the adjective is the border's, after a preposition, not the shelling's
    assert news_arg("وأدانت تركيا القصف على الحدود التركية.", "القصف", "source") == ""
    # nor past two adjectives of its own, where the country's may be another noun's («قصف مدفعي عنيف ... التركية»)
    assert news_arg("وتعرضت القرية لقصف مدفعي عنيف الحدود التركية.", "لقصف", "source") != "تركيا"

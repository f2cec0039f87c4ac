"""Round mod590: an aim or a plan named inside someone's reported words. rasd's general precedence, checked first:
what a source tells as still to come is planned, not reported («أفاد المتحدث بأن الوزير سيلتقي نظيره»: planned;
«سنطرد المسلحين» in a direct quote: planned); only what the source tells as done is reported. Round ev561's aim rule
follows that precedence inside a quote's content or an «أن/إن» clause («أوضح أن الحكومة أطلقت حملة تهدف إلى طرد»,
«أكد أن الأمر سيكون مؤقتا إلى حين طرد»: planned). Counter-cases: a done act in the same reported clause («أوضح
أن القوات طردت المسلحين») and «إلى حين» under a past verb in speech («أكد أن القوات ظلت هناك إلى حين طرد») stay
reported."""

from __future__ import annotations

from conftest import analyze_news


def _mods(text: str) -> list[tuple[str, str, str]]:
    """(trigger text, code, modality) of each event."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start:e.trigger.end], e.code, e.modality) for e in doc.events]


def test_future_inside_reported_clause_is_planned() -> None:
    assert ("سيلتقي", "040", "planned") in _mods("وأفاد المتحدث بأن الوزير سيلتقي نظيره الفرنسي.")


def test_future_inside_direct_quote_is_planned() -> None:
    assert ("سنطرد", "190", "planned") in _mods('وقال الوزير: "سنطرد المسلحين من المدينة".')


def test_aim_inside_reported_clause_is_planned() -> None:
    assert ("طرد", "190", "planned") in _mods("وأوضح المتحدث أن الحكومة أطلقت حملة تهدف إلى طرد المسلحين من المدينة.")


def test_until_inside_reported_clause_is_planned() -> None:
    assert ("طرد", "190", "planned") in _mods(
        "وأكد المسؤولون أن هذا الأمر سيكون مؤقتا إلى حين طرد المتمردين من الميناء.")


def test_done_act_inside_reported_clause_stays_reported() -> None:
    assert ("طردت", "190", "reported") in _mods("وأوضح المتحدث أن القوات طردت المسلحين من المدينة.")


def test_until_under_past_verb_inside_reported_clause_stays_reported() -> None:
    mods = _mods("وأكد المتحدث أن القوات ظلت هناك إلى حين طرد المسلحين من المدينة.")
    assert ("طرد", "190", "reported") in mods
    assert all(m != "planned" for _, _, m in mods)

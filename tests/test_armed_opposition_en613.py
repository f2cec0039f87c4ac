"""Round en613: the opposition's armed men («قوات المعارضة», «مقاتلو المعارضة», «فصائل المعارضة المسلحة», «المعارضة
المسلحة», «كتائب المعارضة») are the armed opposition, REB, with the country of the one named opposition of the
article («المعارضة السورية» → SYRREB); the political bodies («المعارضة السورية», «الائتلاف الوطني السوري») stay OPP."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc


def _actor(doc: Doc, eid: str | None) -> tuple[str | None, str | None]:
    ent = next((e for e in doc.entities if e.id == eid), None)
    return (ent.name, ent.actor) if ent is not None else (None, None)


def _by_code(text: str, code: str, role: str = "source") -> tuple[str | None, str | None]:
    doc = analyze_news(text)
    ev = next(e for e in doc.events if e.code == code)
    return _actor(doc, ev.source if role == "source" else ev.target)


NAMED = "وقالت المعارضة السورية إنها ستشارك في محادثات جنيف المقبلة. "


def test_opposition_forces_attacking_are_syrreb() -> None:
    assert _by_code(NAMED + "وهاجمت قوات المعارضة مواقع الجيش السوري في حلب.", "190") == (
        "قوات المعارضة", "SYRREB")


def test_opposition_fighters_shelling_are_syrreb() -> None:
    assert _by_code(NAMED + "وقصف مقاتلو المعارضة مطار حماة العسكري.", "194") == ("مقاتلو المعارضة", "SYRREB")


def test_armed_opposition_factions_clashing_are_syrreb() -> None:
    assert _by_code(NAMED + "واشتبكت فصائل المعارضة المسلحة مع الجيش السوري في درعا.", "193") == (
        "فصائل المعارضة", "SYRREB")


def test_armed_opposition_taking_a_town_is_syrreb() -> None:
    assert _by_code(NAMED + "وسيطرت المعارضة المسلحة على بلدة في ريف إدلب.", "192") == (
        "المعارضة المسلحة", "SYRREB")


def test_strikes_on_opposition_forces_target_syrreb() -> None:
    assert _by_code(NAMED + "وشنت الطائرات غارات على قوات المعارضة في حمص.", "195", "target") == (
        "قوات المعارضة", "SYRREB")


def test_no_named_opposition_gives_reb_with_no_country() -> None:
    doc = analyze_news("وهاجمت قوات المعارضة مواقع الجيش السوري في حلب.")
    ev = next(e for e in doc.events if e.code == "190")
    ent = next(e for e in doc.entities if e.id == ev.source)
    assert (ent.name, ent.country, ent.actor) == ("قوات المعارضة", None, "REB")


def test_political_opposition_in_talks_stays_opp() -> None:
    doc = analyze_news(NAMED + "وهاجمت قوات المعارضة مواقع الجيش السوري في حلب.")
    talks = next(e for e in doc.events if e.code == "040")
    assert _actor(doc, talks.source) == ("المعارضة السورية", "SYROPP")


def test_coalition_stays_opp_beside_armed_opposition() -> None:
    doc = analyze_news("وقال الائتلاف الوطني السوري إن قوات المعارضة صدت هجوما للجيش السوري في حلب.")
    assert {e.name: e.actor for e in doc.entities}["الائتلاف الوطني السوري"] == "SYROPP"


def test_two_named_oppositions_give_no_country() -> None:
    # counter-case: the opposition of which country is not known, so no country is borrowed
    doc = analyze_news("وقالت المعارضة السورية إنها ستشارك في المحادثات. وقالت المعارضة اليمنية إنها ترفض الحوار. "
                       "وهاجمت قوات المعارضة مواقع الجيش في المدينة.")
    ev = next(e for e in doc.events if e.code == "190")
    assert _actor(doc, ev.source) == ("قوات المعارضة", "REB")

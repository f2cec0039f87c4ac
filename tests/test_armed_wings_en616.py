"""Round en616: an armed wing takes its party's codes («قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني»:
the PKK's TURREB, not the Syrian YPG's SYRREB its name resembles), and the opposition's armed men named with «من»
or before the opposition body's name («فصائل من المعارضة», «قوات المعارضة السورية») are the armed opposition, REB,
not the political opposition OPP («وانتقدت المعارضة», «أحزاب المعارضة» stay OPP)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _named(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def _source(text: str, code: str) -> tuple[str | None, str | None, str | None]:
    doc = analyze_news(text)
    ev = next(e for e in doc.events if e.code == code)
    ent = next((e for e in doc.entities if e.id == ev.source), None)
    return (ent.name, ent.country, ent.actor) if ent is not None else (None, None, None)


PKK = "وهاجم حزب العمال الكردستاني مركزا للشرطة في جنوب شرق تركيا."


def test_the_pkk_itself_is_turreb() -> None:
    e = _named(analyze_news(PKK), "حزب العمال الكردستاني")
    assert (e.country, e.actor) == ("TUR", "TURREB")


def test_a_wing_after_a_comma_is_the_pkks() -> None:
    doc = analyze_news("وقال مصدر مسؤول في قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني، إن المقاتلين "
                       "انسحبوا من المنطقة. " + PKK)
    e = _named(doc, "قوات حماية الشعب")
    assert (e.country, e.actor, e.latin) == ("TUR", "TURREB", None)


def test_a_bracketed_wing_announcing_is_turreb() -> None:
    assert _source("أعلنت (قوات حماية الشعب) الجناح العسكري لحزب العمال الكردستاني مسؤوليتها عن الهجوم. " + PKK,
                   "010") == ("قوات حماية الشعب", "TUR", "TURREB")


def test_the_same_body_with_no_appositive_keeps_its_code() -> None:
    doc = analyze_news("أعلنت قوات حماية الشعب مسؤوليتها عن الهجوم في الحسكة. " + PKK)
    e = _named(doc, "قوات حماية الشعب")
    assert (e.country, e.actor) == ("SYR", "SYRREB")


def test_the_syrian_ypg_stays_syrreb() -> None:
    assert _source("وهاجمت وحدات حماية الشعب الكردية مواقع تنظيم داعش في ريف الحسكة. " + PKK, "190") == (
        "وحدات حماية الشعب الكردية", "SYR", "SYRREB")


def test_a_political_wing_is_no_armed_wing() -> None:
    doc = analyze_news("أعلنت قوات حماية الشعب، الجناح السياسي لحزب العمال الكردستاني، مسؤوليتها عن الهجوم. " + PKK)
    assert _named(doc, "قوات حماية الشعب").actor == "SYRREB"


NAMED = "وقالت المعارضة السورية إنها ستشارك في محادثات جنيف المقبلة. "


def test_factions_of_the_opposition_are_syrreb() -> None:
    assert _source(NAMED + "واستهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية في ريف حلب.", "190") == (
        "فصائل من المعارضة", "SYR", "SYRREB")


def test_forces_before_the_named_opposition_are_syrreb() -> None:
    assert _source(NAMED + "وقصفت قوات المعارضة السورية مدينة القرداحة.", "194") == (
        "قوات المعارضة السورية", "SYR", "SYRREB")


def test_the_political_opposition_stays_opp() -> None:
    assert _source(NAMED + "ورفضت المعارضة السورية قرار مجلس الأمن.", "120") == ("المعارضة السورية", "SYR", "SYROPP")


def test_opposition_parties_stay_opp() -> None:
    doc = analyze_news(NAMED + "ورفضت أحزاب المعارضة قرار الحكومة.")
    ev = next(e for e in doc.events if e.code == "120" and "أحزاب" in doc.text[e.sentence.start : e.sentence.end])
    ent = next((e for e in doc.entities if e.id == ev.source), None)
    assert ent is None or (ent.actor or "").endswith("OPP")

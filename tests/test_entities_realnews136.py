"""Round 136: collective actors named by a description (:mod:`rasd.entities.collectives`): forces loyal to a sitting
head of state, a region's presidency, the Gulf states as a group. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news, news_arg


def _entity(doc, text: str):  # type: ignore[no-untyped-def]
    """The entity one of whose mentions is exactly ``text``."""
    return next(e for e in doc.entities if any(doc.text[m.start : m.end] == text for m in e.mentions))


def test_forces_loyal_to_the_sitting_president_are_his_states_army() -> None:
    text = ("قالت مصادر محلية إن القوات الموالية للرئيس عبد ربه منصور هادي استعادت بلدة في محافظة لحج. "
            "وقصفت القوات الموالية لهادي مواقع للحوثيين قرب المدينة.")
    doc = analyze_news(text)
    e = _entity(doc, "القوات الموالية للرئيس عبد ربه منصور هادي")  # (round en716: the forces span his name)
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "YEM", "YEMMIL")
    assert len(e.mentions) == 2
    assert news_arg(text, "وقصفت") == "القوات الموالية للرئيس عبد ربه منصور هادي"  # (the entity's name)


def test_forces_loyal_to_legitimacy_of_the_president() -> None:
    doc = analyze_news("وتقدمت القوات الموالية لشرعية الرئيس عبد ربه منصور هادي نحو المطار.")
    e = _entity(doc, "القوات الموالية لشرعية الرئيس عبد ربه منصور هادي")
    assert e.actor == "YEMMIL"


def test_forces_loyal_to_a_former_president_get_no_state_code() -> None:
    doc = analyze_news("وهاجمت القوات الموالية للرئيس السابق علي عبد الله صالح أحياء المدينة.")
    assert not any(e.actor == "YEMMIL" for e in doc.entities)
    # (round en716: a former head's forces are his state's rebels, spanning his name)
    e = _entity(doc, "القوات الموالية للرئيس السابق علي عبد الله صالح")
    assert (e.country, e.actor) == ("YEM", "YEMREB")


def test_region_presidency_is_the_regions_government() -> None:
    text = "وأدانت رئاسة إقليم كردستان القصف الذي طال القرى الحدودية، ودعت رئاسة كردستان إلى وقفه."
    doc = analyze_news(text)
    e = _entity(doc, "رئاسة إقليم كردستان")
    assert (e.country, e.actor) == ("IRQ", "IRQGOV")
    assert _entity(doc, "رئاسة كردستان").id == e.id
    assert news_arg(text, "وأدانت") == "رئاسة إقليم كردستان"


def test_presidency_of_no_listed_region_is_left() -> None:
    doc = analyze_news("وتسلم الوزير رئاسة الجلسة الطارئة أمس.")
    assert not any(e.name.startswith("رئاسة") for e in doc.entities)


def test_gulf_states_are_the_gcc() -> None:
    text = "واتهمت دول الخليج طهران بالتدخل في شؤون المنطقة."
    doc = analyze_news(text)
    e = _entity(doc, "دول الخليج")
    assert e.actor == "IGOGCC"
    assert news_arg(text, "واتهمت") == "دول الخليج"


def test_gulf_states_inside_the_councils_name_stay_the_council() -> None:
    doc = analyze_news("واجتمع وزراء خارجية مجلس التعاون لدول الخليج العربية في الرياض.")
    gcc = [e for e in doc.entities if e.actor == "IGOGCC"]
    assert len(gcc) == 1 and gcc[0].name != "دول الخليج العربية"

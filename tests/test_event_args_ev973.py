"""Round ev973: a dual nisba's country (events.group_lexicon.nisba_base), an attack noun fronted before a killing
with victims of its own (events.means_acts.victims_apart), the act of a «أن/بأن» clause after a call or demand
(events.modality_links.called_that), and a «و» present verb after a planned clause (events.planned_verbs)."""

from __future__ import annotations

from conftest import news_event


def _target(text: str, trigger: str) -> tuple[str | None, str | None]:
    doc, ev = news_event(text, trigger)
    ent = doc.entity(ev.target) if ev.target is not None else None
    return (ent.name, ent.actor) if ent is not None else (None, None)


def _place(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    ent = doc.entity(ev.location) if ev.location is not None else None
    return ent.name if ent is not None else None


def test_dual_nisba_soldiers_are_turkish() -> None:
    assert _target("وقتل جنديان تركيان قرب الحدود.", "وقتل") == ("جنديان تركيان", "TURMIL")


def test_dual_nisba_policemen_are_egyptian() -> None:
    assert _target("وقتل شرطيان مصريان في كمين.", "وقتل") == ("شرطيان مصريان", "EGYCOP")


def test_fronted_attack_keeps_the_victims_of_the_killing() -> None:
    text = "وفي هجوم على نقطة تفتيش في ماردين، قتل جنديان تركيان."
    assert _target(text, "قتل") == ("جنديان تركيان", "TURMIL")
    assert _place(text, "قتل") == "ماردين"
    assert _place(text, "هجوم") == "ماردين"
    assert news_event(text, "هجوم")[1].date == news_event(text, "قتل")[1].date


def test_that_clause_after_call_is_planned() -> None:
    text = "ودعا الزعيم أنصاره إلى وقف الاحتجاج وأن يهاجموا مقار الحزب."
    assert news_event(text, "يهاجموا")[1].modality == "planned"


def test_bi_anna_clause_after_demand_is_planned() -> None:
    text = "وطالب الوزير الفصائل بأن يستهدفوا معسكرات المتمردين."
    assert news_event(text, "يستهدفوا")[1].modality == "planned"


def test_that_clause_after_saying_stays_told() -> None:
    text = "ودعا الرئيس إلى الحوار، وأكد أن الجيش يستهدف مواقع المسلحين."
    assert news_event(text, "يستهدف")[1].modality != "planned"


def test_and_verb_after_future_visit_is_planned() -> None:
    text = "سيزور رئيس الوزراء الأردني الرياض الشهر المقبل، ويلتقي خلالها الملك."
    doc, ev = news_event(text, "ويلتقي")
    assert ev.modality == "planned"
    assert ev.date == news_event(text, "سيزور")[1].date


def test_and_verb_after_scheduled_visit_is_planned() -> None:
    text = "ومن المقرر أن يصل الوفد إلى بغداد غدا، ويبحث مع المسؤولين ملف الحدود."
    assert news_event(text, "ويبحث")[1].modality == "planned"


def test_and_verb_after_past_visit_stays_asserted() -> None:
    text = "وصل رئيس الوزراء الأردني إلى الرياض اليوم، ويلتقي الملك."
    assert news_event(text, "ويلتقي")[1].modality == "asserted"


def test_fronted_attack_of_a_named_doer_keeps_the_victims() -> None:
    text = "وفي هجوم جديد استهدف دورية للجيش، قتل جنديان تركيان، ونسب إلى حزب العمال الكردستاني."
    assert _target(text, "قتل") == ("جنديان تركيان", "TURMIL")
    assert news_event(text, "هجوم")[1].source == news_event(text, "قتل")[1].source

"""Round ev475: a count of dead told as an argument-less repeat joins the act of force told nearest before it in
its sentence, its cause, not an earlier act of the sentence (``events.nearest_cause``)."""

from __future__ import annotations

from conftest import analyze_news

WAR_AND_BOMBING = ("وكان الرئيس التركي رجب طيب إردوغان قد أطلق «حربا على الإرهاب»، تستهدف حزب العمال الكردستاني "
                   "وتنظيم داعش، المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 من يوليو الماضي في بلدة "
                   "سروج التركية، وأدت إلى مقتل 32 من الناشطين الأكراد.")
ONE_ATTACK = "وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس مما أسفر عن مقتل ضابطين."


def _triggers(text: str) -> dict[str, list[str]]:
    doc = analyze_news(text)
    return {e.code: [doc.text[t.start : t.end] for t in e.triggers] for e in doc.events}


def test_the_dead_of_a_bombing_join_the_bombing_not_the_war() -> None:
    triggers = _triggers(WAR_AND_BOMBING)
    assert triggers["1831"] == ["العملية الانتحارية", "مقتل"]
    assert triggers["190"] == ["تستهدف"]


def test_the_bombing_keeps_its_victims() -> None:
    doc = analyze_news(WAR_AND_BOMBING)
    bombing = next(e for e in doc.events if e.code == "1831")
    target = next(x for x in doc.entities if x.id == bombing.target)
    assert target.name == "الناشطين الأكراد"


def test_the_dead_of_the_only_attack_still_join_it() -> None:
    # counter-case: no other act between the attack and its dead: one event, as before
    assert _triggers(ONE_ATTACK) == {"190": ["هجوما", "مقتل"]}

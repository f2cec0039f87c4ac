"""Triggers and modality on constructions of real news, round 14: a noun of holding under a word of being held
(«تحت سيطرة», «الخاضعة لسيطرة», «تحرير ... من سيطرة») is a state, no act of seizing; a tour «على» places or a
round «من» something is no visit; what a demand asks for («مطالبين بلقاء») is no event; a negated «استطاع» or
«فشل في» negates the act, «يسعى إلى» makes it planned and «نريد أن» hypothetical."""

from __future__ import annotations

from conftest import analyze_news


def events(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def codes(text: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t, _ in events(text)]


def seizures(text: str) -> list[tuple[str, str]]:
    return [(c, t) for c, t in codes(text) if c == "192"]


def test_under_control_is_a_state() -> None:
    assert not seizures("وأصبحت المدينة بالكامل تحت سيطرة الجيش منذ أسبوع.")
    assert not seizures("وقصفت الطائرات البلدة الخاضعة لسيطرة المعارضة في الريف.")
    assert not seizures("ونقل الوقود إلى المدن التي تخضع لسيطرة المسلحين في الشمال.")


def test_freed_from_control_is_a_state_seizing_an_act() -> None:
    assert not seizures("وتعمل القوات على تحرير المحافظة من سيطرة المتمردين.")
    # seizing is still an act: «منذ سيطرة X عليها», «من سيطرة X على», «تمكنت من السيطرة على»
    assert ("192", "سيطرة") in seizures("وغادر السكان المدينة منذ سيطرة المسلحين عليها في مارس.")
    assert ("192", "سيطرة") in seizures("ووصلت التعزيزات بعد أيام من سيطرة الكتيبة على سور المعسكر.")
    assert [c for c, _ in seizures("وتمكنت القوات من السيطرة على البلدة أمس.")]


def test_an_inspection_tour_is_no_visit() -> None:
    assert not [c for c, _ in codes("وأكملت اللجنة جولاتها على المراكز الانتخابية في المحافظة.") if c == "042"]


def test_a_round_of_something_is_no_visit() -> None:
    assert not [c for c, _ in codes("واقترح الوزير تنظيم جولة جديدة من التمويل للبنوك.") if c == "042"]
    assert ("042", "جولته") in codes("وانتهت جولته من 6 إلى 8 أغسطس في فيتنام.")


def test_what_a_demand_asks_for_is_no_event() -> None:
    assert not [c for c, _ in codes("واعتصم المعلمون أمام الوزارة مطالبين بلقاء وزير التعليم.") if c == "040"]


def test_a_negated_ability_negates_the_act() -> None:
    mods = [m for c, _, m in events("وقال القائد إن المسلحين لم يستطع أحد منهم السيطرة على التلال.") if c == "192"]
    assert mods == ["negated"]
    mods = [m for c, _, m in events("وقال المصدر إن الجيش لم يستطع السيطرة على الحي رغم القصف.") if c == "192"]
    assert mods == ["negated"]


def test_failing_to_act_negates_it() -> None:
    mods = [m for c, _, m in events("وفشلت القوات في السيطرة على المطار أمس.") if c == "192"]
    assert mods == ["negated"]


def test_an_aim_is_planned() -> None:
    mods = [m for c, _, m in events("وتسعى القوات الحكومية للسيطرة على المدينة.") if c == "192"]
    assert mods == ["planned"]


def test_a_wanted_act_is_hypothetical_but_not_what_follows_it() -> None:
    mods = [m for c, _, m in events("وقال الوزير: «نريد أن يترك الحزب السلاح ويستأنف المحادثات مع الحكومة».")
            if c.startswith("04")]
    assert mods == ["hypothetical"]
    mods = [m for c, _, m in events("وعندما أراد الكاتب نشر روايته رفض المسؤول الطلب.") if c.startswith("12")]
    assert mods and "hypothetical" not in mods

"""Round ev582: an act of force done to people named only by a head noun and a country adjective («إحراق عائلة
فلسطينية», «حرق التنظيم للطيار الأردني», «استهداف مدرعة إسرائيلية») is done to that country, where the article names
it. Counter-cases: a group the ``groups`` stage codes («قتل جنود إسرائيليين» ISRMIL), a masdar whose genitive is its
doer («هجوم المستوطنين»), seizure of a border («السيطرة على الحدود اللبنانية»), a country the article does not name,
the source's own state («قتل الجيش السوري مدنيين سوريين»), and a phrase past a verb and a glued preposition («تلوذ
بمخيم للاجئين السوريين») stay as they were."""

from __future__ import annotations

from conftest import analyze_news


def _targets(text: str) -> list[tuple[str, str, str | None]]:
    """(trigger text, code, target name or None) of each event."""
    doc = analyze_news(text)
    out = []
    for e in doc.events:
        ent = doc.entity(e.target)
        out.append((doc.text[e.trigger.start:e.trigger.end], e.code, ent.name if ent is not None else None))
    return out


def test_masdar_genitive_family_is_its_country() -> None:
    assert ("إحراق", "180", "فلسطين") in _targets(
        "أقدمت عصابة من المستوطنين على إحراق عائلة فلسطينية في قرية دوما. وأدانت فلسطين الجريمة.")


def test_lam_object_pilot_is_his_country() -> None:
    assert ("حرق", "180", "الأردن") in _targets(
        "وغضب الشارع في الأردن إثر حرق تنظيم داعش للطيار الأردني حيا في ديسمبر الماضي.")


def test_verb_object_vehicle_is_its_country() -> None:
    assert ("استهدفت", "190", "إسرائيل") in _targets(
        "وقالت إسرائيل إن المسلحين استهدفت عبوتهم مدرعة إسرائيلية قرب السياج أمس.")


def test_group_of_soldiers_stays_a_group() -> None:
    got = _targets("وقتل المسلحون جنودا إسرائيليين قرب الحدود مع إسرائيل أمس.")
    assert ("وقتل", "190", "إسرائيل") not in got


def test_doer_genitive_masdar_gets_no_country() -> None:
    got = _targets("وأصيب طفل في هجوم مستوطنين إسرائيليين على القرية. وأدانت فلسطين الهجوم.")
    assert all(t != "إسرائيل" for _, code, t in got if code.startswith("19"))


def test_seizing_a_border_is_no_act_on_that_country() -> None:
    got = _targets("وتسعى القوات النظامية إلى استكمال سيطرتها على الحدود اللبنانية. ويخشى لبنان ذلك.")
    assert all(t != "لبنان" for _, code, t in got if code == "192")


def test_country_not_named_gives_nothing() -> None:
    assert ("إحراق", "180", None) in _targets("أقدمت عصابة من المستوطنين على إحراق عائلة فلسطينية في قرية دوما.")


def test_own_state_killing_its_people_is_no_act_on_it() -> None:
    got = _targets("وقتل الجيش السوري عائلة سورية في ريف حمص، بحسب المرصد في سوريا.")
    assert all(t != "سوريا" for _, code, t in got if code.startswith(("18", "19")))


def test_phrase_past_a_verb_and_a_glued_preposition_stays_empty() -> None:
    got = _targets("وقالت المصادر إن المجموعة التي اختطفت أمس كانت تلوذ بمخيم للاجئين السوريين في إدلب شمال سوريا.")
    assert all(t != "سوريا" for _, code, t in got if code == "181")

"""Round ev507: a definite noun of force that is the subject of a verb of result («وأدى القصف إلى مقتل») retells
the act of force told nearest before it and joins it (``events.result_retold``)."""

from __future__ import annotations

from conftest import analyze_news

SHELLING = "وقصفت الطائرات السعودية مواقع المتمردين الحوثيين في مدينة صعدة أمس، وأدى القصف إلى مقتل عشرة من المسلحين."
RAIDS = "وقصفت الطائرات الإسرائيلية مواقع لحركة حماس في قطاع غزة أمس، وأسفرت الغارات عن مقتل ثلاثة فلسطينيين."
NEXT_SENTENCE = ("وقصفت الطائرات الإسرائيلية مواقع لحركة حماس في قطاع غزة أمس. وأسفر القصف الإسرائيلي عن مقتل ثلاثة "
                 "فلسطينيين.")
STORMING = "اقتحم مسلحون مقرا للشرطة في مدينة العريش أمس، وأسفر الهجوم عن مقتل ثلاثة من رجال الشرطة."
OTHER_ATTACK = ("وقصفت الطائرات السعودية مواقع الحوثيين في مدينة صعدة أمس، ثم شنت المدفعية هجوما على بلدة أخرى، وأسفر "
                "الهجوم عن مقتل خمسة جنود.")
OTHER_DOER = "وقصفت قوات النظام السوري أحياء في مدينة حلب أمس، وأسفر القصف الروسي عن مقتل عشرة مدنيين."


def _events(text: str) -> list[tuple[str, list[str], str | None, str | None, str | None, str | None]]:
    doc = analyze_news(text)
    names = {x.id: x.name for x in doc.entities}
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers or [e.trigger]], names.get(e.source or ""),
             names.get(e.target or ""), names.get(e.location or ""), e.date) for e in doc.events]


def test_the_shelling_retold_joins_the_strike_with_its_dead() -> None:
    assert _events(SHELLING) == [
        ("195", ["وقصفت", "القصف", "مقتل"], "الطائرات السعودية", "الحوثيين", "صعدة", "2015-08-01")]


def test_the_raids_retold_join_the_strike() -> None:
    assert _events(RAIDS) == [
        ("195", ["وقصفت", "الغارات", "مقتل"], "الطائرات الإسرائيلية", "حركة حماس", "قطاع غزة", "2015-08-01")]


def test_the_shelling_retold_in_the_next_sentence_with_its_nisba_joins_the_strike() -> None:
    assert _events(NEXT_SENTENCE) == [
        ("195", ["وقصفت", "القصف", "مقتل"], "الطائرات الإسرائيلية", "حركة حماس", "قطاع غزة", "2015-08-01")]


def test_a_plain_attack_noun_retells_a_storming() -> None:
    assert _events(STORMING) == [("190", ["اقتحم", "الهجوم", "مقتل"], "مسلحون", "الشرطة", "العريش", "2015-08-01")]  # ev575: the police


def test_the_attack_told_nearer_keeps_its_retelling_not_the_strike() -> None:
    # counter-case: «الهجوم» retells the artillery's attack told after the strike, not the strike
    events = _events(OTHER_ATTACK)
    assert events[0] == ("195", ["وقصفت"], "الطائرات السعودية", "الحوثيين", "صعدة", "2015-08-01")
    assert events[1][:2] == ("190", ["هجوما", "الهجوم"])


def test_a_shelling_of_another_doer_stays_apart() -> None:
    # counter-case: «القصف الروسي» is not the regime forces' shelling
    events = _events(OTHER_DOER)
    assert [e[:3] for e in events] == [("194", ["وقصفت"], "قوات النظام السوري"), ("195", ["القصف", "مقتل"], None)]

"""Round ev533: an attack noun with no party of its own after «في/خلال/بـ» in the clause of a killing verb is how the
killing was done: it takes the killing's victim, and its doer where a passive's agent names him (``events.means_acts``); a compass place («شمال مالي») is never an event's unnamed source or target phrase.
Counter-cases: an attack with a doer or a target of its own stays its own event, an attack in another clause stays
apart, and a compass place stays the location."""

from __future__ import annotations

from conftest import analyze_news, event_arg

from rasd.events.means_acts import compass_phrase


def _rows(text: str) -> list[tuple[str, list[str], str, str, str | None]]:
    """(code, triggers, source, target, place name) of each event of a hand-made news sentence."""
    doc = analyze_news(text)
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers], event_arg(doc, e, "source"),
             event_arg(doc, e, "target"), next((x.name for x in doc.entities if x.id == e.location), None))
            for e in doc.events]


def test_a_raid_is_how_the_leader_was_killed() -> None:
    text = "قتل القيادي في التنظيم على يد القوات الفرنسية الخاصة في غارة شمال مالي أمس."
    assert _rows(text) == [("190", ["قتل"], "القوات الفرنسية", "القيادي", "مالي"),
                           ("195", ["غارة"], "", "القيادي", "مالي")]


def test_air_raids_that_killed_fighters_hit_them() -> None:
    assert _rows("وقتل عشرة مسلحين في غارات جوية أمس.") == [
        ("190", ["وقتل"], "", "عشرة مسلحين", None), ("195", ["غارات جوية"], "", "عشرة مسلحين", None)]


def test_an_unvocalised_subject_is_no_doer_of_the_bombing() -> None:
    doc = analyze_news("وقتل أحد أفراد الشرطة اثر انفجار عبوة ناسفة في المدينة.")
    blast = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "انفجار")
    assert event_arg(doc, blast, "source") == ""


def test_a_compass_place_is_no_party_but_the_location() -> None:
    assert _rows("شنت الطائرات غارة شمال مالي أمس.") == [("195", ["غارة"], "", "", "مالي")]


def test_an_attack_with_its_own_doer_stays_apart() -> None:
    assert _rows("قتل جنديان في هجوم لحزب العمال الكردستاني على نقطة تفتيش أمس.") == [
        ("190", ["قتل"], "حزب العمال الكردستاني", "جنديان", None),
        ("190", ["هجوم"], "حزب العمال الكردستاني", "نقطة تفتيش", None)]


def test_an_attack_with_its_own_target_stays_apart() -> None:
    rows = _rows("قتل خلال هجوم المتطرفين على مدينة سنجار عشرات المدنيين.")
    assert [(code, triggers) for code, triggers, _, _, _ in rows] == [("190", ["قتل"]), ("180", ["هجوم"])]


def test_an_attack_in_another_clause_stays_apart() -> None:
    assert _rows("قتل خمسة مدنيين، وفي وقت لاحق وقع انفجار في السوق.") == [
        ("190", ["قتل"], "", "خمسة مدنيين", None), ("183", ["انفجار"], "", "", None)]


def test_compass_phrase() -> None:
    assert compass_phrase("شمال مالي") and compass_phrase("وجنوبي حلب")
    assert not compass_phrase("شمال") and not compass_phrase("قوات شمال مالي") and not compass_phrase("الشمال السوري")
    assert not compass_phrase(None)

"""Round mend561: an act of force told as done takes the place of the planned act it aims at («ويهدف الهجوم إلى
اقتحام بلدة قعطبة»: the attack is at قعطبة), and the attack told again in the next sentence («صد الهجوم») keeps
it. Counter-cases: a plan that aims at storming a town («وأعلنت الحكومة خطة تهدف إلى اقتحام ...») is no attack, and
the attack repelled after it takes no place; the storming itself stays planned."""

from __future__ import annotations

from conftest import analyze_news


def _places(text: str) -> list[tuple[str, str, str, str | None]]:
    """(trigger text, code, modality, name of the place) of each event."""
    doc = analyze_news(text)
    names = {e.id: doc.text[e.mentions[0].start:e.mentions[0].end] for e in doc.entities}
    return [(doc.text[e.trigger.start:e.trigger.end], e.code, e.modality,
             names.get(e.location) if e.location is not None else None) for e in doc.events]


ATTACK = ("هاجم مسلحون حوثيون مواقع المقاومة الشعبية صباح أمس. ويهدف الهجوم إلى اقتحام بلدة قعطبة. "
          "وتمكنت المقاومة من صد الهجوم وقتلت العشرات من المهاجمين.")


def test_attack_aimed_at_storming_a_town_is_there() -> None:
    got = _places(ATTACK)
    assert ("الهجوم", "190", "asserted", "قعطبة") == got[1]
    assert ("اقتحام", "190", "planned", "قعطبة") == got[2]


def test_attack_repelled_in_the_next_sentence_keeps_the_town() -> None:
    assert ("الهجوم", "190", "asserted", "قعطبة") == _places(ATTACK)[3]


def test_attack_noun_described_by_its_aim_is_there() -> None:
    got = _places("وشن المتمردون أمس هجوما يهدف إلى اقتحام مدينة الضالع.")
    assert ("هجوما", "190", "asserted", "الضالع") in got
    assert ("اقتحام", "190", "planned", "الضالع") in got


def test_plan_aimed_at_storming_gives_no_place_to_the_attack_after() -> None:
    got = _places("وأعلنت الحكومة خطة تهدف إلى اقتحام مدينة الضالع. وتمكنت المقاومة من صد الهجوم.")
    assert ("اقتحام", "190", "planned", "الضالع") in got
    assert ("الهجوم", "190", "asserted", None) in got

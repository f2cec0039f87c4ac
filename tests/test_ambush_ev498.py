"""Round ev498: an ambush («كمين», «كمينا» with a verb of laying, «الكمائن») is an attack (190), and the dead it
caused join it; «كمينا» is no «ك» + the name «مينا» (segment rules ``hand_words``); an attack noun right after a
verb of result («وأسفر الكمين عن مقتل») takes no doer from the phrase that ends the clause before it
(``events.attack_subjects.result_subject``)."""

from __future__ import annotations

from conftest import analyze_news

LAID = ("وقالت مصادر إن مسلحي المقاومة نصبوا كمينا لدورية من ميليشيات الحوثيين في منطقة خارف، "
        "وأسفر الكمين عن مقتل 13 مسلحا.")
CONVOY = "وقتل جنديان وأصيب أربعة في كمين استهدف قافلتهم قرب بلدة نامبالا أمس."
TRAP = "وكان على ما يبدو كمينا أعد لنا في مدينة الكويت."
CHECKPOINTS = "وتم تنظيم الكثير من الكمائن الثابتة والدوريات المتحركة على الطرق الرئيسية في سيناء."
AMBUSHED_SALEH = ("وقالت مصادر إن مسلحي المقاومة نصبوا كمينا لدورية من ميليشيات الحوثيين وقوات صالح في منطقة "
                  "خارف، وأسفر الهجوم عن مقتل 13 مسلحا.")
LAUNCHED = "وشنت القوات هجوما على مواقع المسلحين في مدينة درنة، وأسفر الهجوم عن مقتل خمسة منهم."


def _events(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    doc = analyze_news(text)
    names = {x.id: x.name for x in doc.entities}
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers], names.get(e.source or ""),
             names.get(e.location or "")) for e in doc.events]


def test_an_ambush_laid_and_its_dead_are_one_attack() -> None:
    assert _events(LAID) == [("190", ["كمينا", "الكمين", "مقتل"], None, "خارف")]


def test_the_patrol_is_the_target_phrase() -> None:
    doc = analyze_news(LAID)
    assert doc.events[0].attrs.get("target_text") == "دورية"


def test_kaminan_is_one_word() -> None:
    doc = analyze_news(LAID)
    tok = next(t for t in doc.tokens if t.text == "كمينا")
    assert len(tok.words) == 1


def test_the_killing_in_an_ambush_joins_it() -> None:
    assert _events(CONVOY) == [("190", ["وقتل", "كمين", "استهدف"], None, "نامبالا")]


def test_a_trap_met_is_no_ambush() -> None:
    # counter-case: «كمينا» with no verb of laying in its clause
    assert _events(TRAP) == []


def test_checkpoints_are_no_ambush() -> None:
    # counter-case: the Egyptian police's «الكمائن الثابتة», none laid
    assert _events(CHECKPOINTS) == []


def test_the_attack_after_a_verb_of_result_has_no_doer_from_before() -> None:
    # the ambushed «قوات صالح» end the clause before «وأسفر الهجوم»: they laid nothing
    assert [src for _, _, src, _ in _events(AMBUSHED_SALEH)] == [None]


def test_an_attack_launched_keeps_its_doer() -> None:
    # counter-case: the light verb's subject launched the attack the result verb tells again
    assert _events(LAUNCHED) == [("190", ["هجوما", "الهجوم", "مقتل"], "القوات", "درنة")]

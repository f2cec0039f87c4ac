"""Round ev543 (hand-made sentences): a suicide belt or vest with its explosive adjective («بحزام ناسف», «بأحزمة
ناسفة», «بسترة ناسفة») is a suicide device: an attack whose means it is, said right after the act or before it in
its clause with the act in «في» («حزاما ناسفا استخدم في الاعتداء»), is a suicide bombing (1831) and keeps its own
event. «سترة» is one word, not the future «س» + «ترة». Counter-cases: a planted bomb stays 183, a belt seized or
found makes no attack, a belt found near the scene leaves the attack 190, and «سيترك» is still a future verb."""

from __future__ import annotations

from conftest import analyze_news

from rasd.text.segment import tokenize


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    """(trigger, code, every trigger) of each event."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, [doc.text[t.start : t.end] for t in e.triggers])
            for e in doc.events]


def _words(word: str) -> list[tuple[str, str]]:
    return [(w.form, w.kind) for t in tokenize(word) for w in t.words]


def test_attack_with_a_suicide_belt_is_its_own_suicide_bombing() -> None:
    text = "قتل عشرة أشخاص في هجوم بحزام ناسف في سوق شعبية بالمدينة."
    assert _events(text) == [("قتل", "190", ["قتل"]), ("هجوم", "1831", ["هجوم"])]


def test_attack_verb_with_suicide_belts_is_1831_one_event() -> None:
    text = "هاجم مسلحون مسجدا بأحزمة ناسفة في المدينة أمس."
    assert _events(text) == [("هاجم", "1831", ["هاجم", "ناسفة"])]


def test_targeting_with_a_suicide_vest_is_1831() -> None:
    text = "استهدف مسلح حاجزا للشرطة بسترة ناسفة أمس."
    assert [c for _, c, _ in _events(text)] == ["1831"]


def test_belt_said_before_the_attack_in_its_clause_is_1831() -> None:
    text = "وقال المسؤول إن حزاما ناسفا استخدم في الاعتداء على المسجد."
    assert [(t, c) for t, c, _ in _events(text)] == [("الاعتداء", "1831")]


def test_vest_before_the_attack_and_its_adjective_are_one_1831() -> None:
    text = "وتبين أن سترة ناسفة استخدمت في الهجوم على الحاجز."
    assert [(c, trs) for _, c, trs in _events(text)] == [("1831", ["ناسفة", "الهجوم"])]


def test_planted_bomb_stays_183() -> None:
    text = "قتل عشرة أشخاص في هجوم بعبوة ناسفة في سوق شعبية بالمدينة."
    assert _events(text) == [("قتل", "190", ["قتل"]), ("هجوم", "183", ["هجوم", "ناسفة"])]


def test_seized_or_found_belt_makes_no_attack() -> None:
    assert _events("ضبطت الشرطة حزاما ناسفا في منزل المتهم.") == []
    assert _events("وتم العثور على حزام ناسف داخل السيارة.") == []


def test_belt_found_near_the_scene_leaves_the_attack_190() -> None:
    text = "وعثرت الشرطة على حزام ناسف قرب موقع الهجوم."
    assert [(t, c) for t, c, _ in _events(text)] == [("الهجوم", "190")]


def test_vest_is_one_word_and_future_verbs_still_split() -> None:
    assert _words("سترة") == [("سترة", "stem")]
    assert _words("بسترة") == [("ب", "proclitic"), ("سترة", "stem")]
    assert _words("سيترك") == [("س", "proclitic"), ("يترك", "stem")]
    assert _words("ستترك") == [("س", "proclitic"), ("تترك", "stem")]


def test_belt_worn_during_the_attack_is_1831() -> None:
    text = "كان المهاجم يرتدي حزاما ناسفا أثناء الهجوم على الحاجز."
    assert [(t, c) for t, c, _ in _events(text)] == [("الهجوم", "1831")]

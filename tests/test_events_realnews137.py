"""Round 137: report cues of rasd.events.specific, four corrections to round 130.

A killing word right after a preposition («تسببت في قتل») is a verbal noun: no past verb, no toll; an
announcing verb inside a relative clause («التي أسفرت عن مقتل آلاف») keeps the background cue; «يعيد إلى
الأذهان هجمات» recalls an attack (background); «قرى تابعة لسيطرة القوات» tells a state of control (its forces
are no participant). Hand-made sentences only.
"""

from __future__ import annotations

from conftest import news_event


def _cues(text: str, trigger: str) -> list[str]:
    return list(news_event(text, trigger)[1].attrs["report_cues"])


def test_verbal_noun_after_preposition_is_no_toll() -> None:
    cues = _cues("وقال إن الميليشيات تسببت في قتل المدنيين وتشريد 20 ألف أسرة.", "قتل")
    assert cues[0] == "noun"
    assert "toll" not in cues and "past_verb" not in cues


def test_counted_killing_after_preposition_stays_a_toll() -> None:
    # (round mn1001: after shelling the counted killing is the shelling's toll, one 194 event; after clashes,
    # 193, it stays an event of its own, a toll)
    assert "toll" in _cues("وتسببت الاشتباكات في مقتل 12 مدنيا في المدينة أمس.", "مقتل")
    assert "past_verb" in _cues("وقال إن الميليشيات قتلت المدنيين وشردت 20 ألف أسرة.", "قتلت")


def test_relative_clause_toll_is_background() -> None:
    assert "background" in _cues("وقال إن الحرب التي أسفرت عن مقتل آلاف المدنيين لم تنته.", "مقتل")


def test_announced_toll_is_no_background() -> None:
    assert "background" not in _cues("وأعلنت الشرطة عن مقتل ثلاثة جنود في هجوم على دورية.", "مقتل")


def test_recalled_attack_is_background() -> None:
    assert "background" in _cues("وأعاد الحادث إلى الأذهان هجمات شنتها الميليشيات على المدينة.", "هجمات")


def test_state_of_control_names_no_participant() -> None:
    assert "participant" not in _cues("وشن التنظيم هجمات على قرى تابعة لسيطرة القوات النظامية.", "هجمات")
    assert "participant" in _cues("وشن التنظيم هجمات على قرى تنتشر فيها القوات النظامية.", "هجمات")

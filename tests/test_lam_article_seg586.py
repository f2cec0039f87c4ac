"""«لل» + noun: a «لل» token is read as «ل» + «ال» + noun even where the noun is unknown or the whole token is
counted in the vocabulary (rasd.text.segmenter.Segmenter._lam_article; round seg586)."""

from __future__ import annotations

import pytest

from rasd import analyze
from rasd.text.segment import tokenize


def _words(word: str) -> list[tuple[str, str]]:
    tok = tokenize(word)[-1]
    assert tok.text == word
    return [(word[w.start - tok.start : w.end - tok.start], w.form) for w in tok.words]


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("للمتمردين", "المتمردين"),  # a regular plural
        ("للحوثيين", "الحوثيين"),  # a nisba plural
        ("للأكراد", "الأكراد"),
        ("للدرك", "الدرك"),
        ("للصحافيين", "الصحافيين"),
        ("للتنظيمات", "التنظيمات"),
        ("للحج", "الحج"),  # a short noun
        ("للعراق", "العراق"),  # already split before
    ],
)
def test_lam_article_split(word: str, noun: str) -> None:
    assert _words(word) == [("ل", "ل"), (word[1:], noun)]


def test_lam_initial_noun_keeps_its_lam() -> None:
    # «ل» + «اللجنة», «ل» + «اللاعبين»: the vocabulary knows «لجنة», so the form is not «الجنة»
    assert _words("للجنة") == [("ل", "ل"), ("لجنة", "لجنة")]
    assert _words("للاعبين") == [("ل", "ل"), ("لاعبين", "لاعبين")]


@pytest.mark.parametrize("word", ["لله", "ولله", "للي"])
def test_closed_words_stay_whole(word: str) -> None:
    assert _words(word) == [(word, word)]


def test_unrelated_lam_words_unchanged() -> None:
    assert _words("لبنان") == [("لبنان", "لبنان")]
    assert _words("لقاء") == [("لقاء", "لقاء")]
    assert [f for _, f in _words("وللمتمردين")] == ["و", "ل", "المتمردين"]
    assert [f for _, f in _words("فللأكراد")] == ["ف", "ل", "الأكراد"]
    assert _words("المتمردين") == [("المتمردين", "المتمردين")]


def test_rebels_after_lam_are_a_target() -> None:
    text = "شنت الطائرات التركية غارات جوية على قواعد للمتمردين في شمال العراق."
    doc = analyze(text, date="2015-08-01")
    groups = [e for e in doc.entities if e.name == "المتمردين"]
    assert len(groups) == 1 and groups[0].actor == "REB"
    assert [(v.code, v.target) for v in doc.events] == [("195", groups[0].id)]

"""The letter rules for name words no list has: a Western name in Western letters, an Arabic one with the short
vowels its clear patterns show (made-up names, none of them in the name table)."""

from __future__ import annotations

import pytest

from rasd.entities.gazetteer import NameWord, load
from rasd.entities.romanize import romanize, romanize_word
from rasd.text.normalize import norm_key


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load()


def _unlisted(gaz, *words: str) -> None:  # type: ignore[no-untyped-def]
    for w in words:
        assert norm_key(w) not in gaz.names, w


def test_western_surname_endings(gaz) -> None:  # type: ignore[no-untyped-def]
    _unlisted(gaz, "زوبراكوف", "كلاتوفسكي", "بيرمينكو")
    assert romanize_word("زوبراكوف", gaz, style="western").endswith("ov")
    assert romanize_word("كلاتوفسكي", gaz, style="western").endswith("ski")
    assert romanize_word("بيرمينكو", gaz, style="western").endswith("enko")
    # the ending alone marks the word foreign, without the entity's flag
    assert romanize_word("زوبراكوف", gaz).endswith("ov")


def test_western_letters(gaz) -> None:  # type: ignore[no-untyped-def]
    _unlisted(gaz, "غلوترمان", "فلاتشيك")
    w = romanize_word("غلوترمان", gaz, style="western")
    assert w.startswith("Gl") and "o" in w and "gh" not in w.lower()  # غ → g, و between consonants → o
    assert "ch" in romanize_word("فلاتشيك", gaz, style="western")  # تش → ch, not «tsh»
    # the same letters in an Arabic name keep the Arabic romanisation
    assert romanize_word("غلوترمان", gaz).lower().startswith("gh")


def test_western_initial_vowel_and_final_er(gaz) -> None:  # type: ignore[no-untyped-def]
    _unlisted(gaz, "أورمادوس", "كلوبنر")
    assert romanize_word("أورمادوس", gaz, style="western").startswith("Or")  # not «Awr»
    assert romanize_word("كلوبنر", gaz, style="western").endswith("ner")


def test_arabic_fa3il_pattern(gaz) -> None:  # type: ignore[no-untyped-def]
    _unlisted(gaz, "ناضب", "الصاغب")
    assert romanize_word("ناضب", gaz) == "Nadeb"
    assert romanize_word("الصاغب", gaz) == "al-Sagheb"


def test_arabic_word_never_opens_on_two_consonants(gaz) -> None:  # type: ignore[no-untyped-def]
    _unlisted(gaz, "بطراح", "الزغلوبي", "دواشمة")
    assert romanize_word("بطراح", gaz).startswith("Bat")
    assert romanize_word("الزغلوبي", gaz).startswith("al-Zagh")
    assert romanize_word("دواشمة", gaz).startswith("Daw")  # و before ا is the consonant


def test_arabic_reading_before_an_english_word(gaz) -> None:  # type: ignore[no-untyped-def]
    # a listed word whose Arabic-source reading differs: an Arabic name takes it, a Western one the list's form
    key = norm_key("زرنوخ")
    _unlisted(gaz, "زرنوخ")
    gaz.names[key] = NameWord("buddy", "nw", "zarnukh")
    try:
        assert romanize("سالم زرنوخ", gaz, "arabic").endswith("Zarnukh")
        assert romanize("سالم زرنوخ", gaz, "western").endswith("Buddy")
        assert romanize("سالم زرنوخ", gaz).endswith("Buddy")  # an unknown reading keeps the list's form
        gaz.names[key] = NameWord("buddy", "nw", "-")  # no Arabic reading: the letter rules
        assert romanize("سالم زرنوخ", gaz, "arabic").endswith("Zarnukh")
    finally:
        del gaz.names[key]


def test_every_short_word_and_every_listed_word_romanises_in_each_style() -> None:
    """No word crashes the letter rules (a two-letter word with a nisba tail once read past its end): every
    Arabic word of one to three letters from a set of edge letters, and every word of the shipped name table."""
    from itertools import product

    from rasd.entities.gazetteer import load
    from rasd.entities.romanize import romanize_word

    gaz = load()
    letters = "اأإآوييىةهءئؤبتمنلعغقكشسجح"
    words = ["".join(p) for n in (1, 2, 3) for p in product(letters, repeat=n)]
    words += ["ال" + w for w in words if len(w) <= 2]
    words += list(gaz.names)
    for style in ("", "arabic", "western"):
        for w in words:
            out = romanize_word(w, gaz, style)
            assert isinstance(out, str)

"""Normalisation for matching: each fold on its own, the switches, the aggressive key and proclitic readings."""

from __future__ import annotations

import pytest

from rasd.text.normalize import (
    ascii_digits,
    is_arabic_letter,
    norm_key,
    normalize,
    proclitic_readings,
    strip_diacritics,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُحَمَّدٌ", "محمد"),  # harakat, shadda, tanwin
        ("الْعِرَاقِ", "العراق"),  # sukun
        ("هٰذا", "هذا"),  # superscript alef
        ("عـــربـي", "عربي"),  # tatweel
        ("ﷺصلى", "ﷺصلى"),  # a ligature is no diacritic
    ],
)
def test_strip_diacritics(raw: str, expected: str) -> None:
    assert strip_diacritics(raw) == expected


def test_alef_variants() -> None:
    assert normalize("أحمد إبراهيم آل ٱلله") == "احمد ابراهيم ال الله"
    assert normalize("أحمد", alef=False) == "أحمد"


def test_alef_maqsura() -> None:
    assert normalize("مصطفى على") == "مصطفي علي"
    assert normalize("مصطفى", yaa=False) == "مصطفى"


def test_ta_marbuta_only_when_asked() -> None:
    assert normalize("سورية") == "سورية"
    assert normalize("سورية", ta_marbuta=True) == "سوريه"


def test_digits() -> None:
    assert ascii_digits("٢٠١٤ و۱۲۳ و42") == "2014 و123 و42"
    assert normalize("١٠ ۴۵۶") == "10 456"
    assert normalize("١٠", digits=False) == "١٠"


def test_punctuation() -> None:
    assert normalize("نعم، لا؛ لماذا؟ ٥٠٪ ٣٫٥ ١٬٠٠٠") == "نعم, لا; لماذا? 50% 3.5 1,000"
    assert normalize("نعم،", punct=False) == "نعم،"


def test_persian_letters() -> None:
    assert normalize("کردی ھولندا") == "كردي هولندا"


def test_lengths_are_kept_without_diacritics() -> None:
    # every fold but the removal of diacritics and tatweel is one character for one
    s = "أإآٱى ة ١٢ ،؛؟ کی"
    assert len(normalize(s, ta_marbuta=True)) == len(s)


def test_norm_key() -> None:
    assert norm_key("سُورِيَّة") == norm_key("سوريه") == "سوريه"
    assert norm_key("مسؤول") == norm_key("مسوول")
    assert norm_key("رئيس") == "رييس"
    assert norm_key("الأمم المتحدة") == "الامم المتحده"


def test_normalize_is_idempotent() -> None:
    s = "وَأَكَّدَ الرَّئِيسُ، في ٢٠١٤، أنَّ «المُصْطَفى» إلى سوريةَ"
    once = normalize(s, ta_marbuta=True)
    assert normalize(once, ta_marbuta=True) == once
    assert norm_key(norm_key(s)) == norm_key(s)


def test_is_arabic_letter() -> None:
    assert all(is_arabic_letter(c) for c in "ابتثءئؤةىیک")
    assert not any(is_arabic_letter(c) for c in "a1١،\u064e ـ")


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("وبالثلاثه", [(0, "وبالثلاثه", False), (1, "بالثلاثه", False), (2, "الثلاثه", False), (4, "ثلاثه", True)]),
        ("للثلاثه", [(0, "للثلاثه", False), (1, "لثلاثه", False), (2, "ثلاثه", True)]),
        ("والعشرين", [(0, "والعشرين", False), (1, "العشرين", False), (3, "عشرين", True)]),
        ("الف", [(0, "الف", False)]),  # no one-letter stem
        ("فكتب", [(0, "فكتب", False), (1, "كتب", False), (2, "تب", False)]),
    ],
)
def test_proclitic_readings(word: str, readings: list[tuple[int, str, bool]]) -> None:
    assert proclitic_readings(word) == readings


def test_proclitic_readings_switches() -> None:
    assert proclitic_readings("بالبيت", prep=False) == [(0, "بالبيت", False)]
    assert proclitic_readings("والبيت", article=False) == [(0, "والبيت", False), (1, "البيت", False)]

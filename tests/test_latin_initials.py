"""The ``latin`` of a person's initial spelled in Arabic with its full stop («كيه. شانموجام» K. Shanmugam), and a
listed Western given name read as itself («فالتر» Walter, not the name table's «Vautrin»)."""

from __future__ import annotations

import pytest

from rasd.entities.gazetteer import load
from rasd.entities.romanize import romanize


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load()


def test_initial_with_full_stop_is_its_latin_letter(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("كيه. شانموجام", gaz).startswith("K. ")
    assert romanize("جاكوب جيه. ليو", gaz, "western").split()[1] == "J."
    assert romanize("جوزيف إل. فوتيل", gaz, "western").split()[1] == "L."
    assert romanize("جون إن. ميتشيل", gaz, "western") == "John N. Mitchell"


def test_letter_name_without_full_stop_is_a_name_word(gaz) -> None:  # type: ignore[no-untyped-def]
    # «دي» of «دي ميستورا» and «بي» of a surname are name words, no initials: no full stop follows them
    assert not romanize("ستيفان دي ميستورا", gaz, "western").split()[1].endswith(".")
    assert romanize("إبراهيم إتش. بي", gaz).split()[-1] != "B."
    # a lone word with a full stop (no name after it) is not read as an initial either
    assert romanize("كيه.", gaz) != "K."


def test_walter_is_walter(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("فرانك فالتر شتاينماير", gaz, "western") == "Frank Walter Steinmeier"
    assert romanize("والتر", gaz, "western") == "Walter"


def test_tsh_opens_a_name_on_ch(gaz) -> None:  # type: ignore[no-untyped-def]
    # «تش» is one sound, Ch: the name table keeps Wikidata's Ch- forms (before: «تشارلز» Tarzan, «تشونغ» none)
    assert romanize("تشارلز", gaz, "western") == "Charles"
    assert romanize("تشونغ مونغ جون", gaz).startswith("Chung ")


def test_name_initial_ok_is_for_names_only() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import build_gazetteer as B

    assert B.name_initial_ok("تشارلز", "charles") and B.name_initial_ok("تشونغ", "chung")
    assert not B.name_initial_ok("تونر", "charles")  # a «ت» alone is T
    assert not B.latin_initial_ok("تشيكو", "chico")  # towns keep the stricter check (places.tsv unchanged)

"""The shipped JSON data files: no key given twice in one object. ``json.load`` keeps the last of two equal keys
silently, so a word list added under a name that already exists would replace the old list for every reader
(it happened once, when two rounds merged ``partitive_heads``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data"
JSON_FILES = sorted(p for p in DATA.rglob("*.json"))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"keys given twice: {twice}")
    return dict(pairs)


def test_there_are_json_data_files() -> None:
    assert any(p.name == "function_words.json" for p in JSON_FILES)


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_is_given_twice(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)


def test_the_check_finds_a_key_given_twice() -> None:
    with pytest.raises(ValueError, match="partitive_heads"):
        json.loads('{"partitive_heads": ["أحد"], "x": [], "partitive_heads": ["عدد"]}', object_pairs_hook=_no_duplicates)


def _latin_notes(lines: list[str]) -> list[str]:
    """Rows of an organisation table whose Latin name (column 5, shown to users as ``latin``) carries a curator's
    note (a colon, «guess», a question mark) instead of a name with at most a short gloss."""
    out = []
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(cols) < 5:
            continue
        if ":" in cols[4] or "guess" in cols[4].lower() or "?" in cols[4]:
            out.append(cols[0])
    return out


def test_organisation_latin_names_hold_no_curators_notes() -> None:
    gaz = Path(__file__).resolve().parents[1] / "src" / "rasd" / "data" / "gazetteer"
    for name in ("orgs.tsv", "orgs_extra.tsv"):
        assert _latin_notes((gaz / name).read_text(encoding="utf-8").splitlines()) == [], name
    # the check finds a note where one is
    assert _latin_notes(["X\tORGANIZATION\tف\tف\tRoyal Court (no country guessed)\t\t\tgov"]) == ["X"]
    assert _latin_notes(["X\tORGANIZATION\tف\tف\tRoyal Court (Saudi Arabia)\tSAU\tSAUGOV\tgov"]) == []

"""The fast output paths write exactly what the plain ones did (expected values from the plain code)."""

from __future__ import annotations

import json

import pytest

import rasd
from rasd.text.clean import clean


def test_to_json_is_json_dumps_of_to_dict(seed_doc) -> None:  # type: ignore[no-untyped-def]
    assert seed_doc.to_json() == json.dumps(seed_doc.to_dict(), ensure_ascii=False)
    assert seed_doc.to_json(tokens=False) == json.dumps(seed_doc.to_dict(tokens=False), ensure_ascii=False)
    assert "tokens" not in seed_doc.to_dict(tokens=False) and seed_doc.to_dict()["tokens"]


@pytest.mark.parametrize("text", ['قال "x\\y" \u2028 😀 \x7f', "AT&T 3.5 ١٥٠ «داعش» لـداعش", "a\tb\n\nc"])
def test_to_json_on_odd_text(text: str) -> None:
    doc = rasd.analyze(text, date="2015-08-01")
    assert doc.to_json() == json.dumps(doc.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize(
    "raw, text, offsets",
    [
        ("  a   b  \r\n\r\n\u200bc\xa0\xa0d \x85e", "a b\n\nc d\ne", [2, 3, 6, 14, 14, 14, 15, 17, 20, 20]),
        ("x &nbsp; AT&T\r\r\ny\u2028 z  ", "x AT&T\n\ny\nz", [0, 1, 9, 10, 11, 12, 16, 16, 16, 19, 19]),
    ],
)
def test_clean_lines_and_spaces(raw: str, text: str, offsets: list[int]) -> None:
    assert clean(raw) == (text, offsets)

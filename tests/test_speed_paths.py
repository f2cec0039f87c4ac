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


_BATCH_SCRIPT = r"""
import gc, sys
import rasd

was = sys.argv[1] == "enabled"
if not was:
    gc.disable()
before = gc.get_freeze_count()
rasd.batch_mode()
assert gc.isenabled() == was, "batch_mode must leave the collector as it found it"
assert gc.get_threshold() == rasd.BATCH_GC_THRESHOLDS
loaded = gc.get_freeze_count()
assert loaded > before + 50_000, (before, loaded)  # the models and lexicons are out of the collector's sight
doc = rasd.analyze("وقال الوزير إن بلاده ستشارك في الاجتماع المقبل في عمان.", date="2015-08-10")
del doc
rasd.batch_article_done()
assert gc.get_count()[0] == 0
assert gc.get_freeze_count() > loaded  # what the article left in the caches is frozen too
print("ok")
"""


@pytest.mark.parametrize("state", ["enabled", "disabled"])
def test_batch_mode_collector_settings(state: str) -> None:
    """batch_mode loads with the collector off, restores it, freezes the models; each article's cache growth is
    frozen after it (a fresh process: these settings are process-wide)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _BATCH_SCRIPT, state], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]

"""``rasd eval events --half``: only the chosen half of the OEDA gold is run and reported (tuning on A, B held out)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner


def _gold(tmp_path: Path) -> None:
    """Rows 0, 2 (half A) and 1, 3 (half B) of each file; the span sentence of each file is row 1 (half B)."""
    protest = [("yes", "تظاهر آلاف الطلاب أمام البرلمان في عمان أمس."),
               ("yes", "تظاهر مئات العمال أمام وزارة العمل في القاهرة أمس."),
               ("easy no", "ناقش البرلمان الميزانية."),
               ("easy no", "زار الوزير باريس.")]
    assault = [("yes", "قتل مسلحون خمسة جنود في هجوم أمس."),
               ("yes", "قتل مسلحون ثلاثة شرطيين في هجوم أمس."),
               ("easy no", "زار الوزير باريس."),
               ("easy no", "ناقش البرلمان الميزانية.")]
    for stem, texts in (("protest", protest), ("assault", assault)):
        with (tmp_path / f"{stem}_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["", "accept", "event_type", "id", "label", "reject", "text", "total"])
            for k, (lab, text) in enumerate(texts):
                w.writerow([k, 0, stem.upper(), f"s{k}", lab, 0, text, 3])
        source = ["مسلحون"] if stem == "assault" else ["العمال"]
        spans = [{"_id": "x", "text": texts[1][1],
                  "spans": [{"source_actor": source, "verb": [], "target_actor": []}]}]
        (tmp_path / f"{stem}_spans.json").write_text(json.dumps(spans, ensure_ascii=False), encoding="utf-8")


def test_half_a_runs_only_the_even_rows(tmp_path: Path) -> None:
    from rasd.eval.events import evaluate

    _gold(tmp_path)
    res = evaluate(tmp_path, half="A")
    assert list(res["PROTEST"]["detection"]) == ["A"]
    p = res["PROTEST"]["detection"]["A"]
    assert (p["tp"], p["fp"], p["fn"], p["tn"]) == (1, 0, 0, 1)
    # the span sentence is row 1 (half B): half A runs no span record
    assert res["ASSAULT"]["source_agreement"]["gold"] == 0
    assert list(res["ASSAULT"]["source_agreement_by_half"]) == ["A"]
    assert list(res["macro_f1"]) == ["A"] and res["half"] == "A"
    assert res["sentences"] == 4  # two rows of each file, no span record


def test_half_b_runs_the_odd_rows_and_their_spans_but_lists_no_errors(tmp_path: Path) -> None:
    from rasd.eval.events import evaluate

    _gold(tmp_path)
    res = evaluate(tmp_path, half="B")
    assert list(res["ASSAULT"]["detection"]) == ["B"]
    assert res["ASSAULT"]["source_agreement_by_half"]["B"]["gold"] == 1
    assert res["sentences"] == 6  # two rows and one span record of each file
    with pytest.raises(ValueError):
        evaluate(tmp_path, errors=3, half="B")


def test_default_reports_both_halves_and_the_pool(tmp_path: Path) -> None:
    from rasd.eval.events import evaluate

    _gold(tmp_path)
    res = evaluate(tmp_path)
    assert list(res["PROTEST"]["detection"]) == ["A", "B", "all"]
    assert res["PROTEST"]["detection"]["all"]["tp"] == 2 and "half" not in res
    pooled = evaluate(tmp_path, half="all")
    assert list(pooled["PROTEST"]["detection"]) == ["all"]
    assert pooled["PROTEST"]["detection"]["all"] == res["PROTEST"]["detection"]["all"]


def test_cli_half_option(tmp_path: Path) -> None:
    from rasd.eval.events import command

    _gold(tmp_path)
    out = CliRunner().invoke(command, ["--data", str(tmp_path), "--half", "A"])
    assert out.exit_code == 0, out.output
    assert "PROTEST  A" in out.output and "PROTEST  B" not in out.output and "macro-F1  A=" in out.output
    bad = CliRunner().invoke(command, ["--data", str(tmp_path), "--half", "B", "--errors", "2"])
    assert bad.exit_code != 0 and "held out" in bad.output


def test_default_data_dir_is_found_from_a_worktree() -> None:
    from rasd.eval.events import DEFAULT_DIR

    shared = Path(__file__).resolve().parents[1]
    if not any((b / "shared" / "data" / "arabic_event_gsr").is_dir() for b in shared.parents):
        pytest.skip("no shared/data/arabic_event_gsr above this checkout")
    assert (DEFAULT_DIR / "protest_gsr.csv").exists()

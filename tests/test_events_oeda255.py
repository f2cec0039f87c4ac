"""Round oe255: ``scripts/train_report_model.py --types`` retrains only the named PLOVER types of the report
filter and keeps the other types' weights from the model file (so a type can be retrained with its own nested
check, without moving the verdicts of the other). The training itself is replaced by a stub here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _script() -> ModuleType:
    pytest.importorskip("sklearn", reason="scripts/train_report_model.py needs the build extra (scikit-learn)")
    spec = importlib.util.spec_from_file_location(
        "train_report_model_oe255", Path(__file__).resolve().parents[1] / "scripts" / "train_report_model.py")
    assert spec is not None and spec.loader is not None
    trm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trm)
    return trm


def _run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *extra: str) -> dict[str, object]:
    trm = _script()
    out = tmp_path / "model.json"
    out.write_text(json.dumps({"source": "old", "types": {"PROTEST": {"bias": 1.0}, "ASSAULT": {"bias": 2.0}}}),
                   encoding="utf-8")
    trained: list[str] = []

    def fake_train(data: Path, plover: str, stem: str, with_nested: bool = True) -> dict[str, object]:
        trained.append(plover)
        return {"bias": -9.0}

    monkeypatch.setattr(trm, "train", fake_train)
    monkeypatch.setattr(sys, "argv", ["train_report_model.py", "--out", str(out), "--no-nested", *extra])
    trm.main()
    got: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))["types"]
    got["_trained"] = trained
    return got


def test_types_keeps_the_other_type(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    got = _run(monkeypatch, tmp_path, "--types", "PROTEST")
    assert got["_trained"] == ["PROTEST"]
    assert got["PROTEST"] == {"bias": -9.0} and got["ASSAULT"] == {"bias": 2.0}


def test_without_types_both_are_retrained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    got = _run(monkeypatch, tmp_path)
    assert got["_trained"] == ["PROTEST", "ASSAULT"]
    assert got["PROTEST"] == {"bias": -9.0} and got["ASSAULT"] == {"bias": -9.0}

"""Choosing the statistical NER tagger: RASD_NER, ``rasd analyze --ner``, ``rasd eval ner --tagger``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.entities import taggers
from rasd.entities.crf import Tagger
from rasd.entities.neural import NeuralTagger

ROOT = Path(__file__).resolve().parents[1]


def test_choice_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(taggers.ENV, raising=False)
    assert taggers.chosen() == taggers.DEFAULT
    monkeypatch.setenv(taggers.ENV, "Neural")
    assert taggers.chosen() == "neural"
    assert isinstance(taggers.load_tagger(), NeuralTagger)
    assert isinstance(taggers.load_tagger("crf"), Tagger)
    monkeypatch.setenv(taggers.ENV, "bert")
    with pytest.raises(ValueError, match="crf, neural"):
        taggers.chosen()


def _rasd(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    e = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "rasd.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env=e, timeout=300)


def test_analyze_with_either_tagger_keeps_the_seed_people(tmp_path: Path) -> None:
    seed = ROOT / "examples" / "000_545e91c68c60f2ba.txt"
    people = {}
    for kind in taggers.KINDS:
        r = _rasd("analyze", str(seed), "--date", "2014-10-09", "--ner", kind)
        assert r.returncode == 0, r.stderr
        out = json.loads(r.stdout)
        people[kind] = {e["latin"] for e in out["entities"] if e["type"] == "PERSON"}
    for kind, names in people.items():
        assert {"John Allen", "Brett McGurk", "John Kerry", "Laurent Fabius", "Barack Obama"} <= names, kind


def test_a_bad_tagger_name_is_one_error_line() -> None:
    r = _rasd("analyze", str(ROOT / "examples" / "000_545e91c68c60f2ba.txt"), env={taggers.ENV: "bert"})
    assert r.returncode != 0 and "Traceback" not in r.stderr and "crf, neural" in r.stderr

"""Round 221: the report filter's training keeps a word stem only when enough training sentences have it
(scripts/train_report_model.py STEM_MIN_COUNT), other features at MIN_COUNT; hand-made sentences check the shipped
PROTEST filter on a concrete march and on talk about the right to protest."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from rasd.pipeline import Pipeline


def _script() -> ModuleType:
    # the training script needs the ``build`` extra (scikit-learn, SciPy), not installed by the README's test command
    pytest.importorskip("sklearn", reason="scripts/train_report_model.py needs the build extra (scikit-learn)")
    spec = importlib.util.spec_from_file_location(
        "train_report_model", Path(__file__).resolve().parents[1] / "scripts" / "train_report_model.py")
    assert spec is not None and spec.loader is not None
    trm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trm)
    return trm


def _data(trm: ModuleType) -> object:
    sp = pytest.importorskip("scipy.sparse", reason="needs the build extra (SciPy)")
    # 4 instances; columns: a cue seen twice, a stem seen twice, a stem seen 4 times, a cue seen once
    x = sp.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 1, 0], [0, 0, 1, 1], [0, 0, 1, 0]], dtype=float))
    names = ["cue=time", "w=شعار", "w=متظاهر", "cue=place"]
    return trm.Data(x, names, np.ones(4), np.arange(4), np.ones(4, dtype=int), np.arange(4))


def test_stem_min_count_applies_to_stems_only() -> None:
    trm = _script()
    d = _data(trm)
    trm.MIN_COUNT, trm.STEM_MIN_COUNT = 2, 3
    assert list(trm.keep_columns(d, np.arange(4))) == [0, 2]  # the twice-seen stem goes, the twice-seen cue stays


def test_stem_min_count_equal_keeps_all_seen_twice() -> None:
    trm = _script()
    d = _data(trm)
    trm.MIN_COUNT, trm.STEM_MIN_COUNT = 2, 2
    assert list(trm.keep_columns(d, np.arange(4))) == [0, 1, 2]  # the once-seen cue never counts


def test_concrete_march_is_a_report(pipe: Pipeline) -> None:
    doc = pipe("وتظاهر مئات العمال صباح أمس أمام مبنى البرلمان في الرباط مطالبين برفع الأجور.", date="2015-03-02")
    evs = [e for e in doc.events if e.plover == "PROTEST"]
    assert evs and all(e.attrs["specific"] for e in evs)


def test_right_to_protest_is_no_report(pipe: Pipeline) -> None:
    doc = pipe("وقال الوزير إن من حق المواطنين التظاهر السلمي للتعبير عن مطالبهم.", date="2015-03-02")
    assert not [e for e in doc.events if e.plover == "PROTEST" and e.attrs.get("specific")]


@pytest.mark.parametrize("trm_attr", ["MIN_COUNT", "STEM_MIN_COUNT"])
def test_counts_are_at_least_two(trm_attr: str) -> None:
    assert getattr(_script(), trm_attr) >= 2

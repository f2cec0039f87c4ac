"""Cross-validate the PROTEST / ASSAULT report filter (rasd.events.report_model) inside half A of OEDA.

An estimate of how the trained filter generalises, for choosing its settings without half B: half A's rows
(even rows) are split into FOLDS folds (stratified, rows of the same text together) REPEATS times; each fold's
instances get probabilities from a model fit on the other folds (out-of-fold), at each C of a grid and for each
feature setting tried (minimum count of a word stem, stems or none). The threshold is cross-validated too: for
each fold, the threshold (and C) best on the out-of-fold probabilities of the OTHER folds' rows is applied to
that fold, so the figure does not flatter a choice made on the rows it scores. Printed per type and setting: the
out-of-fold row F1 at the shipped C and threshold, and the F1 with C and threshold chosen outside the fold; the
macro figure is the mean of the two types.

Round oe602 (5 folds x 5 shuffles; row F1 with C and threshold chosen outside the fold, PROTEST / ASSAULT / macro):
stems seen >= 2 times (shipped) 0.598 / 0.679 / 0.639; >= 5 0.591 / 0.687 / 0.639; >= 10 0.621 / 0.691 / 0.656;
>= 15 0.615 / 0.688 / 0.652; >= 20 0.607 / 0.697 / 0.652; >= 30 0.608 / 0.690 / 0.649; no stems 0.597 / 0.661 /
0.629 (at the shipped C / threshold, which half A itself chose: 0.621 / 0.701 / 0.661). A refit with stems >= 10
(train_report_model.py: C 0.1, threshold 0.65 for both types; its own CV 0.636 / 0.703, was 0.623 / 0.697; 159 and
589 weights, were 1214 and 3427) turned 39 verdicts of the 347 real articles, about as many worse as better (strikes
told yesterday «سبع ضربات نفذت قرب الحسكة» and protests «استمرت أمس المظاهرات» lost; «دخل الموظفون في إضراب
عن العمل احتجاجا» and clashes «مواجهات عنيفة دارت» won): not shipped. The CV gain (+0.017 macro) is within
about two shuffle-to-shuffle spreads; a stronger sign (a larger gold, or a real-news draw that agrees) is wanted.

Usage: python scripts/cv_report_filter.py [--data DIR] [--cache FILE.pkl] [--repeats 2]
Needs the ``build`` extra (scikit-learn); reuses scripts/train_report_model.py.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_report_model as trm  # noqa: E402

# feature settings: (name, minimum count of a word stem in the training part, keep word stems at all)
SETTINGS = (("stems>=2", 2, True), ("stems>=5", 5, True), ("stems>=10", 10, True), ("stems>=15", 15, True),
            ("stems>=20", 20, True), ("stems>=30", 30, True), ("no stems", 2, False))
CS = (0.01, 0.03, 0.1, 0.3, 1.0)


def oof(d: trm.Data, stem_min: int, stems: bool, repeats: int) -> list[tuple[np.ndarray, list[np.ndarray]]]:
    """Per shuffle: out-of-fold probabilities (one row per C of CS) and the row folds."""
    rows = np.arange(len(d.row_gold))
    is_stem = np.array([n.startswith("w=") for n in d.names], dtype=bool)
    out = []
    for seed in range(repeats):
        prob = np.zeros((len(CS), d.x.shape[0]))
        folds = []
        for tr_rows, te_rows in trm.row_folds(d, rows, seed):
            tr, te = trm.of_rows(d, tr_rows), trm.of_rows(d, te_rows)
            seen = np.asarray((d.x[tr] != 0).sum(axis=0)).ravel()
            keep = np.where(is_stem, (seen >= stem_min) & stems, seen >= trm.MIN_COUNT)
            cols = np.flatnonzero(keep)
            xtr, xte = d.x[tr][:, cols], d.x[te][:, cols]
            for i, c in enumerate(CS):
                prob[i, te] = trm.fit(xtr, d.share[tr], c).predict_proba(xte)[:, 1]
            folds.append(te_rows)
        out.append((prob, folds))
    return out


def counts(prob: np.ndarray, d: trm.Data, rows: np.ndarray, th: float) -> np.ndarray:
    """(tp, fp, fn) over the rows ``rows`` of instance probabilities ``prob`` at threshold ``th``."""
    pred = np.zeros(len(d.row_gold), dtype=bool)
    pred[d.inst_row[prob >= th]] = True
    g = d.row_gold[rows] == 1
    p = pred[rows]
    return np.array([(p & g).sum(), (p & ~g).sum(), (~p & g).sum()])


def f1(c: np.ndarray) -> float:
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def evaluate(d: trm.Data, runs: list[tuple[np.ndarray, list[np.ndarray]]], c0: float, th0: float
             ) -> tuple[float, float, list[tuple[float, float]]]:
    """(F1 at the shipped C / threshold, F1 with C / threshold chosen on the other folds, the choices)."""
    fixed, chosen, picks = [], [], []
    for prob, folds in runs:
        i0 = CS.index(c0) if c0 in CS else int(np.argmin([abs(np.log(c / c0)) for c in CS]))
        fixed.append(f1(counts(prob[i0], d, np.arange(len(d.row_gold)), th0)))
        tot = np.zeros(3)
        for k, te_rows in enumerate(folds):
            other = np.concatenate([f for j, f in enumerate(folds) if j != k])
            best = (-1.0, 0, 0.0)
            for i in range(len(CS)):
                sc = [f1(counts(prob[i], d, other, th)) for th in trm.THRESHOLDS]
                for j, th in enumerate(trm.THRESHOLDS):
                    smooth = float(np.mean(sc[max(0, j - 1) : j + 2]))
                    if smooth > best[0] + 1e-9:
                        best = (smooth, i, th)
            picks.append((CS[best[1]], best[2]))
            tot += counts(prob[best[1]], d, te_rows, best[2])
        chosen.append(f1(tot))
    return float(np.mean(fixed)), float(np.mean(chosen)), picks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=trm.ROOT.parent / "shared" / "data" / "arabic_event_gsr")
    ap.add_argument("--cache", type=Path, default=None, help="pickle of half A's instances (built when missing)")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--types", nargs="+", default=[p for p, _ in trm.TASKS])
    args = ap.parse_args()
    shipped = json.loads((trm.ROOT / "src" / "rasd" / "data" / "events" / "report_model.json").read_text())["types"]
    data: dict[str, trm.Data] = {}
    if args.cache is not None and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    for plover, stem in trm.TASKS:
        if plover in args.types and plover not in data:
            data[plover] = trm.instances(args.data, plover, stem, trm.WINDOWS.get(plover))
            if args.cache is not None:
                args.cache.write_bytes(pickle.dumps(data))
    for name, stem_min, stems in SETTINGS:
        line = []
        for plover in args.types:
            d = data[plover]
            fx, ch, picks = evaluate(d, oof(d, stem_min, stems, args.repeats), shipped[plover]["C"],
                                     shipped[plover]["threshold"])
            common = max(set(picks), key=picks.count)
            line.append(f"{plover} shipped C/th {fx:.3f} chosen {ch:.3f} (mostly C={common[0]} th={common[1]})")
        print(f"{name}: " + "; ".join(line), flush=True)


if __name__ == "__main__":
    main()

"""Rebuild src/rasd/data/events/report_model.json: the PROTEST / ASSAULT report filter (rasd.events.report_model).

Trained ONLY on half A (even rows) of the OEDA Arabic event gold standard (../shared/data/arabic_event_gsr, MIT);
half B (odd rows) stays held out for ``rasd eval events``. Gold ``yes`` is positive, ``easy no`` and ``difficult
no`` negative, ``ambiguous`` left out. One instance per (row, sentence with an event of the type), labelled with
its row. The regularisation C and the decision threshold are chosen by 5-fold cross-validation inside half A
(row-level F1, as the evaluation scores it). L2 logistic regression (scikit-learn, lbfgs): deterministic.

Usage: python scripts/train_report_model.py [--data ../shared/data/arabic_event_gsr] [--out FILE]
Needs the ``build`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from rasd.events import report_model
from rasd.events.modality import FACTUAL
from rasd.events.stage import extract_events
from rasd.pipeline import DEFAULT_STAGES, Pipeline

ROOT = Path(__file__).resolve().parents[1]
LABELS = {"yes": 1, "easy no": 0, "difficult no": 0}
TASKS = (("PROTEST", "protest"), ("ASSAULT", "assault"))
CS = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = [round(x, 2) for x in np.arange(0.2, 0.91, 0.05)]
MIN_COUNT = 2


def instances(data: Path, plover: str, stem: str) -> tuple[list[dict[str, float]], list[int], list[int], list[int]]:
    """Features, labels and row index of each instance of half A; also the gold label of each row of half A."""
    pipe = Pipeline([n for n in DEFAULT_STAGES if n != "events"])
    rows = list(csv.DictReader((data / f"{stem}_gsr.csv").open(encoding="utf-8")))
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    row_of: list[int] = []
    row_gold: list[int] = []
    for k, row in enumerate(rows):
        gold = LABELS.get(row["label"])
        if gold is None or k % 2:
            continue
        doc = pipe(row["text"], id=row["id"])
        events = extract_events(doc)
        report_model.apply(doc, events, model={})  # rule verdicts only
        for (start, end), evs in report_model.by_sentence(events).items():
            factual = [e for e in evs if e.plover == plover and e.modality in FACTUAL]
            if factual:
                sent = next(s for s in doc.sentences if s.start == start and s.end == end)
                feats.append(report_model.sentence_features(doc, sent, plover, evs))
                labels.append(gold)
                row_of.append(len(row_gold))
        row_gold.append(gold)
    return feats, labels, row_of, row_gold


def row_f1(prob: np.ndarray, row_of: list[int], row_gold: np.ndarray, th: float) -> float:
    pred = np.zeros(len(row_gold), dtype=bool)
    for p, r in zip(prob, row_of, strict=True):
        pred[r] |= p >= th
    tp = int((pred & (row_gold == 1)).sum())
    fp = int((pred & (row_gold == 0)).sum())
    fn = int((~pred & (row_gold == 1)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train(data: Path, plover: str, stem: str) -> dict[str, object]:
    feats, labels, row_of, golds = instances(data, plover, stem)
    counts: dict[str, int] = {}
    for f in feats:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    kept = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in feats]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(kept)
    y = np.array(labels)
    row_gold = np.array(golds)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    best = (-1.0, CS[0], THRESHOLDS[0])
    for c in CS:
        prob = np.zeros(len(y))
        for tr, te in folds.split(x, y):
            clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[tr], y[tr])
            prob[te] = clf.predict_proba(x[te])[:, 1]
        for th in THRESHOLDS:
            f = row_f1(prob, row_of, row_gold, th)
            if f > best[0] + 1e-9:
                best = (f, c, th)
    f1, c, th = best
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    print(f"{plover}: {len(y)} instances ({int(y.sum())} positive) from {len(golds)} rows; {len(weights)} weights; "
          f"C={c} threshold={th} cross-validated row F1 on half A={f1:.3f}")
    return {"bias": round(float(clf.intercept_[0]), 5), "threshold": th, "C": c, "cv_f1_half_a": round(f1, 4),
            "instances": len(y), "weights": weights}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "arabic_event_gsr")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "rasd" / "data" / "events" / report_model.MODEL_FILE)
    args = ap.parse_args()
    out = {
        "source": "OEDA arabic_event_gsr (MIT), half A (even rows) only; rebuilt by scripts/train_report_model.py",
        "types": {plover: train(args.data, plover, stem) for plover, stem in TASKS},
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

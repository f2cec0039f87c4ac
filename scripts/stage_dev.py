"""The entities stage against its statistical tagger on the ANERcorp dev tenth (the last 10% of the training file).

The models must be trained on the other 90% only: ``scripts/tune_ensemble.sh SHARED WORK`` leaves such a pair in
``WORK/m90`` (the CRF, and the network in ``WORK/m90/neural``). Prints span P/R/F1 per type for the ensemble
tagger alone and for the stage (rules + that tagger, mentions projected onto the corpus tokens as
``rasd.entities.evaluate`` does), and writes every span on which they differ to ``--diff``:

    ADD OK|BAD   a span the stage has and the tagger not (OK: it is gold)
    DROP LOSS|GAIN   a tagger span the stage lost (LOSS: it was gold)

This is the tuning set for the stage's rules; the test files are scored by ``rasd.entities.evaluate``.

Usage: python scripts/stage_dev.py WORK/m90 [--train FILE] [--diff FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rasd.entities.crf import Tagger, spans
from rasd.entities.ensemble import EnsembleTagger
from rasd.entities.evaluate import chunk_labels
from rasd.entities.neural import NeuralTagger
from rasd.eval.ner import Score, Sentence, format_table, read_conll
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 20  # sentences per pseudo-document, as the trainers score dev


def stage_labels(sents: Sequence[Sentence], tagger: EnsembleTagger) -> tuple[list[list[str]], list[list[str]]]:
    """BIO labels of the tagger alone and of the stage (``rasd.entities.evaluate.chunk_labels``), per sentence."""
    pipe = Pipeline(["tokens", "sentences"])
    tagged: list[list[str]] = []
    staged: list[list[str]] = []
    for i in range(0, len(sents), WINDOW):
        chunk = sents[i : i + WINDOW]
        tagged += tagger.tag_doc([toks for toks, _ in chunk])
        pred = chunk_labels(chunk, pipe, model=tagger)
        if pred is None:
            raise SystemExit("the cleaner changed a dev text: offsets no longer line up")
        staged += pred
    return tagged, staged


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("models", type=Path, help="CRF model directory trained on 90%%, with the network in neural/")
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared/data/anercorp/ANERCorp_derived_train.txt")
    ap.add_argument("--diff", type=Path, default=Path("stage_dev_diff.txt"))
    args = ap.parse_args()
    sents = read_conll(args.train)
    dev = sents[len(sents) - int(round(len(sents) * 0.1)) :]
    tagger = EnsembleTagger(Tagger.load(args.models), NeuralTagger.load(args.models / "neural"))
    tagged, staged = stage_labels(dev, tagger)
    for name, pred in (("tagger alone (ensemble)", tagged), ("entities stage", staged)):
        score = Score()
        score.add([labels for _, labels in dev], pred)
        print(name)
        print(format_table(score.table()))
    counts: Counter[str] = Counter()
    with args.diff.open("w", encoding="utf-8") as out:
        for (toks, gold), tp, sp in zip(dev, tagged, staged):
            g, t, s = ({x for x in spans(labs) if x[2] != "MISC"} for labs in (gold, tp, sp))
            for a, b, typ in sorted(s - t):
                mark = "OK " if (a, b, typ) in g else "BAD"
                counts[f"ADD {mark.strip()} {typ}"] += 1
                out.write(f"ADD {mark} {typ} {' '.join(toks[a:b])} || {' '.join(toks[max(0, a - 5) : b + 4])}\n")
            for a, b, typ in sorted(t - s):
                mark = "LOSS" if (a, b, typ) in g else "GAIN"
                counts[f"DROP {mark} {typ}"] += 1
                alt = [" ".join(toks[x:y]) + "/" + ty for x, y, ty in sorted(s) if x < b and a < y]
                out.write(f"DROP {mark} {typ} {' '.join(toks[a:b])} -> {alt} || {' '.join(toks[max(0, a - 5) : b + 4])}\n")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())), f"(listed in {args.diff})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

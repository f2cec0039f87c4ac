#!/usr/bin/env bash
# Re-derive the ensemble's neural weight (rasd.entities.ensemble.NEURAL_WEIGHT) on ANERcorp dev: the last 10% of
# the training file. Both models are trained on the other 90% (--no-refit), with the shipped parameters, then the
# ensemble is scored on the dev tenth for several weights. Never uses a test file.
# Needs the `train` extra for the neural model (torch, onnx); about 10 minutes on one core.
# Usage: scripts/tune_ensemble.sh [SHARED_DATA_DIR] [WORK_DIR]
# WORK_DIR/m90 then holds both models trained on 90%: scripts/stage_dev.py WORK_DIR/m90 scores the entities stage
# against them on the dev tenth (the tuning set for the stage rules).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${1:-$ROOT/../shared/data}"
WORK="${2:-$(mktemp -d)}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
TRAIN="$SHARED/anercorp/ANERCorp_derived_train.txt"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
"$PY" -m rasd.cli train ner --train "$TRAIN" --out "$WORK/m90" --no-refit \
  --dev-fraction 0.1 --c1 0.05 --c2 0.05 --iterations 150 --dropout 0 --no-doc-features --doc-window 20
"$PY" -c 'import sys; from rasd.entities.neural_train import command; command(sys.argv[1:])' \
  --train "$TRAIN" --out "$WORK/m90/neural" --dev-fraction 0.1 --epochs 22 --seed 7 --no-refit
"$PY" - "$TRAIN" "$WORK/m90" <<'EOF'
import sys
from pathlib import Path

from rasd.entities.crf import Tagger
from rasd.entities.ensemble import EnsembleTagger
from rasd.entities.neural import NeuralTagger
from rasd.eval.ner import evaluate, read_conll

train, models = Path(sys.argv[1]), Path(sys.argv[2])
sents = read_conll(train)
dev = models / "dev.txt"  # the last 10% of sentences, as both trainers hold them out
with dev.open("w", encoding="utf-8") as f:
    for toks, labels in sents[len(sents) - int(round(len(sents) * 0.1)):]:
        f.writelines(f"{t} {lab}\n" for t, lab in zip(toks, labels))
        f.write("\n")
crf, net = Tagger.load(models), NeuralTagger.load(models / "neural")
print("neural alone:", evaluate(net, [dev])[0]["micro"]["f1"])
for w in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
    print(f"neural weight {w}:", evaluate(EnsembleTagger(crf, net, w), [dev])[0]["micro"]["f1"])
EOF

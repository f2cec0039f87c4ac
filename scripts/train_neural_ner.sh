#!/usr/bin/env bash
# Rebuild the shipped neural NER model (src/rasd/data/ner/neural/) from ../shared/data (ANERcorp train).
# Needs torch (the `train` extra: pip install torch==2.13.0 onnx). Deterministic; about 12 minutes on one core.
# Uses the word lists of src/rasd/data/ner/ (rebuild them first with scripts/train_ner.sh if they changed).
# Usage: scripts/train_neural_ner.sh [SHARED_DATA_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${1:-$ROOT/../shared/data}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/src/rasd/data/ner/neural"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
"$PY" -c 'import sys; from rasd.entities.neural_train import command; command(sys.argv[1:])' \
  --train "$SHARED/anercorp/ANERCorp_derived_train.txt" --out "$OUT" --dev-fraction 0.1 --epochs 22 --seed 7

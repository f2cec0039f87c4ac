#!/usr/bin/env bash
# Rebuild the shipped NER model (src/rasd/data/ner/) from ../shared/data: word lists, the word frequency table
# (from the wordfreq package, the `build` extra; the shipped table is kept where it is not installed), then the CRF.
# Deterministic (fixed parameters, L-BFGS, fixed-seed dropout); a few minutes on one core.
# Usage: scripts/train_ner.sh [SHARED_DATA_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${1:-$ROOT/../shared/data}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="$ROOT/src/rasd/data/ner"
"$PY" "$ROOT/scripts/build_ner_lists.py" --shared "$SHARED" --out "$OUT"
if "$PY" -c 'import wordfreq' 2>/dev/null; then
  "$PY" "$ROOT/scripts/build_word_freq.py" --out "$OUT/wordfreq.tsv"
else
  echo "wordfreq not installed: keeping $OUT/wordfreq.tsv" >&2
fi
"$PY" -m rasd.cli train ner --train "$SHARED/anercorp/ANERCorp_derived_train.txt" --out "$OUT" \
  --dev-fraction 0.1 --c1 0.05 --c2 0.05 --iterations 150 --dropout 0 --no-doc-features --doc-window 20

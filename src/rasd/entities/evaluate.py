"""Score the ``entities`` stage's name mentions on a CoNLL NER file (ANERcorp test), span-exact, per type.

The stage's mentions are projected back onto the corpus tokens (a token takes the type of the mention it
overlaps; clitic-stripped spans still cover their token). Title-only coreference («الوزير») and anaphoric
nouns («التنظيم») are not names and are left out. Scored with each statistical tagger, and with the rules alone.

Run: ``.venv/bin/python -m rasd.entities.evaluate ../shared/data/anercorp/ANERCorp_derived_test.txt``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..doc import Mention
from ..eval.ner import Score, Sentence, format_table, read_conll
from ..pipeline import Pipeline
from .taggers import KINDS, NerTagger, load_tagger

TAG = {"PERSON": "PERS", "LOCATION": "LOC", "ORGANIZATION": "ORG", "MISC": "MISC"}


def project(text_spans: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[str]:
    """BIO labels of corpus tokens (given by their character spans) from the stage's mentions."""
    labels = ["O"] * len(text_spans)
    names = sorted((m for m in mentions if m.source not in ("anaphor",) and m.attrs.get("via") != "title"),
                   key=lambda m: m.start)
    j = 0
    for m in names:
        first = True
        while j < len(text_spans) and text_spans[j][1] <= m.start:
            j += 1
        k = j
        while k < len(text_spans) and text_spans[k][0] < m.end:
            if labels[k] == "O":
                labels[k] = ("B-" if first else "I-") + TAG.get(m.type, "MISC")
                first = False
            k += 1
    return labels


def chunk_labels(
    chunk: Sequence[Sentence], pipe: Pipeline, *, tagger: bool = True, model: NerTagger | None = None
) -> list[list[str]] | None:
    """The stage's BIO labels of the corpus tokens of ``chunk`` (sentences run as one document, tokens joined by
    spaces), or None where cleaning changed the text (the offsets would no longer line up)."""
    from .stage import analyze_entities

    parts: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    pos = 0
    for toks, _ in chunk:
        row = []
        for t in toks:
            row.append((pos, pos + len(t)))
            parts.append(t)
            pos += len(t) + 1
        spans.append(row)
    text = " ".join(parts)
    doc = pipe(text)
    if doc.text != text:
        return None
    analyze_entities(doc, use_tagger=tagger, tagger=model)
    labels = project([s for row in spans for s in row], doc.mentions)
    pred, k = [], 0
    for row in spans:
        pred.append(labels[k : k + len(row)])
        k += len(row)
    return pred


def score_stage(
    path: Path, window: int = 20, *, tagger: bool = True, model: NerTagger | None = None
) -> dict[str, dict[str, float | int]]:
    pipe = Pipeline(["tokens", "sentences"])
    sents = read_conll(path)
    score = Score()
    for i in range(0, len(sents), window):
        chunk = sents[i : i + window]
        pred = chunk_labels(chunk, pipe, tagger=tagger, model=model)
        if pred is not None:  # cleaning changed the text: offsets no longer line up, score nothing
            score.add([s[1] for s in chunk], pred)
    return score.table()


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    path = Path(args[0]) if args else Path(__file__).resolve().parents[4] / "shared/data/anercorp/ANERCorp_derived_test.txt"
    if not path.is_file():
        print(f"usage: python -m rasd.entities.evaluate [CONLL_FILE] (default: ANERcorp test); no file {path}",
              file=sys.stderr)
        return 2
    for kind in KINDS:
        print(f"entities stage (rules + {kind} tagger)")
        print(format_table(score_stage(path, model=load_tagger(kind))))
    print("entities stage (rules only)")
    print(format_table(score_stage(path, tagger=False)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

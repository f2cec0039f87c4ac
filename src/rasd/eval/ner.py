"""``rasd eval ner``: exact-span precision/recall/F1 of the NER tagger on CoNLL files (ANERcorp, AQMAR).

Input: one ``token TAG`` per line. A blank line ends a sentence; in files without blank lines (ANERcorp) a
``.`` token ends one. Tags are normalised: ``PER`` → ``PERS``, ``MIS0..3`` → ``MISC``, and AQMAR's typos are
repaired. MISC is dropped from gold and predictions; scores are per type (PERS, LOC, ORG) and micro overall.
Each file is one document for :meth:`Tagger.tag_doc`, cut into windows of ``--doc-window`` sentences
(ANERcorp has no document boundaries).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from ..entities.crf import spans
from ..entities.taggers import DEFAULT, KINDS, NerTagger, load_tagger

SCORED = ("PERS", "LOC", "ORG")
_TYPE_FIX = {"PER": "PERS", "PERS": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "MIS": "MISC"}

Sentence = tuple[list[str], list[str]]
# AQMAR's dev articles (Mohit et al. 2012); the other 20 are its test set.
AQMAR_DEV = frozenset(
    ["Damascus", "Atom", "Raul_Gonzales", "Linux", "Imam_Hussein_Shrine", "Nuclear_Power", "Real_Madrid", "Solaris"]
)


def normalize_tag(tag: str) -> str:
    """Map a corpus tag to ``O`` / ``B-X`` / ``I-X`` with X in PERS, LOC, ORG, MISC.

    >>> normalize_tag("B-PER"), normalize_tag("I-MIS1`"), normalize_tag("I--ORG"), normalize_tag("OO")
    ('B-PERS', 'I-MISC', 'I-ORG', 'O')
    """
    t = tag.strip().upper().rstrip("`'")
    m = re.fullmatch(r"([BI])-+([A-Z]+?)-?\d*", t)
    if not m:
        return "O"  # O, OO, IO and other one-off typos
    typ = m.group(2)
    if typ.startswith("MIS"):
        typ = "MISC"
    typ = _TYPE_FIX.get(typ, "MISC")  # B-ENGLISH, B-SPANISH: foreign words, miscellaneous
    return f"{m.group(1)}-{typ}"


def read_conll(path: Path | str) -> list[Sentence]:
    """Sentences of a CoNLL file; ``.`` tokens end sentences as blank lines do."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.strip().rsplit(None, 1)
        if len(parts) == 2:
            toks.append(parts[0])
            tags.append(normalize_tag(parts[1]))
            if parts[0] != ".":
                continue
        elif parts:  # a lone tag without a token (ANERcorp's empty tokens)
            continue
        if toks:
            sents.append((toks, tags))
            toks, tags = [], []
    if toks:
        sents.append((toks, tags))
    return sents


def entity_set(labels: Sequence[Sequence[str]]) -> set[tuple[int, int, int, str]]:
    """``(sentence, start, end, type)`` of the scored spans (MISC dropped)."""
    return {(i, s, e, t) for i, labs in enumerate(labels) for s, e, t in spans(labs) if t in SCORED}


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    n_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))
    n_pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SCORED, 0))

    def add(self, gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> None:
        g, p = entity_set(gold), entity_set(pred)
        for x in g:
            self.n_gold[x[3]] += 1
        for x in p:
            self.n_pred[x[3]] += 1
        for x in g & p:
            self.tp[x[3]] += 1

    @staticmethod
    def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, float | int]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2),
                "gold": n_gold, "predicted": n_pred, "correct": tp}  # fmt: skip

    def table(self) -> dict[str, dict[str, float | int]]:
        out = {t: self.prf(self.tp[t], self.n_gold[t], self.n_pred[t]) for t in SCORED}
        out["micro"] = self.prf(sum(self.tp.values()), sum(self.n_gold.values()), sum(self.n_pred.values()))
        return out


def predict(tagger: NerTagger, sents: Sequence[Sentence], doc_window: int, use_doc: bool = True) -> list[list[str]]:
    """Tag the sentences of one document, ``doc_window`` sentences at a time (0: all at once)."""
    toks = [s[0] for s in sents]
    if not use_doc:
        return [tagger.tag(t) for t in toks]
    step = doc_window if doc_window > 0 else max(len(toks), 1)
    out: list[list[str]] = []
    for i in range(0, len(toks), step):
        out.extend(tagger.tag_doc(toks[i : i + step]))
    return out


def evaluate(
    tagger: NerTagger, files: Iterable[Path | str], doc_window: int = 20, use_doc: bool = True
) -> tuple[dict[str, dict[str, float | int]], int, float]:
    """Score over all files; returns the table, the token count and the tagging time in seconds."""
    score = Score()
    n_tokens = 0
    elapsed = 0.0
    for f in files:
        sents = read_conll(f)
        n_tokens += sum(len(s[0]) for s in sents)
        t0 = time.perf_counter()
        pred = predict(tagger, sents, doc_window, use_doc)
        elapsed += time.perf_counter() - t0
        score.add([s[1] for s in sents], pred)
    return score.table(), n_tokens, elapsed


def format_table(table: dict[str, dict[str, float | int]]) -> str:
    lines = [f"{'type':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s} {'pred':>6s} {'ok':>6s}"]
    for t, r in table.items():
        lines.append(
            f"{t:6s} {r['precision']:6.2f} {r['recall']:6.2f} {r['f1']:6.2f} "
            f"{r['gold']:6d} {r['predicted']:6d} {r['correct']:6d}"
        )
    return "\n".join(lines)


@click.command("ner")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["conll"]), default="conll", help="Input format.")
@click.option("--tagger", "kind", type=click.Choice(KINDS), default=DEFAULT, show_default=True,
              help="Which tagger: the CRF, the neural (character CNN + BiLSTM-CRF, ONNX) model or both together.")  # fmt: skip
@click.option("--model", type=click.Path(exists=True, file_okay=False), default=None,
              help="A model directory of that tagger (default: the shipped model); for the ensemble, a CRF model "
              "directory with the neural model in its neural/ subdirectory.")  # fmt: skip
@click.option("--doc-window", type=int, default=20, show_default=True,
              help="Sentences per document for document-level consistency (0: a whole file).")  # fmt: skip
@click.option("--aqmar-split", type=click.Choice(["dev", "test"]), default=None,
              help="Keep only the FILES of this AQMAR split (by article name).")  # fmt: skip
@click.option("--no-doc", is_flag=True, help="Tag sentence by sentence, without document consistency.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def command(
    files: tuple[str, ...], fmt: str, kind: str, model: str | None, doc_window: int, aqmar_split: str | None,
    no_doc: bool, as_json: bool,
) -> None:  # fmt: skip
    """Exact-span P/R/F1 per type (PERS, LOC, ORG; MISC dropped) and micro overall on CoNLL FILEs."""
    if aqmar_split:
        files = tuple(f for f in files if (Path(f).stem in AQMAR_DEV) == (aqmar_split == "dev"))
        if not files:
            raise click.UsageError(f"no FILES of the AQMAR {aqmar_split} split")
    try:
        tagger = load_tagger(kind, model)
    except (OSError, ValueError, KeyError) as e:
        where = f" from {model}" if model else ""
        raise click.ClickException(f"cannot load the {kind} model{where}: {type(e).__name__}: {e}") from None
    table, n_tokens, elapsed = evaluate(tagger, files, doc_window, not no_doc)
    speed = n_tokens / elapsed if elapsed else 0.0
    if as_json:
        click.echo(json.dumps({"tagger": kind, "files": list(files), "tokens": n_tokens, "tokens_per_s": round(speed),
                               "scores": table}, ensure_ascii=False, indent=2))  # fmt: skip
    else:
        click.echo(format_table(table))
        click.echo(f"{n_tokens} tokens in {len(files)} file(s), {speed:,.0f} tokens/s")

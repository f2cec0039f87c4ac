"""``rasd train ner``: train the CRF NER model on a CoNLL file (ANERcorp train) and write a model directory.

The last ``--dev-fraction`` of the sentences is held out as dev: a model is trained on the rest and scored on it
(that is where parameters are chosen); then, unless ``--no-refit``, the shipped model is retrained on all of
the file with the same parameters. Training is deterministic (L-BFGS, fixed iterations).

With ``--doc-features`` the model also learns the second-pass feature of :meth:`Tagger.tag_doc` (the type a
word was given elsewhere in its document), from ``--folds`` cross-validated first-pass predictions over
pseudo-documents of ``--doc-window`` sentences. Neither that nor ``--dropout`` (identity-feature dropout) raised
dev F1 when measured, so both are off by default.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import click
import pycrfsuite

from ..eval.ner import Score, Sentence, read_conll
from .crf import (
    DATA_DIR,
    FREQ_FILE,
    LEXICON_FILE,
    META_FILE,
    MODEL_FILE,
    TRIGGER_FILE,
    Lexicon,
    Tagger,
    document_types,
    load_lexicon,
    spelled_features,
)


def _chunks(n: int, window: int) -> list[range]:
    return [range(i, min(i + window, n)) for i in range(0, n, window)]


# Features naming the word itself; dropping them at random in training makes the model lean on evidence that
# carries over to names never seen in training (lists, affixes, character n-grams, context).
IDENTITY_FEATURES = ("k=", "c=", "bare=", "c-1|c=", "c|c+1=")


def drop_identity(xs: Sequence[list[list[str]]], rate: float, seed: int = 13) -> list[list[list[str]]]:
    """A copy of the training features where each token loses its identity features with probability
    ``rate`` (a fixed-seed generator: training stays deterministic)."""
    if rate <= 0:
        return [list(x) for x in xs]
    rng = random.Random(seed)
    out: list[list[list[str]]] = []
    for x in xs:
        out.append([[f for f in tok if not f.startswith(IDENTITY_FEATURES)] if rng.random() < rate else tok
                    for tok in x])  # fmt: skip
    return out


@dataclass(frozen=True)
class Params:
    c1: float = 0.05
    c2: float = 0.05
    iterations: int = 150
    dropout: float = 0.0  # identity-feature dropout rate
    doc_features: bool = False
    folds: int = 4
    doc_window: int = 20


def fit(xs: Sequence[list[list[str]]], ys: Sequence[Sequence[str]], path: Path, p: Params) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(drop_identity(xs, p.dropout), ys, strict=True):
        trainer.append(x, list(y))
    trainer.set_params(
        {"c1": p.c1, "c2": p.c2, "max_iterations": p.iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def doc_feature_sets(
    sents: Sequence[Sentence], lex: Lexicon, window: int, first_pass: Sequence[Sequence[str]]
) -> list[list[list[str]]]:
    """Second-pass features of every sentence from first-pass labels, per pseudo-document."""
    out: list[list[list[str]]] = []
    for r in _chunks(len(sents), window):
        toks = [sents[i][0] for i in r]
        single, _ = document_types(toks, [first_pass[i] for i in r], lex)
        out.extend(spelled_features(t, lex, single) for t in toks)
    return out


def cross_predict(sents: Sequence[Sentence], lex: Lexicon, p: Params, tmp: Path) -> list[list[str]]:
    """First-pass labels of every sentence from a model that did not see its pseudo-document."""
    chunks = _chunks(len(sents), p.doc_window)
    pred: list[list[str]] = [[] for _ in sents]
    base = [spelled_features(s[0], lex, {}) for s in sents]
    for k in range(p.folds):
        held = [i for j, r in enumerate(chunks) if j % p.folds == k for i in r]
        held_set = set(held)
        train_idx = [i for i in range(len(sents)) if i not in held_set]
        path = tmp / f"fold{k}.crfsuite"
        fit([base[i] for i in train_idx], [sents[i][1] for i in train_idx], path, p)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        for i in held:
            pred[i] = list(tagger.tag(base[i])) if base[i] else []
        tagger.close()
    return pred


def train_model(sents: Sequence[Sentence], lex: Lexicon, out: Path, p: Params) -> None:
    with tempfile.TemporaryDirectory() as tmpdir:
        if p.doc_features:
            first = cross_predict(sents, lex, p, Path(tmpdir))
            xs = doc_feature_sets(sents, lex, p.doc_window, first)
        else:
            xs = [spelled_features(s[0], lex, None) for s in sents]
        fit(xs, [s[1] for s in sents], out / MODEL_FILE, p)


def score_dev(model_dir: Path, dev: Sequence[Sentence], window: int) -> dict[str, dict[str, float | int]]:
    tagger = Tagger.load(model_dir)
    score = Score()
    pred: list[list[str]] = []
    for r in _chunks(len(dev), window):
        pred.extend(tagger.tag_doc([dev[i][0] for i in r]))
    score.add([s[1] for s in dev], pred)
    return score.table()


def _copy_lists(src: Path, dst: Path) -> None:
    for name in (LEXICON_FILE, TRIGGER_FILE, FREQ_FILE):
        if (src / name).exists() and src.resolve() != dst.resolve():
            shutil.copyfile(src / name, dst / name)


@click.command("ner")
@click.option("--train", "train_file", type=click.Path(exists=True, dir_okay=False), required=True,
              help="CoNLL training file (ANERcorp derived train).")  # fmt: skip
@click.option("--dev-fraction", type=float, default=0.1, show_default=True, help="Last share of sentences held out.")
@click.option("--out", type=click.Path(file_okay=False), required=True, help="Output model directory.")
@click.option("--lists", type=click.Path(exists=True, file_okay=False), default=str(DATA_DIR), show_default=True,
              help="Directory with lexicon.tsv, triggers.tsv and wordfreq.tsv (copied into --out).")  # fmt: skip
@click.option("--c1", type=float, default=0.05, show_default=True)
@click.option("--c2", type=float, default=0.05, show_default=True)
@click.option("--iterations", type=int, default=150, show_default=True)
@click.option("--dropout", type=float, default=0.0, show_default=True,
              help="Share of training tokens whose word-identity features are dropped.")  # fmt: skip
@click.option("--doc-features/--no-doc-features", default=False, show_default=True)
@click.option("--folds", type=int, default=4, show_default=True)
@click.option("--doc-window", type=int, default=20, show_default=True, help="Sentences per pseudo-document.")
@click.option("--refit/--no-refit", default=True, show_default=True, help="Retrain on all of --train at the end.")
def command(
    train_file: str, dev_fraction: float, out: str, lists: str, c1: float, c2: float, iterations: int,
    dropout: float, doc_features: bool, folds: int, doc_window: int, refit: bool,
) -> None:  # fmt: skip
    """Train the CRF NER model; print dev scores; write the model, its word lists and model.json to OUT."""
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    _copy_lists(Path(lists), out_dir)
    lex = load_lexicon(out_dir)
    sents = read_conll(train_file)
    n_dev = int(round(len(sents) * dev_fraction))
    train, dev = sents[: len(sents) - n_dev], sents[len(sents) - n_dev :]
    params = Params(c1, c2, iterations, dropout, doc_features, folds, doc_window)
    meta: dict[str, object] = {
        "train_file": Path(train_file).name, "sentences": len(sents), "dev_sentences": n_dev, **asdict(params)
    }  # fmt: skip
    meta_path = out_dir / META_FILE
    t0 = time.perf_counter()
    if dev:
        train_model(train, lex, out_dir, params)
        meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")  # the tagger reads it
        _load_clear()
        table = score_dev(out_dir, dev, doc_window)
        meta["dev"] = table
        click.echo(f"dev ({n_dev} sentences): " + json.dumps(table["micro"]), err=True)
        for t in ("PERS", "LOC", "ORG"):
            click.echo(f"  {t}: {json.dumps(table[t])}", err=True)
    if refit or not dev:
        train_model(sents, lex, out_dir, params)
        meta["refit_on_all"] = True
    meta["train_seconds"] = round(time.perf_counter() - t0, 1)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    _load_clear()
    click.echo(f"model written to {out_dir} in {meta['train_seconds']} s", err=True)


def _load_clear() -> None:
    from . import crf

    crf._load.cache_clear()
    crf.lexicon.cache_clear()


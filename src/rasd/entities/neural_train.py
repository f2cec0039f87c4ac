"""``rasd train neural-ner``: train the neural NER tagger (:mod:`rasd.entities.neural`) with torch and export it
to ONNX.

The network: a character CNN over the token's matching key, embeddings of its clitic-stripped forms (words seen
once in training and a random share of the others are unknown, so the unknown-word row is learned) and the
binary features of :class:`neural.Encoder` → a BiLSTM (2 layers by default) → per-label scores → a linear-chain
CRF (its transition scores go to ``model.json``; the BIO constraints are fixed). Adam; what is scored and
shipped is a running average of the weights (steadier than the last step's). The last ``--dev-fraction`` of the
sentences is held out; the epoch with the best dev F1 (document-level tagging, windows of 20 sentences, as
``rasd train ner``) is chosen, then, unless ``--no-refit``, the model is retrained on all sentences for that many
epochs. Deterministic: fixed seeds, one thread, deterministic algorithms. torch is imported inside (the
optional ``train`` extra).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click
import numpy as np

from ..eval.ner import Score, Sentence, read_conll
from .crf import LEXICON_FILE, Lexicon, fix_bio, load_lexicon, token_keys
from .neural import (
    CHARS_FILE,
    LABELS,
    META_FILE,
    MODEL_FILE,
    UNK,
    Batch,
    Encoder,
    FloatArray,
    NeuralTagger,
    Settings,
    constraint_masks,
    onnx_tagger,
)

INPUTS = ("chars", "index", "words", "feats", "rev")  # the network's inputs, in order
DOC_WINDOW = 20  # sentences per pseudo-document when scoring dev (as rasd train ner)
# the values of crf.freq_features (Zipf buckets 0-7 of a token's key and of its core), one binary feature each
FREQ_VALUES = tuple(f"{part}{b}" for part in "kc" for b in range(8))


@dataclass(frozen=True)
class Params:
    epochs: int = 16
    seed: int = 7
    batch: int = 24
    lr: float = 1.5e-3
    char_dim: int = 32
    char_filters: int = 64
    word_dim: int = 100
    hidden: int = 128
    layers: int = 2
    lr_decay: float = 1.0  # learning rate factor per epoch
    average: float = 0.998  # decay of the running average of the weights (per step)
    dropout: float = 0.5
    word_dropout: float = 0.15  # share of known word ids replaced by the unknown id in training
    min_count: int = 2  # words seen fewer times are unknown
    clip: float = 5.0
    freq_features: bool = False  # word-frequency buckets as features (no dev gain when measured: off)


def build_settings(sents: Sequence[Sentence], lex: Lexicon, p: Params) -> Settings:
    """Vocabularies and feature layout from the training sentences and the word lists."""
    chars: Counter[str] = Counter()
    words: Counter[str] = Counter()
    prefixes: Counter[str] = Counter()
    for toks, _ in sents:
        for t in toks:
            k = token_keys(t)
            chars.update(k.key)
            words[k.core] += 1
            if k.bare != k.core:
                words[k.bare] += 1
            prefixes[k.prefix] += 1
    char_ids = {c: i + 4 for i, c in enumerate(sorted(c for c, n in chars.items() if n >= 2))}
    word_ids = {w: i + 2 for i, w in enumerate(sorted(w for w, n in words.items() if n >= p.min_count))}
    word_classes = sorted({c for cs in lex.words.values() for c in cs})
    phrase_classes = sorted({klass for ps in lex.phrases.values() for _, klass in ps})
    triggers = sorted(set(lex.triggers.values()))
    n = len(LABELS)
    zeros = np.zeros(n, dtype=np.float32)
    return Settings(
        char_ids, word_ids, tuple(sorted(x for x, c in prefixes.items() if c >= 10)), tuple(word_classes),
        tuple(phrase_classes), tuple(triggers), np.zeros((n, n), dtype=np.float32), zeros, zeros.copy(),
        FREQ_VALUES if p.freq_features and lex.freq else (),
    )  # fmt: skip


def _network(settings: Settings, p: Params) -> Any:
    """The torch module: (chars, index, words, feats, rev) -> emission scores."""
    import torch
    from torch import nn

    class Net(nn.Module):  # type: ignore[misc,unused-ignore]  # torch: a training extra
        def __init__(self) -> None:
            super().__init__()
            self.char_emb = nn.Embedding(len(settings.chars) + 4, p.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(p.char_dim, p.char_filters, kernel_size=3, padding=1)
            self.word_emb = nn.Embedding(len(settings.words) + 2, p.word_dim, padding_idx=0)
            d_in = p.char_filters + 2 * p.word_dim + settings.n_features
            dims = [d_in] + [2 * p.hidden] * (p.layers - 1)
            self.fwd = nn.ModuleList([nn.LSTM(d, p.hidden, batch_first=True) for d in dims])
            self.bwd = nn.ModuleList([nn.LSTM(d, p.hidden, batch_first=True) for d in dims])
            self.drop = nn.Dropout(p.dropout)
            self.mid = nn.Dropout(p.dropout * 0.6)
            self.out = nn.Linear(2 * p.hidden, len(LABELS))

        def forward(self, chars: Any, index: Any, words: Any, feats: Any, rev: Any) -> Any:
            b, t = index.shape
            x = self.char_emb(chars).transpose(1, 2)  # [N, dim, C]: one row per distinct token
            x = torch.relu(self.conv(x)).max(dim=2).values
            x = x[index.reshape(b * t)].reshape(b, t, -1)
            w = self.word_emb(words).reshape(b, t, -1)
            h = self.drop(torch.cat([x, w, feats], dim=2))
            for fwd, bwd in zip(self.fwd, self.bwd, strict=True):
                h = self.mid(self._bi(h, rev, fwd, bwd))
            return self.out(h)

        @staticmethod
        def _bi(h: Any, rev: Any, fwd: Any, bwd: Any) -> Any:
            """A BiLSTM over padded sentences: the backward LSTM reads each sentence reversed within its
            length (``rev``), so padding never reaches a real token."""
            idx = rev.unsqueeze(2).expand(-1, -1, h.shape[2])
            back, _ = bwd(torch.gather(h, 1, idx))
            idx = rev.unsqueeze(2).expand(-1, -1, back.shape[2])
            forward, _ = fwd(h)
            return torch.cat([forward, torch.gather(back, 1, idx)], dim=2)

    return Net()


class _CRF:
    """Linear-chain CRF scores (learned) with fixed BIO constraints, and its negative log-likelihood."""

    def __init__(self) -> None:
        import torch

        n = len(LABELS)
        trans_mask, start_mask = constraint_masks()
        self.trans = torch.zeros(n, n, requires_grad=True)
        self.start = torch.zeros(n, requires_grad=True)
        self.end = torch.zeros(n, requires_grad=True)
        self.trans_mask = torch.from_numpy(trans_mask)
        self.start_mask = torch.from_numpy(start_mask)

    def params(self) -> list[Any]:
        return [self.trans, self.start, self.end]

    def nll(self, em: Any, tags: Any, lengths: Any) -> Any:
        """Mean negative log-likelihood per sentence of gold ``tags [B,T]`` under emissions ``em [B,T,L]``."""
        import torch

        b, t_max, _ = em.shape
        trans = self.trans + self.trans_mask
        start = self.start + self.start_mask
        mask = (torch.arange(t_max).unsqueeze(0) < lengths.unsqueeze(1)).float()
        gold = start[tags[:, 0]] + (em.gather(2, tags.unsqueeze(2)).squeeze(2) * mask).sum(1)
        if t_max > 1:
            gold = gold + (trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        gold = gold + self.end[last]
        alpha = start.unsqueeze(0) + em[:, 0]
        for t in range(1, t_max):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(mask[:, t : t + 1] > 0, nxt, alpha)
        log_z = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (log_z - gold).mean()


def _batches(
    sents: Sequence[Sentence], encoder: Encoder, size: int
) -> list[tuple[Batch, list[int], np.ndarray[Any, np.dtype[np.int64]]]]:
    """Padded training batches of sentences of similar length, with their gold label ids (stray ``I-`` labels
    of the corpus repaired: the CRF cannot score a path it forbids)."""
    label_ids = {lab: i for i, lab in enumerate(LABELS)}
    order = sorted((i for i, s in enumerate(sents) if s[0]), key=lambda i: (len(sents[i][0]), i))
    out = []
    for j in range(0, len(order), size):
        group = [sents[i] for i in order[j : j + size]]
        arrays, lens = encoder.batch([s[0] for s in group])
        tags = np.zeros(arrays["rev"].shape, dtype=np.int64)
        for r, (_, labs) in enumerate(group):
            tags[r, : len(labs)] = [label_ids[x] for x in fix_bio(list(labs))]
        out.append((arrays, lens, tags))
    return out


def _settings_with(settings: Settings, crf: _CRF) -> Settings:
    return Settings(
        settings.chars, settings.words, settings.prefixes, settings.word_classes, settings.phrase_classes,
        settings.triggers, crf.trans.detach().numpy().copy(), crf.start.detach().numpy().copy(),
        crf.end.detach().numpy().copy(), settings.freq_features,
    )  # fmt: skip


def _torch_emitter(net: Any) -> Any:
    import torch

    def emit(arrays: Batch) -> FloatArray:
        with torch.no_grad():
            em = net(*(torch.from_numpy(arrays[k]) for k in INPUTS))
        return np.asarray(em.numpy(), dtype=np.float32)

    return emit


def score(tagger: Any, sents: Sequence[Sentence]) -> dict[str, dict[str, float | int]]:
    """Document-level scores over pseudo-documents of :data:`DOC_WINDOW` sentences."""
    sc = Score()
    pred: list[list[str]] = []
    for i in range(0, len(sents), DOC_WINDOW):
        pred.extend(tagger.tag_doc([s[0] for s in sents[i : i + DOC_WINDOW]]))
    sc.add([s[1] for s in sents], pred)
    return sc.table()


def train(
    train_sents: Sequence[Sentence], dev: Sequence[Sentence], lex: Lexicon, p: Params, epochs: int
) -> tuple[Any, Settings, list[dict[str, Any]], int]:
    """Train for ``epochs`` epochs; with ``dev``, score it after each epoch and return the best epoch's model.
    Returns the network, its settings, the per-epoch log and the chosen epoch."""
    import copy

    import torch

    torch.manual_seed(p.seed)
    rng = np.random.default_rng(p.seed)
    settings = build_settings(train_sents, lex, p)
    encoder = Encoder(settings, lex)
    net = _network(settings, p)
    crf = _CRF()
    opt = torch.optim.Adam([*net.parameters(), *crf.params()], lr=p.lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=p.lr_decay)
    batches = _batches(train_sents, encoder, p.batch)
    avg_net, avg_crf = copy.deepcopy(net), _CRF()  # running averages of the weights: what is scored and kept
    live = [*net.parameters(), *crf.params()]
    averaged = [*avg_net.parameters(), *avg_crf.params()]
    step = 0
    log: list[dict[str, Any]] = []
    best: tuple[float, int, Any, Settings] = (-1.0, 0, None, settings)
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        net.train()
        total = 0.0
        for bi in rng.permutation(len(batches)):
            arrays, lens, tags = batches[bi]
            words = arrays["words"].copy()
            drop = (rng.random(words.shape[:2]) < p.word_dropout) & (words[:, :, 0] > UNK)
            words[drop] = UNK
            em = net(*(torch.from_numpy(words if k == "words" else arrays[k]) for k in INPUTS))
            loss = crf.nll(em, torch.from_numpy(tags), torch.tensor(lens))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*net.parameters(), *crf.params()], p.clip)
            opt.step()
            step += 1
            decay = min(p.average, (1 + step) / (10 + step))
            with torch.no_grad():
                for a, w in zip(averaged, live, strict=True):
                    a.mul_(decay).add_(w, alpha=1 - decay)
            total += loss.item() * len(lens)
        sched.step()
        avg_net.eval()
        entry: dict[str, Any] = {"epoch": epoch, "loss": round(total / len(train_sents), 4),
                                 "seconds": round(time.perf_counter() - t0, 1)}  # fmt: skip
        current = _settings_with(settings, avg_crf)
        if dev:
            table = score(NeuralTagger(current, lex, _torch_emitter(avg_net)), dev)
            entry["dev_f1"] = table["micro"]["f1"]
            entry["dev"] = {t: table[t]["f1"] for t in ("PERS", "LOC", "ORG")}
            if float(table["micro"]["f1"]) > best[0]:
                best = (float(table["micro"]["f1"]), epoch, copy.deepcopy(avg_net.state_dict()), current)
        log.append(entry)
        click.echo(json.dumps(entry), err=True)
    if dev and best[2] is not None:
        avg_net.load_state_dict(best[2])
        return avg_net, best[3], log, best[1]
    return avg_net, _settings_with(settings, avg_crf), log, epochs


def export(
    net: Any, settings: Settings, lex: Lexicon, out_dir: Path, sample: Sequence[Sentence], quantize: bool = True
) -> float:
    """Write ``model.onnx`` (with ``quantize``, LSTM and matrix weights as int8, dynamic quantization: about half
    the tagging time); returns the largest difference between its emissions and torch's on ``sample``."""
    import tempfile
    import warnings

    import torch

    net.eval()
    arrays, _ = Encoder(settings, lex).batch([s[0] for s in sample])
    inputs = tuple(torch.from_numpy(arrays[k]) for k in INPUTS)
    axes = {k: {0: "batch", 1: "time"} for k in (*INPUTS, "emissions")}
    axes["chars"] = {0: "distinct"}
    target = out_dir / MODEL_FILE
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        plain = Path(tmp) / MODEL_FILE if quantize else target
        torch.onnx.export(
            net, inputs, str(plain), input_names=list(INPUTS),
            output_names=["emissions"], dynamic_axes=axes, opset_version=17, dynamo=False,
        )  # fmt: skip
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantize_dynamic(str(plain), str(target), weight_type=QuantType.QInt8,
                             op_types_to_quantize=["LSTM", "MatMul", "Gemm"])  # fmt: skip
            import onnx

            from .neural_graph import fuse_bilstm, split_chars

            # one bidirectional LSTM per layer; the character CNN apart (run once per distinct word)
            chars, rest = split_chars(fuse_bilstm(onnx.load(str(target))))
            onnx.save(rest, str(target))
            onnx.save(chars, str(out_dir / CHARS_FILE))
        else:
            (out_dir / CHARS_FILE).unlink(missing_ok=True)  # one graph: no character CNN of an earlier model
    got, _ = onnx_tagger(settings, lex, out_dir).emissions([s[0] for s in sample])
    return float(np.abs(got - _torch_emitter(net)(arrays)).max())


def score_onnx(
    net: Any, settings: Settings, lex: Lexicon, dev: Sequence[Sentence], quantize: bool
) -> dict[str, dict[str, float | int]]:
    """Dev scores of the model as it would be shipped (exported, quantized or not, run by onnxruntime)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        export(net, settings, lex, Path(tmp), dev[:32], quantize)
        return score(onnx_tagger(settings, lex, Path(tmp)), dev)


@click.command("neural-ner")
@click.option("--train", "train_file", type=click.Path(exists=True, dir_okay=False), required=True,
              help="CoNLL training file (ANERcorp derived train).")  # fmt: skip
@click.option("--out", type=click.Path(file_okay=False), required=True, help="Output model directory.")
@click.option("--dev-fraction", type=float, default=0.1, show_default=True, help="Last share of sentences held out.")
@click.option("--epochs", type=int, default=Params.epochs, show_default=True, help="Most epochs (best on dev kept).")
@click.option("--seed", type=int, default=Params.seed, show_default=True)
@click.option("--hidden", type=int, default=Params.hidden, show_default=True, help="LSTM units per direction.")
@click.option("--layers", type=int, default=Params.layers, show_default=True, help="BiLSTM layers.")
@click.option("--refit/--no-refit", default=True, show_default=True,
              help="Retrain on all of --train for the chosen number of epochs.")  # fmt: skip
@click.option("--lists", type=click.Path(exists=True, file_okay=False), default=None,
              help="Directory with lexicon.tsv, triggers.tsv, wordfreq.tsv (default: the parent of --out if it has "
                   "them, as a CRF model directory does, else the shipped lists).")  # fmt: skip
@click.option("--quantize/--no-quantize", default=True, show_default=True,
              help="Ship int8 weights (dynamic quantization): faster tagging.")  # fmt: skip
@click.option("--freq-features/--no-freq-features", default=False, show_default=True,
              help="Zipf buckets of the word (wordfreq.tsv of the word lists) as features.")  # fmt: skip
def command(
    train_file: str, out: str, dev_fraction: float, epochs: int, seed: int, hidden: int, layers: int, refit: bool,
    quantize: bool, freq_features: bool, lists: str | None,
) -> None:  # fmt: skip
    """Train the neural NER model; print dev scores; write model.onnx and model.json to OUT."""
    import torch

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    t_start = time.perf_counter()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    if lists is None and (out_dir.parent / LEXICON_FILE).is_file():
        lists = str(out_dir.parent)  # the lists the model will be loaded with (neural._load)
    lex = load_lexicon(lists)
    sents = read_conll(train_file)
    n_dev = int(round(len(sents) * dev_fraction))
    train_part, dev = sents[: len(sents) - n_dev], sents[len(sents) - n_dev :]
    p = Params(epochs=epochs, seed=seed, hidden=hidden, layers=layers, freq_features=freq_features)
    net, settings, log, chosen = train(train_part, dev, lex, p, epochs)
    meta: dict[str, Any] = {"train_file": Path(train_file).name, "sentences": len(sents), "dev_sentences": n_dev,
                            "params": asdict(p), "epochs_log": log, "chosen_epoch": chosen}  # fmt: skip
    if dev:
        meta["dev_torch"] = score(NeuralTagger(settings, lex, _torch_emitter(net)), dev)["micro"]
        meta["dev"] = score_onnx(net, settings, lex, dev, quantize)
        click.echo(f"dev ({n_dev} sentences), epoch {chosen}: " + json.dumps(meta["dev"]["micro"]), err=True)
    if refit and dev:
        net, settings, _, _ = train(sents, [], lex, p, chosen)
        meta["refit_on_all"] = True
    diff = export(net, settings, lex, out_dir, dev[:32] or sents[:32], quantize)
    meta["quantized"] = quantize
    meta["bilstm_fused"] = quantize  # neural_graph.fuse_bilstm: one bidirectional LSTM per layer
    meta["chars_split"] = quantize  # neural_graph.split_chars: the character CNN in chars.onnx
    meta["onnx_max_abs_diff"] = diff
    meta["train_seconds"] = round(time.perf_counter() - t_start, 1)
    (out_dir / META_FILE).write_text(
        json.dumps({**settings.to_json(), **meta}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    click.echo(f"model written to {out_dir} in {meta['train_seconds']} s (onnx diff {diff:.2e})", err=True)

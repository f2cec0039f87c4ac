"""A character-aware neural NER tagger (inference only: numpy + onnxruntime; trained by ``neural_train``).

Each surface token (clitics attached, «وبالأردن») is encoded as the characters of its matching key
(:func:`rasd.text.normalize.norm_key`), the word ids of its clitic-stripped forms (``core`` and ``bare`` of
:func:`crf.token_keys`, unknown words share one id) and a few binary features (shape, proclitic, word-list
classes, list-phrase tags and trigger words of the CRF's :class:`crf.Lexicon`; in a model trained with
``--freq-features``, the Zipf buckets of :func:`crf.freq_features` too). The ONNX network (character CNN
+ word embeddings → BiLSTM → per-label scores) gives emission scores for padded batches of sentences;
a BIO-constrained Viterbi with the learned CRF transitions decodes them here in numpy. A shipped model comes
in two graphs (:func:`.neural_graph.split_chars`): ``chars.onnx``, the character CNN of a word, run once per
distinct word the encoder meets (its vector kept in the encoder's per-token tables), and ``model.onnx``, the rest
over the padded batch; a model without ``chars.onnx`` runs the CNN over each batch's distinct words itself.
:meth:`NeuralTagger.tag_doc` adds the document-level consistency of the CRF tagger (:func:`crf.document_types`,
:func:`crf.spread`).

Usage::

    tagger = NeuralTagger.load()
    tagger.tag(["قال", "الرئيس", "باراك", "أوباما"])   # ['O', 'O', 'B-PERS', 'I-PERS']
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .crf import LEXICON_FILE, Keys, Lexicon, consistent, fix_bio, freq_features, load_lexicon
from .crf_features import word_facts
from .crf_scores import TokenRows, sentence_positions, sentence_tags
from .decode import viterbi

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner" / "neural"
MODEL_FILE = "model.onnx"
CHARS_FILE = "chars.onnx"  # the character CNN alone (a model split by neural_graph.split_chars)
META_FILE = "model.json"
LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
SHAPES = ("arabic", "digit", "latin", "punct")
PAD, UNK, BOW, EOW = 0, 1, 2, 3  # reserved ids: padding, unknown, word start/end markers (characters)
MAX_CHARS = 14  # characters of a key kept (first 14), plus the two markers
NEG = -1e4  # score of a forbidden transition

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]
Batch = dict[str, npt.NDArray[Any]]
Emitter = Callable[[Batch], FloatArray]  # a padded batch -> emission scores [B, T, len(LABELS)]
CharNet = Callable[[IntArray], FloatArray]  # the characters of words [N, MAX_CHARS + 2] -> their vectors [N, D]


def allowed(prev: str, cur: str) -> bool:
    """May label ``cur`` follow ``prev`` in BIO («O» for the sentence start)?"""
    return not cur.startswith("I-") or (prev != "O" and prev[2:] == cur[2:])


def constraint_masks() -> tuple[FloatArray, FloatArray]:
    """Additive masks (0 or :data:`NEG`) for transitions ``[prev, cur]`` and for the first label."""
    trans = np.array([[0.0 if allowed(p, c) else NEG for c in LABELS] for p in LABELS], dtype=np.float32)
    start = np.array([0.0 if allowed("O", c) else NEG for c in LABELS], dtype=np.float32)
    return trans, start


@dataclass(frozen=True, eq=False)
class Settings:
    """What the encoder and decoder need from training: vocabularies, feature layout, CRF scores."""

    chars: dict[str, int]
    words: dict[str, int]
    prefixes: tuple[str, ...]
    word_classes: tuple[str, ...]
    phrase_classes: tuple[str, ...]
    triggers: tuple[str, ...]
    transitions: FloatArray  # [prev, cur], learned, without constraints
    start: FloatArray
    end: FloatArray
    freq_features: tuple[str, ...] = ()  # word-frequency features (crf.freq_features values); () in older models

    @property
    def n_features(self) -> int:
        return len(self.feature_names())

    def feature_names(self) -> list[str]:
        return [
            *(f"shape={s}" for s in SHAPES), "len", "bare", *(f"pre={p}" for p in self.prefixes), "pre=other",
            *(f"L={c}" for c in self.word_classes), *(f"P={b}-{c}" for c in self.phrase_classes for b in "BI"),
            *(f"T={c}" for c in self.triggers), *(f"Z={z}" for z in self.freq_features),
        ]  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(LABELS), "max_chars": MAX_CHARS, "chars": self.chars, "words": self.words,
            "prefixes": list(self.prefixes), "word_classes": list(self.word_classes),
            "phrase_classes": list(self.phrase_classes), "triggers": list(self.triggers),
            "transitions": self.transitions.tolist(), "start": self.start.tolist(), "end": self.end.tolist(),
            "freq_features": list(self.freq_features),
        }  # fmt: skip

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> Settings:
        if tuple(d["labels"]) != LABELS or int(d["max_chars"]) != MAX_CHARS:
            raise ValueError("neural NER model: labels or character window differ from this code")
        return cls(
            dict(d["chars"]), dict(d["words"]), tuple(d["prefixes"]), tuple(d["word_classes"]),
            tuple(d["phrase_classes"]), tuple(d["triggers"]), np.asarray(d["transitions"], dtype=np.float32),
            np.asarray(d["start"], dtype=np.float32), np.asarray(d["end"], dtype=np.float32),
            tuple(d.get("freq_features", ())),
        )  # fmt: skip


@dataclass(slots=True, unsafe_hash=True)
class _Token:
    chars: tuple[int, ...]  # MAX_CHARS + 2 ids
    words: tuple[int, int]  # core id, bare id
    feats: tuple[int, ...]  # indices of the active binary features
    length: float  # core length / 10, capped at 1
    keys: Keys  # its matching keys (for the list phrases of its sentence)
    opens_phrase: bool  # may start a list phrase (its core or bare form starts one)

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(
        self,
        chars: tuple[int, ...],
        words: tuple[int, int],
        feats: tuple[int, ...],
        length: float,
        keys: Keys,
        opens_phrase: bool,
    ) -> None:
        self.chars = chars
        self.words = words
        self.feats = feats
        self.length = length
        self.keys = keys
        self.opens_phrase = opens_phrase


class Encoder:
    """Turns sentences of surface tokens into the padded arrays the network reads. Each distinct token is
    encoded once into a row of per-token tables (characters, word ids, features; with ``char_net``, the
    character CNN of a split model, its character vector too), kept for up to ``capacity`` distinct tokens (then
    the tables start afresh, never within a batch)."""

    def __init__(
        self, settings: Settings, lexicon: Lexicon, capacity: int = 1 << 16, char_net: CharNet | None = None
    ) -> None:
        self.settings = settings
        self.lexicon = lexicon
        names = settings.feature_names()
        self._index = {n: i for i, n in enumerate(names)}
        self._n_features = len(names)  # (Settings.n_features spells every name again)
        self._rows = TokenRows(capacity)
        self._tokens: list[_Token] = []
        self._chars = np.zeros((capacity, MAX_CHARS + 2), dtype=np.int64)
        self._words = np.zeros((capacity, 2), dtype=np.int64)
        self._feats = np.zeros((capacity, len(names)), dtype=np.float32)  # the binary features and the length
        self._char_net = char_net
        width = 0 if char_net is None else char_net(np.zeros((1, MAX_CHARS + 2), dtype=np.int64)).shape[1]
        self._vecs = np.zeros((capacity, width), dtype=np.float32)  # the character vectors (with char_net)

    @property
    def capacity(self) -> int:
        return self._rows.capacity

    def token(self, tok: str) -> _Token:
        return self._tokens[self._rows_of([tok])[0]]

    def _rows_of(self, tokens: list[str]) -> list[int]:
        """The table rows of ``tokens``, encoding those not yet in the tables."""
        new, restart = self._rows.claim(tokens)
        if restart:
            self._tokens.clear()
            if self._chars.shape[0] < self._rows.capacity:  # a batch larger than the tables: make room for it
                n = self._rows.capacity
                self._chars = np.zeros((n, MAX_CHARS + 2), dtype=np.int64)
                self._words = np.zeros((n, 2), dtype=np.int64)
                self._feats = np.zeros((n, self._feats.shape[1]), dtype=np.float32)
                self._vecs = np.zeros((n, self._vecs.shape[1]), dtype=np.float32)
        if new:
            first = len(self._tokens)
            encoded = [self._encode(t) for t in new]
            self._tokens.extend(encoded)
            end = first + len(new)
            self._chars[first:end] = [t.chars for t in encoded]
            self._words[first:end] = [t.words for t in encoded]
            feats = self._feats[first:end]
            feats[:] = 0.0
            feats[:, self._index["len"]] = [t.length for t in encoded]
            at = [(i, f) for i, t in enumerate(encoded) for f in t.feats]
            if at:
                feats[[i for i, _ in at], [f for _, f in at]] = 1.0
            char_net = self._char_net
            if char_net is not None:  # the CNN of the new tokens, in one run (the same vectors as one per batch)
                self._vecs[first:end] = char_net(self._chars[first:end])
        rows = self._rows.of
        return [rows[t] for t in tokens]

    def _encode(self, tok: str) -> _Token:
        s, ix = self.settings, self._index
        wf = word_facts(tok, self.lexicon)
        k = wf.keys
        known = s.chars
        chars = [BOW, *[known.get(c, UNK) for c in k.key[:MAX_CHARS]], EOW]
        chars += [PAD] * (MAX_CHARS + 2 - len(chars))
        words = (s.words.get(k.core, UNK), s.words.get(k.bare, UNK))
        feats = [ix["shape=" + wf.shape]]
        if k.bare != k.core:
            feats.append(ix["bare"])
        feats.append(ix.get("pre=" + k.prefix, ix["pre=other"]))
        feats += [ix[n] for c in wf.classes if (n := "L=" + c) in ix]
        trig = wf.trig
        if trig and "T=" + trig in ix:
            feats.append(ix["T=" + trig])
        if s.freq_features and self.lexicon.freq and wf.shape == "arabic":
            feats += [ix[n] for z in freq_features(k, self.lexicon.freq) if (n := "Z=" + z) in ix]
        return _Token(tuple(chars), words, tuple(sorted(set(feats))), min(len(k.core), 10) / 10, k, wf.opens)

    def batch(self, sentences: Sequence[Sequence[str]]) -> tuple[Batch, list[int]]:
        """Padded arrays and the sentence lengths. The arrays: ``chars [N,C]``, the characters of each distinct
        token of the batch (the character CNN runs once per distinct token), or with ``char_net``, ``char_vec
        [N,D]``, their character vectors; ``index [B,T]``, the row of ``chars``/``char_vec`` of each position,
        ``words [B,T,2]``, ``feats [B,T,F]`` and ``rev [B,T]``, the index that reverses each sentence within its
        length (for the backward LSTM)."""
        lens = [len(s) for s in sentences]
        b, t_max = len(sentences), max(lens, default=0)
        index = np.zeros((b, t_max), dtype=np.int64)
        words = np.zeros((b, t_max, 2), dtype=np.int64)
        feats = np.zeros((b, t_max, self._n_features), dtype=np.float32)
        rev = np.tile(np.arange(t_max, dtype=np.int64), (b, 1))
        flat = [t for sent in sentences for t in sent]
        distinct: dict[str, int] = {}  # each distinct token of the batch -> its row of ``chars``
        row_of = [distinct.setdefault(t, len(distinct)) for t in flat]
        width = MAX_CHARS + 2 if self._char_net is None else self._vecs.shape[1]
        chars = np.zeros((max(len(distinct), 1), width), dtype=np.int64 if self._char_net is None else np.float32)
        if flat:
            at_b, at_t = sentence_positions(lens)
            rev[at_b, at_t] = np.asarray(lens, dtype=np.int64)[at_b] - 1 - at_t
            index[at_b, at_t] = row_of
            rows = self._rows_of(flat)
            at_rows = np.asarray(rows, dtype=np.intp)  # (one conversion for both gathers)
            words[at_b, at_t] = self._words[at_rows]
            feats[at_b, at_t] = self._feats[at_rows]
            k0 = 0
            encoded = self._tokens
            for s_i, sent in enumerate(sentences):
                k1 = k0 + len(sent)
                opens = any([encoded[r].opens_phrase for r in rows[k0:k1]])
                k0 = k1
                if opens:
                    for j, tag in enumerate(sentence_tags(self.lexicon, tuple(sent))):
                        if tag and (f := self._index.get("P=" + tag)) is not None:
                            feats[s_i, j, f] = 1.0
            table = self._rows.of  # every token of the batch has its row now
            per_token: npt.NDArray[Any] = self._chars if self._char_net is None else self._vecs  # (as grown)
            chars[: len(distinct)] = per_token[[table[t] for t in distinct]]
        name = "chars" if self._char_net is None else "char_vec"
        arrays: Batch = {name: chars, "index": index, "words": words, "feats": feats, "rev": rev}
        return arrays, lens


Scorer = Callable[[Sequence[Sequence[str]]], tuple[FloatArray, list[int]]]  # sentences -> [B, T, LABELS], lengths


def decode_batches(
    sentences: Sequence[Sequence[str]], scores: Scorer, trans: FloatArray, start: FloatArray, end: FloatArray
) -> list[list[str]]:
    """BIO labels of ``sentences``: each group of similar length (:func:`length_groups`) scored as one padded batch
    by ``scores`` and decoded by the BIO-constrained Viterbi with ``trans``, ``start``, ``end``."""
    out: list[list[str]] = [[] for _ in sentences]
    scored: list[tuple[list[int], FloatArray, list[int]]] = []
    for group in length_groups([len(s) for s in sentences]):
        if sentences[group[-1]]:
            scored.append((group, *scores([sentences[i] for i in group])))
    if not scored:
        return out
    # one Viterbi over all the groups (padded to the longest): fewer steps than one per group, the same paths
    t_max = max(em.shape[1] for _, em, _ in scored)
    rows = [i for group, _, _ in scored for i in group]
    emissions = np.zeros((len(rows), t_max, len(LABELS)), dtype=np.result_type(*(em for _, em, _ in scored)))
    k = 0
    for group, em, _ in scored:
        emissions[k : k + len(group), : em.shape[1]] = em
        k += len(group)
    lens = [n for _, _, group_lens in scored for n in group_lens]
    for i, path in zip(rows, viterbi(emissions, lens, trans, start, end), strict=True):
        out[i] = fix_bio([LABELS[j] for j in path])
    return out


def length_groups(lengths: Sequence[int], slack: int = 8) -> list[list[int]]:
    """Sentence indices grouped by similar length (each group one padded batch): sorted by length, a group
    ends where the next sentence is longer than twice its shortest plus ``slack`` tokens."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    groups: list[list[int]] = []
    for i in order:
        if groups and lengths[i] <= 2 * lengths[groups[-1][0]] + slack:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


class NeuralTagger:
    """The neural tagger with the same interface as :class:`crf.Tagger`. ``NeuralTagger.load()`` gives the
    shipped model (cached). ``emit`` runs the network on the encoder's arrays; ``char_net``, the character CNN
    of a split model (:data:`CHARS_FILE`), where ``emit`` reads character vectors rather than characters."""

    def __init__(self, settings: Settings, lexicon: Lexicon, emit: Emitter, char_net: CharNet | None = None) -> None:
        self.settings = settings
        self.lexicon = lexicon
        self.encoder = Encoder(settings, lexicon, char_net=char_net)
        self._emit = emit
        trans_mask, start_mask = constraint_masks()
        self._trans = settings.transitions + trans_mask
        self._start = settings.start + start_mask
        self._end = settings.end

    @classmethod
    def load(cls, directory: Path | str | None = None) -> NeuralTagger:
        return _load(str(Path(directory) if directory is not None else DATA_DIR))

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels of several sentences, run as a few padded batches of sentences of similar length."""
        return decode_batches(sentences, self.emissions, self._trans, self._start, self._end)

    def emissions(self, sentences: Sequence[Sequence[str]]) -> tuple[FloatArray, list[int]]:
        """The network's label scores ``[sentences, longest, LABELS]`` of one padded batch, and the lengths."""
        arrays, lens = self.encoder.batch(sentences)
        return self._emit(arrays), lens

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (types PERS, LOC, ORG, MISC) for one sentence of surface tokens."""
        return self.tag_many([tokens])[0]

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences of one document in one batch, then tag untagged repeats of names found elsewhere
        in it and relabel spans against the document majority (as :meth:`crf.Tagger.tag_doc`)."""
        return consistent(sentences, self.tag_many(sentences), self.lexicon)


def onnx_session(path: Path) -> Any:
    """An onnxruntime session of the graph at ``path`` on one thread."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    # no memory pattern: it plans the buffers of one input shape, and every padded batch has its own (planning
    # each new shape cost more than it saved: 3-6% of the network's CPU over the sample, the same scores)
    opts.enable_mem_pattern = False
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])


def onnx_emitter(path: Path) -> Emitter:
    """An :data:`Emitter` running the ONNX network on one thread."""
    session = onnx_session(path)

    def emit(arrays: Batch) -> FloatArray:
        out = session.run(["emissions"], arrays)[0]
        return np.asarray(out, dtype=np.float32)

    return emit


class OnnxCharNet:
    """A :data:`CharNet`: the character CNN of a split model (:data:`CHARS_FILE`) run by onnxruntime."""

    def __init__(self, path: Path) -> None:
        self._session = onnx_session(path)

    def __call__(self, chars: IntArray) -> FloatArray:
        return np.asarray(self._session.run(["char_vec"], {"chars": chars})[0], dtype=np.float32)


def onnx_tagger(settings: Settings, lexicon: Lexicon, directory: Path) -> NeuralTagger:
    """The tagger of the ONNX graphs in ``directory``: ``model.onnx``, and ``chars.onnx`` where the model is split."""
    chars = directory / CHARS_FILE
    char_net = OnnxCharNet(chars) if chars.is_file() else None
    return NeuralTagger(settings, lexicon, onnx_emitter(directory / MODEL_FILE), char_net)


def read_settings(directory: Path) -> Settings:
    return Settings.from_json(json.loads((directory / META_FILE).read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def _load(directory: str) -> NeuralTagger:
    """The model of ``directory`` with the word lists it was trained with: those of the CRF model directory it
    sits in (its parent, as the package lays them out), else the shipped ones."""
    d = Path(directory)
    lists = d.parent if (d.parent / LEXICON_FILE).is_file() else None
    return onnx_tagger(read_settings(d), load_lexicon(lists), d)

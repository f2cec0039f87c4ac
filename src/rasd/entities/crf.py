"""The statistical NER tagger: the shipped CRF model, decoded in numpy from its own weights, and the document-level
consistency of a tagger's labels. Its features (and the word lists they read) are in :mod:`.crf_features`.

:meth:`Tagger.tag_doc` adds document-level consistency: a name tagged once is a name everywhere in the text.

Usage::

    tagger = Tagger.load()
    tagger.tag(["قال", "الرئيس", "باراك", "أوباما"])   # ['O', 'O', 'B-PERS', 'I-PERS']
"""

from __future__ import annotations

import json
import struct
from itertools import chain
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .crf_scores import TokenScorer
from .decode import viterbi
from .crf_features import (  # the features' names stay importable from here (tests, scripts, the neural tagger)
    Feat as Feat,
    Vocabulary as Vocabulary,
    shape as shape,
    sentence_features as sentence_features,
    spelled_features as spelled_features,
)
from .crf_lexicon import (  # (and the word lists', keys' and frequencies')
    DATA_DIR as DATA_DIR,
    FREQ_FILE as FREQ_FILE,
    LEXICON_FILE as LEXICON_FILE,
    META_FILE as META_FILE,
    MODEL_FILE as MODEL_FILE,
    TRIGGER_FILE as TRIGGER_FILE,
    TYPES as TYPES,
    Keys as Keys,
    Lexicon as Lexicon,
    lexicon as lexicon,
    freq_features as freq_features,
    load_lexicon as load_lexicon,
    phrase_key as phrase_key,
    read_freq as read_freq,
    token_keys as token_keys,
)

if TYPE_CHECKING:  # python-crfsuite is imported where the reference decoder first runs: decoding never needs it
    import pycrfsuite


def fix_bio(labels: list[str]) -> list[str]:
    """Repair invalid BIO: an ``I-X`` that does not continue an ``X`` span becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for lab in labels:
        if lab != "O" and lab[0] == "I" and prev[2:] != lab[2:]:  # labels are O, B-X or I-X
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO sequence (end exclusive); stray ``I-`` starts a span."""
    out: list[tuple[int, int, str]] = []
    if labels.count("O") == len(labels):  # (most sentences name nothing: no scan)
        return out
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab[0] == "B" or lab[2:] != typ:  # labels are O, B-X or I-X
            if start >= 0:
                out.append((start, i, typ))
            start, typ = (i, lab[2:]) if lab != "O" else (-1, "")
    return out


# Core keys never spread by document consistency on their own (title-like and function words).
_NOT_SPREAD_MIN_LEN = 3


def document_types(
    sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], lex: Lexicon,
    doc_cores: Sequence[Sequence[str]] | None = None,
) -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """What the first pass found in a document: core key -> majority type of the tokens of its names, and
    multi-token phrase -> type. ``doc_cores``: :func:`sentence_cores` of ``sentences``, when the caller has them."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    all_cores = sentence_cores(sentences) if doc_cores is None else doc_cores
    for sent_cores, labs in zip(all_cores, labels, strict=True):
        for s, e, typ in spans(labs):
            if typ == "MISC":
                continue
            cores = tuple(sent_cores[s:e])
            if e - s > 1:
                phrases[cores][typ] += 1
            weight = 2 if typ == "PERS" and e - s > 1 else 1  # a word of a full name: its person, surely
            for c in cores:
                if len(c) >= _NOT_SPREAD_MIN_LEN and c not in lex.triggers and "common" not in lex.words.get(c, ()):
                    votes[c][typ] += weight
    single = {c: t for c, v in votes.items() if (t := _majority(v))}
    multi = {p: t for p, v in phrases.items() if (t := _majority(v))}
    return single, multi


def _majority(votes: Counter[str]) -> str:
    top = votes.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else ""


def _relabel(
    out: list[str], cores: Sequence[str], single: dict[str, str], multi: dict[tuple[str, ...], str]
) -> None:
    """Give a span the type its words have in the rest of the document when it differs and is PERS or the span
    was MISC (in place):
    «جون آلين» tagged MISC once and PERS three times becomes PERS."""
    for s, e, typ in spans(out):
        if e - s > 1:
            want = multi.get(tuple(cores[s:e]), "")
        else:
            want = ""
        if not want:
            types = {single.get(c, "") for c in cores[s:e]}
            want = types.pop() if len(types) == 1 else ""
        if want and want != typ and (want == "PERS" or typ == "MISC"):
            out[s:e] = ["B-" + want] + ["I-" + want] * (e - s - 1)


def phrases_by_first(multi: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases of ``multi`` by their first word, longest first (in their order where as long): what
    :func:`spread` tries at a word; built once per document."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for p, typ in multi.items():
        by_first[p[0]].append((p, typ))
    return {k: sorted(v, key=lambda x: -len(x[0])) for k, v in by_first.items()}


def sentence_cores(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """The core key of every token of every sentence («وبالأردن» → «اردن»): worked out once per document for
    :func:`document_types` and :func:`spread`."""
    return [[token_keys(t).core for t in toks] for toks in sentences]


def spread(
    tokens: Sequence[str], labels: list[str], single: dict[str, str], multi: dict[tuple[str, ...], str],
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] | None = None, cores: Sequence[str] | None = None,
) -> list[str]:
    """Tag untagged repeats of names found elsewhere in the document: whole phrases of any type, and single
    words of person names (a surname alone, «أوباما», after «باراك أوباما»); and relabel spans whose type
    disagrees with the document majority. ``by_first``: :func:`phrases_by_first` of ``multi``, when the caller
    has it; ``cores``: those of ``tokens`` (:func:`sentence_cores`), likewise."""
    out = list(labels)
    if cores is None:
        cores = [token_keys(t).core for t in tokens]
    _relabel(out, cores, single, multi)
    firsts = phrases_by_first(multi) if by_first is None else by_first
    i = 0
    while i < len(tokens):
        if cores[i] in firsts:
            done = False
            for p, typ in firsts[cores[i]]:
                n = len(p)
                if tuple(cores[i : i + n]) == p and all(x == "O" for x in out[i : i + n]):
                    out[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                    i += n
                    done = True
                    break
            if done:
                continue
        if out[i] == "O" and single.get(cores[i]) == "PERS" and shape(tokens[i]) == "arabic":
            prev_pers = i > 0 and out[i - 1].endswith("PERS")
            out[i] = ("I-" if prev_pers else "B-") + "PERS"
        i += 1
    return fix_bio(out)


def consistent(sentences: Sequence[Sequence[str]], labels: list[list[str]], lex: Lexicon) -> list[list[str]]:
    """Document-level consistency of a tagger's labels: untagged repeats of names tagged elsewhere in the
    document are tagged, and spans are relabelled against the document's majority type."""
    cores = sentence_cores(sentences)
    single, multi = document_types(sentences, labels, lex, cores)
    by_first = phrases_by_first(multi)
    return [spread(s, lab, single, multi, by_first, c) for s, lab, c in zip(sentences, labels, cores, strict=True)]


class Tagger:
    """A trained CRF with its word lists. ``Tagger.load()`` gives the shipped model (cached).

    Decoding reads the model's weights (:func:`read_weights`) and scores all sentences of a document at once in
    numpy; python-crfsuite, which spends most of its time turning feature strings into attribute ids, is kept
    only for a model file laid out otherwise. Both give the same labels (tested).
    """

    def __init__(self, model: Path, lexicon: Lexicon, *, doc_features: bool = False) -> None:
        self.model_path = model
        self.lexicon = lexicon
        self.doc_features = doc_features  # was the model trained with the second-pass feature?
        self.weights = read_weights(model)
        self._crf: pycrfsuite.Tagger | None = None  # opened on first use: only the reference decoder needs it
        # features as attribute ids where the weights are read (no string lookups when decoding), else every
        # feature spelled out for python-crfsuite
        self.vocabulary = Vocabulary.of(self.weights.attributes) if self.weights else None
        # the decoding path: per-token sums of weight rows (the same scores as the features' rows, summed)
        self.scorer = (
            TokenScorer(self.weights.state, lexicon, self.vocabulary)
            if self.weights is not None and self.vocabulary is not None
            else None
        )

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Tagger:
        return _load(str(Path(directory) if directory is not None else DATA_DIR))

    def _run(self, feats: list[list[Feat]]) -> list[str]:
        """Labels of one sentence by python-crfsuite itself (the reference decoder)."""
        if not feats:
            return []
        if self.weights is not None:
            names = self.weights.names
            feats = [[names[f] if isinstance(f, int) else f for f in tok] for tok in feats]
        if self._crf is None:
            import pycrfsuite

            self._crf = pycrfsuite.Tagger()
            self._crf.open(str(self.model_path))
        return fix_bio(list(self._crf.tag(feats)))

    def _run_many(self, batch: Sequence[list[list[Feat]]]) -> list[list[str]]:
        w = self.weights
        if w is None:
            return [self._run(f) for f in batch]
        return [fix_bio(labels) for labels in w.decode(cast(Sequence[list[list[int]]], batch))]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (types PERS, LOC, ORG, MISC) for one sentence of surface tokens."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]], doc_types: dict[str, str] | None = None) -> list[list[str]]:
        """BIO labels of several sentences, scored together."""
        types = doc_types if doc_types is not None else ({} if self.doc_features else None)
        if self.scorer is not None and self.weights is not None:
            lengths = [len(s) for s in sentences]
            paths = self.weights.best(self.scorer.emissions(sentences, types), lengths)
            return [fix_bio(labels) for labels in paths]
        return self._run_many([sentence_features(s, self.lexicon, types, self.vocabulary) for s in sentences])

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences of one document with document-level consistency: the types found by a first pass
        feed a second pass (when the model was trained with them) and untagged repeats of names are tagged."""
        first = self.tag_many(sentences)
        if not self.doc_features:
            return consistent(sentences, first, self.lexicon)
        cores = sentence_cores(sentences)
        single, multi = document_types(sentences, first, self.lexicon, cores)
        second = self.tag_many(sentences, single)
        by_first = phrases_by_first(multi)
        return [spread(s, lab, single, multi, by_first, c) for s, lab, c in zip(sentences, second, cores, strict=True)]


@dataclass(frozen=True, eq=False)
class Weights:
    """The weights of a CRFsuite model: attribute ids, labels, state weights ``[attributes + 1, labels]`` (the
    last row, all zeros, stands for an attribute the model does not know) and transitions ``[labels, labels]``."""

    attributes: dict[str, int]
    names: tuple[str, ...]  # attribute id -> name
    labels: tuple[str, ...]
    state: npt.NDArray[np.float64]
    trans: npt.NDArray[np.float64]

    def emissions(self, batch: Sequence[list[list[int]]]) -> npt.NDArray[np.float64]:
        """The state scores ``[sentences, longest, labels]`` of a batch of sentences (per-token lists of
        attribute ids), zero past each sentence's end."""
        lengths = [len(f) for f in batch]
        padded = np.zeros((len(batch), max(lengths, default=0), len(self.labels)))
        if not any(lengths):
            return padded
        tokens = [tok for f in batch for tok in f]
        sizes = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        unknown = len(self.attributes)
        ids = np.fromiter(chain.from_iterable(tokens), np.int64, int(sizes.sum()))
        rows = self.state[np.append(ids, unknown)]  # a zero row at the end: reduceat never indexes past it
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        emit = np.add.reduceat(rows, starts, axis=0)
        emit[sizes == 0] = 0.0
        k = 0
        for i, n in enumerate(lengths):
            padded[i, :n] = emit[k : k + n]
            k += n
        return padded

    def decode(self, batch: Sequence[list[list[int]]]) -> list[list[str]]:
        """Best label sequence of each sentence (per-token lists of attribute ids), as CRFsuite's Viterbi."""
        return self.best(self.emissions(batch), [len(f) for f in batch])

    def best(self, emissions: npt.NDArray[np.float64], lengths: Sequence[int]) -> list[list[str]]:
        """Best label sequence of each sentence of a padded batch of state scores ``[sentences, longest, labels]``."""
        if not any(lengths):
            return [[] for _ in lengths]
        zero = np.zeros(len(self.labels))
        paths = viterbi(emissions, lengths, self.trans, zero, zero)
        return [[self.labels[j] for j in path] for path in paths]


def _cqdb_strings(data: bytes, base: int) -> list[str] | None:
    """The strings of a CQDB chunk of a CRFsuite model, by id; None where the chunk is not laid out as expected."""
    chunk, _csize, _flag, _order, count, backward = struct.unpack_from("<4s5I", data, base)
    if chunk != b"CQDB":
        return None
    out: list[str] = []
    for offset in struct.unpack_from(f"<{count}I", data, base + backward):
        _id, size = struct.unpack_from("<II", data, base + offset)
        out.append(data[base + offset + 8 : base + offset + 7 + size].decode("utf-8"))
    return out


def read_weights(model: Path) -> Weights | None:
    """The weights of a CRFsuite (1st-order) model file, read from its feature table; None where the file is not
    laid out as expected."""
    try:
        data = model.read_bytes()
        magic, _size, kind = struct.unpack_from("<4sI4s", data, 0)
        _version, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs = struct.unpack_from("<7I", data, 12)
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        labels = _cqdb_strings(data, off_labels)
        attrs = _cqdb_strings(data, off_attrs)
        chunk, _csize, num = struct.unpack_from("<4sII", data, off_feat)
        if labels is None or attrs is None or chunk != b"FEAT" or len(labels) != n_labels or len(attrs) != n_attrs:
            return None
        feats = np.frombuffer(data, dtype=_FEATURE, count=num, offset=off_feat + 12)
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        return None
    state = np.zeros((n_attrs + 1, n_labels))
    trans = np.zeros((n_labels, n_labels))
    st = feats[feats["type"] == 0]
    tr = feats[feats["type"] == 1]
    state[st["src"], st["dst"]] = st["w"]
    trans[tr["src"], tr["dst"]] = tr["w"]
    return Weights({a: i for i, a in enumerate(attrs)}, tuple(attrs), tuple(labels), state, trans)


# One feature of a CRFsuite model file: type (0 state: attribute → label, 1 transition: label → label), source,
# destination, weight.
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])


@lru_cache(maxsize=4)
def _load(directory: str) -> Tagger:
    d = Path(directory)
    lex = load_lexicon(d)
    meta = d / META_FILE
    settings = json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}
    return Tagger(d / MODEL_FILE, lex, doc_features=bool(settings.get("doc_features", False)))

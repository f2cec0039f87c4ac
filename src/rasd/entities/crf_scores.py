"""The CRF's state scores of sentences from per-token sums of weight rows: the decoding path of a loaded model.

A token's features fall into parts that depend on the token alone: its own features, what it lends to each
neighbour within ±2 (:data:`.crf_features.WINDOW`) and its core as seen 3 places before and after. Each part's
weight rows are summed once per distinct token and kept (:class:`TokenScorer`, a bounded per-model table), so a
sentence's scores are a few shifted additions of those sums plus the rows of the few features that combine
neighbours (list phrases, document types, :func:`.crf_features.tail_features`). The scores are those of
``Weights.emissions(sentence_features(...))`` up to float rounding (tested); only the order of the additions
differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from functools import lru_cache
from typing import cast

import numpy as np
import numpy.typing as npt

from .crf_features import WINDOW, Feat, Vocabulary, kept, lookup, token_features, TokenFeatures, tail_features
from .crf_lexicon import Lexicon, _phrase_tags, token_keys

Floats = npt.NDArray[np.float64]
_Ids = tuple[tuple[int, ...], ...]  # a token's parts of features: with a vocabulary, attribute ids
# the parts of a token's sums: own, lent to d = -2, -1, +1, +2 (as WINDOW), its core 3 before / 3 after it
_OWN, _FAR_BEFORE, _FAR_AFTER = 0, 5, 6
_PARTS = 7
_EDGE = 3  # virtual positions before and after each sentence that lend the edge features


def sentence_positions(lens: Sequence[int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The (sentence, position) of every token of a batch of sentences of lengths ``lens``, flattened in order
    (read-only arrays: the network's encoder and the CRF's scorer ask for those of the same batch in turn)."""
    return _positions(tuple(lens))


@lru_cache(maxsize=4)
def _positions(lens: tuple[int, ...]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    lengths = np.asarray(lens, dtype=np.int64)
    at_b = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    at_t = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    at_b.flags.writeable = False
    at_t.flags.writeable = False
    return at_b, at_t


@lru_cache(maxsize=256)
def sentence_tags(lex: Lexicon, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """:meth:`.crf_lexicon.Lexicon.phrase_tags` of a sentence of surface tokens, kept by the tokens themselves
    (the network's encoder and the CRF's scorer ask for those of the same sentence in turn)."""
    return _phrase_tags(lex, tuple([(k.core, k.bare) for k in map(token_keys, tokens)]))


class TokenRows:
    """The rows of bounded per-token tables (the CRF's sums, the neural encoder's rows): token -> row, in the order
    tokens were first met. :meth:`claim` adds a batch's new tokens, starting the tables afresh first where they would
    not fit (never within a batch) and raising ``capacity`` where one batch alone holds more."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.of: dict[str, int] = {}

    def claim(self, tokens: list[str]) -> tuple[list[str], bool]:
        """The tokens of ``tokens`` not yet in the tables (once each, in order), now given the rows after the last
        one; and whether the tables started afresh (their rows are to be written again from 0)."""
        of = self.of
        new = list(dict.fromkeys([t for t in tokens if t not in of]))  # (most are known: a short list to dedupe)
        restart = len(of) + len(new) > self.capacity
        if restart:
            self.of.clear()
            new = list(dict.fromkeys(tokens))
            self.capacity = max(self.capacity, len(new))
        for t in new:
            self.of[t] = len(self.of)
        return new, restart


class TokenScorer:
    """State scores ``[sentences, longest, labels]`` of batches of sentences for one model: ``state`` the weights
    ``[attributes + 1, labels]`` (:class:`.crf.Weights`), ``vocab`` its attribute ids. Per-token sums are cached
    for up to ``capacity`` distinct tokens (then the table starts afresh)."""

    def __init__(self, state: Floats, lexicon: Lexicon, vocab: Vocabulary, capacity: int = 1 << 16) -> None:
        self.state, self.lexicon, self.vocab = state, lexicon, vocab
        n_labels = state.shape[1]
        self._sums = np.zeros((capacity, _PARTS, n_labels))
        self._rows = TokenRows(capacity)
        self._feats: list[TokenFeatures] = []
        get = lookup(vocab)
        self._get = get
        # what the virtual positions before and after a sentence lend: the edge features
        self._bos = np.zeros((_PARTS, n_labels))
        self._eos = np.zeros((_PARTS, n_labels))
        for w, d in enumerate(WINDOW):
            edge = self._sum(kept([f"{d}BOS" if d < 0 else f"{d}EOS"], get))
            (self._bos if d < 0 else self._eos)[1 + w] = edge
        self._bos[_FAR_BEFORE] = self._sum(kept(["-3c=BOS"], get))
        self._eos[_FAR_AFTER] = self._sum(kept(["+3c=EOS"], get))
        # features of list phrases and document types, by tag: own, and lent to the neighbour d places away
        self._phrase: dict[str, list[tuple[int, int]]] = {}
        self._doc_type: dict[str, int | None] = {}

    def _sum(self, ids: Sequence[Feat]) -> Floats:
        return self.state[[int(f) for f in ids]].sum(axis=0) if ids else np.zeros(self.state.shape[1])

    @property
    def capacity(self) -> int:
        return self._rows.capacity

    def _rows_of(self, tokens: list[str]) -> list[int]:
        """The table rows of ``tokens``, summing the weight rows of the tokens not yet in the table (all of them
        in one pass over the weights)."""
        new, restart = self._rows.claim(tokens)
        if restart:
            self._feats.clear()
            if self._sums.shape[0] < self._rows.capacity:  # a batch larger than the table: make room for it
                self._sums = np.zeros((self._rows.capacity, *self._sums.shape[1:]))
        if new:
            ids: list[int] = []
            starts: list[int] = []
            first = len(self._feats)
            at = 0
            for token in new:
                tf = token_features(token, self.lexicon, self.vocab)
                self._feats.append(tf)
                # the parts in table order: own, lent to each d of WINDOW, core 3 before / 3 after it
                parts = (tf.own, *tf.context, tf.far[0], tf.far[1])
                for part in parts:
                    starts.append(at)
                    at += len(part)
                ids += chain.from_iterable(cast(_Ids, parts))  # (attribute ids already: no int() per feature)
            n_parts, unknown = len(starts), self.state.shape[0] - 1  # the last row of ``state`` is all zeros
            sizes = np.diff(np.asarray([*starts, len(ids)], dtype=np.int64))
            ids.append(unknown)  # reduceat never indexes past the rows
            sums = np.add.reduceat(self.state[ids], np.asarray(starts, dtype=np.int64), axis=0)
            sums[sizes == 0] = 0.0
            self._sums[first : first + len(new)] = sums[:n_parts].reshape(len(new), _PARTS, -1)
        rows = self._rows.of
        return [rows[t] for t in tokens]

    def _phrase_features(self, tag: str) -> list[tuple[int, int]]:
        """(offset of the token that receives it, feature id) of a phrase tag: 0 its own «P=», and the «dP=»
        it lends to the token ``-d`` places away."""
        got = self._phrase.get(tag)
        if got is None:
            got = [(0, int(f)) for f in kept(["P=" + tag], self._get)]
            got += [(-d, int(f)) for d in WINDOW for f in kept([f"{d}P=" + tag], self._get)]
            self._phrase[tag] = got
        return got

    def emissions(self, sentences: Sequence[Sequence[str]], doc_types: dict[str, str] | None = None) -> Floats:
        """The state scores of a batch of sentences of surface tokens, zero past each sentence's end."""
        lens = [len(s) for s in sentences]
        b, t_max, n_labels = len(sentences), max(lens, default=0), self.state.shape[1]
        if not b or not t_max:
            return np.zeros((b, t_max, n_labels))
        flat = [t for s in sentences for t in s]
        rows = self._rows_of(flat)
        at_b, at_t = sentence_positions(lens)
        y = np.empty((b, t_max + 2 * _EDGE, _PARTS, n_labels))
        y[:] = self._eos
        y[:, :_EDGE] = self._bos
        y[at_b, at_t + _EDGE] = self._sums[rows]
        e = _EDGE
        out = y[:, e : e + t_max, _OWN].copy()
        for w, d in enumerate(WINDOW):  # what the token d places away lends
            out += y[:, e + d : e + d + t_max, 1 + w]
        out += y[:, e - 3 : e - 3 + t_max, _FAR_BEFORE]
        out += y[:, e + 3 : e + 3 + t_max, _FAR_AFTER]
        pos, ids = self._combined(sentences, rows, doc_types, t_max)
        if ids:
            flat_out = out.reshape(b * t_max, n_labels)
            np.add.at(flat_out, np.asarray(pos, dtype=np.int64), self.state[ids])
        mask = np.arange(t_max)[None, :] >= np.asarray(lens)[:, None]
        out[mask] = 0.0
        return out

    def _combined(
        self, sentences: Sequence[Sequence[str]], rows: list[int], doc_types: dict[str, str] | None, t_max: int
    ) -> tuple[list[int], list[int]]:
        """(flat position, feature id) of the features that are not a token's alone."""
        pos: list[int] = []
        ids: list[int] = []
        k0 = 0
        for s_i, sent in enumerate(sentences):
            n = len(sent)
            base = s_i * t_max
            toks = [self._feats[r] for r in rows[k0 : k0 + n]]
            k0 += n
            cores = [t.keys.core for t in toks]
            if any(t.opens_phrase for t in toks):  # (the keys only where a list phrase may open)
                for i, tag in enumerate(sentence_tags(self.lexicon, tuple(sent))):
                    if tag:
                        for off, f in self._phrase_features(tag):
                            if 0 <= i + off < n:
                                pos.append(base + i + off)
                                ids.append(f)
            if doc_types is not None:
                for i, c in enumerate(cores):
                    if c in doc_types:
                        f_doc = self._doc_feature(doc_types[c])
                        if f_doc is not None:
                            pos.append(base + i)
                            ids.append(f_doc)
            tail = tail_features(toks, cores, self._get, self.vocab, far=False)
            pos += [base + i for i, _ in tail]  # (two comprehensions: ~2,000 features an article, no call each)
            ids += [feat for _, feat in cast(list[tuple[int, int]], tail)]  # (attribute ids: no int() each)
        return pos, ids

    def _doc_feature(self, typ: str) -> int | None:
        if typ not in self._doc_type:
            got = kept(["D=" + typ], self._get)
            self._doc_type[typ] = int(got[0]) if got else None
        return self._doc_type[typ]


__all__ = ["TokenRows", "TokenScorer", "sentence_positions", "sentence_tags"]

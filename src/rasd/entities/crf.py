"""The statistical NER tagger: CRF features over surface tokens, and the shipped model.

Tokens are surface tokens as the tokenizer gives them (punctuation split off, clitics still attached, e.g.
«وبالأردن»). Features are computed on matching keys (:func:`rasd.text.normalize.norm_key`) of the token and of
its clitic-stripped forms, on affixes, character 3- and 4-grams (the shape of transliterated foreign names),
word lists built by ``scripts/build_ner_lists.py``, hand-written trigger words and how common the word is
(Zipf buckets of :data:`FREQ_FILE`, built from wordfreq by ``scripts/build_word_freq.py``), with a ±2 token window
(±3 for the words themselves) and a few conjunctions (trigger before a listed word, list class pairs).
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pycrfsuite

from ..text.normalize import norm_key, proclitic_readings
from .decode import viterbi

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
MODEL_FILE = "model.crfsuite"
LEXICON_FILE = "lexicon.tsv"
TRIGGER_FILE = "triggers.tsv"
META_FILE = "model.json"
FREQ_FILE = "wordfreq.tsv"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# One-letter proclitics (conjunctions, prepositions): ambiguous (بوش, لندن, وليد), so only a secondary form.
_ONE_LETTER = ("و", "ف", "ب", "ل", "ك")
_WINDOW = (-2, -1, 1, 2)


@dataclass(frozen=True, slots=True)
class Keys:
    """Matching keys of one surface token."""

    key: str  # norm_key of the whole token
    core: str  # article-bearing proclitics removed («وبالأردن» → «اردن»); else the key
    prefix: str  # what was removed for ``core``
    bare: str  # one more one-letter proclitic removed when no article was («وواشنطن» → «واشنطن»); else core


@lru_cache(maxsize=1 << 15)
def token_keys(token: str) -> Keys:
    key = norm_key(token)
    definite = [n for n, _stem, is_def in proclitic_readings(key) if is_def]
    if definite:  # proclitics ending in the article: stripping them is safe
        n = max(definite)
        return Keys(key, key[n:], key[:n], key[n:])
    if len(key) >= 4 and key[0] in _ONE_LETTER:
        return Keys(key, key, "", key[1:])
    return Keys(key, key, "", key)


def phrase_key(words: Iterable[str]) -> tuple[str, ...]:
    """The key of a multi-word name: the ``core`` of every word (article and clitics removed)."""
    return tuple(token_keys(w).core for w in words)


@dataclass(frozen=True, eq=False)  # hashed by identity: a loaded, read-only resource
class Lexicon:
    """Word lists: single words by class, multi-word phrases indexed by their first word, trigger words, and
    word frequencies (empty where the model directory has no frequency table: a model trained without them)."""

    words: dict[str, tuple[str, ...]]  # core key -> classes
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first core key -> ((phrase, class), ...)
    triggers: dict[str, str]  # core key -> trigger class
    # first core key -> ((length, {the other words: class}), ...), longest first; where one phrase has several
    # classes, the first in sorted order (as ``phrases`` lists them)
    by_length: dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = field(default_factory=dict)
    freq: dict[str, int] = field(default_factory=dict)  # key -> Zipf × 10 of the most frequent words (wordfreq)

    @classmethod
    def from_files(cls, lexicon: Path, triggers: Path, freq: Path | None = None) -> Lexicon:
        words: dict[str, tuple[str, ...]] = {}
        phrases: dict[str, set[tuple[tuple[str, ...], str]]] = defaultdict(set)
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple object per class combination
        if lexicon.exists():
            for line in lexicon.read_text(encoding="utf-8").splitlines():
                klass, _, text = line.partition("\t")
                if not text or klass.startswith("#"):
                    continue
                if " " not in text:
                    combo = (*words.get(text, ()), klass)
                    words[text] = shared.setdefault(combo, combo)
                else:
                    parts = tuple(text.split())
                    phrases[parts[0]].add((parts, klass))
        trig: dict[str, str] = {}
        for line in triggers.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, _, klass = line.partition("\t")
                trig.setdefault(token_keys(word).core, klass.strip())
        by_first = {k: tuple(sorted(v, key=lambda x: (-len(x[0]), x))) for k, v in phrases.items()}
        by_length: dict[str, tuple[tuple[int, dict[tuple[str, ...], str]], ...]] = {}
        for first, entries in by_first.items():
            tables: dict[int, dict[tuple[str, ...], str]] = {}
            for phrase, klass in entries:
                tables.setdefault(len(phrase), {}).setdefault(phrase[1:], klass)
            by_length[first] = tuple(tables.items())  # entries are longest first
        return cls(words, by_first, trig, by_length, read_freq(freq) if freq is not None else {})

    def word_classes(self, k: Keys) -> tuple[str, ...]:
        got = self.words.get(k.core)
        if got is None and k.bare != k.core:
            got = self.words.get(k.bare)
        return got or ()

    def phrase_tags(self, keys: Sequence[Keys]) -> list[str]:
        """BIO tags of the longest list phrases matched over the sentence (``B-city``, ``I-country`` ...)."""
        out = [""] * len(keys)
        by_length = self.by_length
        cores = [k.core for k in keys]
        i = 0
        while i < len(keys):
            k = keys[i]
            matched = 0
            for first in (k.core,) if k.bare == k.core else (k.core, k.bare):
                for n, table in by_length.get(first, ()):
                    if n <= matched:
                        break
                    if i + n <= len(keys) and (klass := table.get(tuple(cores[i + 1 : i + n]))) is not None:
                        out[i] = "B-" + klass
                        for j in range(1, n):
                            out[i + j] = "I-" + klass
                        matched = n
                        break
            i += max(matched, 1)
        return out


def read_freq(path: Path) -> dict[str, int]:
    """The word frequency table (``zipf×10<TAB>key key ...`` lines): key -> Zipf × 10; empty when absent."""
    out: dict[str, int] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            value, _, keys = line.partition("\t")
            if keys and not value.startswith("#"):
                out.update(dict.fromkeys(keys.split(), int(value)))
    return out


def _bucket(zipf10: int) -> str:
    return str(zipf10 // 10)  # whole Zipf units; 0: not among the frequent words


def freq_features(k: Keys, freq: Mapping[str, int]) -> tuple[str, str]:
    """How common a token is (feature family «Z»): «k» + the Zipf bucket of its whole key and «c» + that of its
    core. Common words score high; names low; rare foreign names (ماكغورك) are not in the table at all."""
    zk = freq.get(k.key, 0)
    zc = zk if k.core == k.key else freq.get(k.core, 0)
    return "k" + _bucket(zk), "c" + _bucket(zc)


@lru_cache(maxsize=1 << 14)
def _shape(tok: str) -> str:
    if tok and "\u0621" <= min(tok) and max(tok) <= "\u064a":  # Arabic letters only: the common case
        return "arabic"
    if any(c.isdigit() for c in tok):
        return "digit"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "latin"
    if not any(c.isalpha() for c in tok):
        return "punct"
    return "arabic"


Feat = str | int  # a feature: its spelled name, or with a loaded model's vocabulary its attribute id
Getter = Callable[[str], Feat | None]  # a feature as the model knows it, None where the model does not
_AFFIX = tuple((m, f"s{m}", f"p{m}") for m in (1, 2, 3, 4))
# the names of the features a token lends to its neighbours, per offset d in _WINDOW
_LENT = tuple((d, f"{d}c", f"{d}sh", f"{d}L", f"{d}T", f"{d}pre", f"{d}s2") for d in _WINDOW)
# every «name=value» feature of a single token: looked up by value in a known vocabulary, without spelling it
_NAMED = (
    "k", "c", "pre", "sh", "len", "bare", "g", "g4", "L", "T", "-3c", "+3c", "Z",
    *(x for _m, s, p in _AFFIX for x in (s, p)), *(x for lent in _LENT for x in lent[1:]),
)  # fmt: skip


def _own_features(token: str, k: Keys, classes: tuple[str, ...], trig: str, fam: dict[str, Getter]) -> list[Feat]:
    """The features of a token that do not depend on its neighbours («b», «k=» + key, ...), each as ``fam``
    names it (None: unknown to the model)."""
    c = k.core
    shape = _shape(token)
    f = [fam["k"](k.key), fam["c"](c), fam["pre"](k.prefix), fam["sh"](shape), fam["len"](str(min(len(c), 9)))]
    if k.bare != c:
        f.append(fam["bare"](k.bare))
    for m, suffix, prefix in _AFFIX:
        if len(c) > m:
            f.append(fam[suffix](c[-m:]))
            f.append(fam[prefix](c[:m]))
    if shape == "arabic" and len(c) >= 3:
        padded = "^" + c + "$"
        g3, g4 = fam["g"], fam["g4"]
        f += [g3(padded[j : j + 3]) for j in range(len(padded) - 2)]
        f += [g4(padded[j : j + 4]) for j in range(len(padded) - 3)]
    if classes:
        lists = fam["L"]
        f += [lists(x) for x in classes]
    if trig:
        f.append(fam["T"](trig))
    return [x for x in f if x is not None]


def _context_features(
    token: str, k: Keys, classes: tuple[str, ...], trig: str, fam: dict[str, Getter]
) -> list[list[Feat]]:
    """The features a token lends to the token ``d`` places away, for each d in ``_WINDOW``."""
    shape = _shape(token)
    out = []
    for d, core, sh, lists, trigger, prefix, s2 in _LENT:
        f = [fam[core](k.core), fam[sh](shape)]
        if classes:
            get = fam[lists]
            f += [get(x) for x in classes]
        if trig:
            f.append(fam[trigger](trig))
        if d in (-1, 1):
            f.append(fam[prefix](k.prefix))
            f.append(fam[s2](k.core[-2:]))
        out.append([x for x in f if x is not None])
    return out


class _Spell:
    """A feature name without a vocabulary (training): every value is spelled out, «name=value»."""

    def __init__(self, name: str) -> None:
        self.prefix = name + "="

    def __call__(self, value: str) -> str:
        return self.prefix + value


_SPELL: dict[str, Getter] = {name: _Spell(name) for name in _NAMED}


@dataclass(frozen=True, eq=False)  # hashed by identity: one per loaded model
class Vocabulary:
    """The attribute strings a model knows: features outside it add nothing to any score, so the tagger may
    leave them out (the strings kept are the vocabulary's own objects, shared by every cached token)."""

    attributes: Mapping[str, Feat]
    pairs: dict[str, dict[tuple[str, str], Feat]]  # _PAIRS name -> (a, b) -> the known feature «name + a|b»
    named: dict[str, Getter]  # _NAMED name -> value -> the known feature «name=value» (or None)

    @classmethod
    def of(cls, attributes: Mapping[str, Feat]) -> Vocabulary:
        pairs: dict[str, dict[tuple[str, str], Feat]] = {name: {} for name in _PAIRS}
        for feat in attributes:
            for name, known in pairs.items():
                if feat.startswith(name):
                    rest = feat[len(name) :]
                    at = rest.find("|")
                    while at >= 0:  # every split: a or b may hold a «|» themselves
                        known[rest[:at], rest[at + 1 :]] = attributes[feat]
                        at = rest.find("|", at + 1)
        values: dict[str, dict[str, Feat]] = {name: {} for name in _NAMED}
        for feat in attributes:
            name, eq, value = feat.partition("=")  # no name holds «=»: the first one ends it
            if eq and name in values:
                values[name][value] = attributes[feat]
        return cls(attributes, pairs, {name: known.get for name, known in values.items()})


# Features on a pair of values, «name + a|b»: looked up by (a, b) in a known vocabulary, without spelling them.
_PAIRS = ("T-1|L=", "L|L+1=", "c-1|c=", "c|c+1=")


class _Spelled:
    """The pair features of a model without a vocabulary (training): every one is spelled out."""

    def __init__(self, name: str) -> None:
        self.name = name

    def get(self, pair: tuple[str, str]) -> str:
        return self.name + pair[0] + "|" + pair[1]


_SPELLED = {name: _Spelled(name) for name in _PAIRS}


@dataclass(frozen=True, slots=True)
class _TokenFeatures:
    """Everything the features of a sentence need from one token, computed once per token string."""

    keys: Keys
    classes: tuple[str, ...]  # word-list classes, sorted
    trig: str  # trigger class or ""
    own: tuple[Feat, ...]  # features of the token itself
    context: tuple[tuple[Feat, ...], ...]  # features it lends to the token d places away, d in _WINDOW order
    far: tuple[tuple[Feat, ...], tuple[Feat, ...]]  # its core lent to the tokens 3 places after and before it
    opens_phrase: bool  # may start a list phrase (its core or bare form starts one)


def _same(x: str) -> str:
    return x


def _lookup(vocab: Vocabulary | None) -> Getter:
    """The canonical string of a feature the model knows, None for one it does not (no vocabulary: all)."""
    return _same if vocab is None else vocab.attributes.get


def _kept(feats: Iterable[str], get: Getter) -> tuple[Feat, ...]:
    return tuple([y for x in feats if (y := get(x)) is not None])


@lru_cache(maxsize=1 << 15)
def _token_features(token: str, lex: Lexicon, vocab: Vocabulary | None) -> _TokenFeatures:
    fam = _SPELL if vocab is None else vocab.named
    k = token_keys(token)
    classes = tuple(sorted(lex.word_classes(k)))
    trig = lex.triggers.get(k.core, "")
    b = _kept(["b"], _lookup(vocab))
    own = (*b, *_own_features(token, k, classes, trig, fam))
    if lex.freq and _shape(token) == "arabic":
        own = (*own, *_kept(freq_features(k, lex.freq), fam["Z"]))
    context = tuple(tuple(f) for f in _context_features(token, k, classes, trig, fam))
    far = (_kept([k.core], fam["-3c"]), _kept([k.core], fam["+3c"]))
    opens = k.core in lex.phrases or k.bare in lex.phrases
    return _TokenFeatures(k, classes, trig, own, context, far, opens)


def sentence_features(
    tokens: Sequence[str], lex: Lexicon, doc_types: dict[str, str] | None = None, vocab: Vocabulary | None = None
) -> list[list[Feat]]:
    """CRF features for each token of one sentence. ``doc_types`` maps core keys to the entity type they were
    given elsewhere in the document (second pass of :meth:`Tagger.tag_doc`). With ``vocab``, only the features
    the model knows (the same scores, less work for the tagger), in the same order.

    The features of token i, in order: its own; its phrase tag and document type; for d = -2, -1, 1, 2 what
    token i+d lends it (with that token's phrase tag) or the sentence edge; the trigger before it with its
    classes; its classes with those after it; an organisation head within 3 tokens before; the cores 3 tokens
    away; the core pairs with its neighbours. Each piece is put together for the whole sentence at once."""
    n = len(tokens)
    if not n:
        return []
    get = _lookup(vocab)
    toks = [_token_features(t, lex, vocab) for t in tokens]
    keys = [t.keys for t in toks]
    phr = lex.phrase_tags(keys) if any(t.opens_phrase for t in toks) else [""] * n
    cores = [k.core for k in keys]
    owns = [t.own for t in toks]  # with the token's phrase tag and document type
    lent = [[t.context[w] for t in toks] for w in range(len(_WINDOW))]
    for i, tag in enumerate(phr):
        if tag:
            owns[i] = (*owns[i], *_kept(["P=" + tag], get))
            for w, d in enumerate(_WINDOW):
                lent[w][i] = (*lent[w][i], *_kept([f"{d}P=" + tag], get))
    if doc_types is not None:
        for i, c in enumerate(cores):
            if c in doc_types:
                owns[i] = (*owns[i], *_kept(["D=" + doc_types[c]], get))
    edge = [_kept([f"{d}BOS" if d < 0 else f"{d}EOS"], get) for d in _WINDOW]
    # what token i receives from token i+d: lent[w] shifted by d, the edge where i+d is outside the sentence
    before2 = ([edge[0]] * 2 + lent[0])[:n]
    before1 = [edge[1], *lent[1]][:n]
    after1 = [*lent[2][1:], edge[2]]
    after2 = (lent[3][2:] + [edge[3]] * 2)[:n]
    feats = [[*own, *b2, *b1, *a1, *a2] for own, b2, b1, a1, a2 in zip(owns, before2, before1, after1, after2)]
    _add_tails(feats, toks, cores, get, vocab)
    return feats


def spelled_features(tokens: Sequence[str], lex: Lexicon, doc_types: dict[str, str] | None = None) -> list[list[str]]:
    """The features of a sentence spelled out as names (no vocabulary: every feature), for training."""
    return cast(list[list[str]], sentence_features(tokens, lex, doc_types, None))


def _add_tails(
    feats: list[list[Feat]],
    toks: list[_TokenFeatures],
    cores: list[str],
    get: Getter,
    vocab: Vocabulary | None,
) -> None:
    """Add to each token's features those that combine it with its neighbours (trigger and list classes,
    organisation head, far cores, core pairs), vocabulary-filtered."""
    pairs: Mapping[str, _Spelled | dict[tuple[str, str], Feat]] = _SPELLED if vocab is None else vocab.pairs
    trig_class = pairs["T-1|L="].get
    class_class = pairs["L|L+1="].get
    pair_before = pairs["c-1|c="].get
    pair_after = pairs["c|c+1="].get
    orghead = get("orghead<=3")
    n = len(toks)
    m3 = _kept(["-3c=BOS"], get)
    p3 = _kept(["+3c=EOS"], get)
    last_orghead = -9  # position of the last organisation head word seen before i
    left = "BOS"
    for i, tf in enumerate(toks):
        f = feats[i]
        c = cores[i]
        classes = tf.classes
        if classes:
            f += [y for x in classes if (y := trig_class((left, x))) is not None]
        elif (y := trig_class((left, "none"))) is not None:
            f.append(y)
        if i + 1 < n:
            if toks[i + 1].classes:
                joined = "/".join(classes) or "none"
                f += [y for x in toks[i + 1].classes if (y := class_class((joined, x))) is not None]
        elif (y := class_class(("/".join(classes) or "none", "EOS"))) is not None:
            f.append(y)
        if i - last_orghead <= 3 and orghead is not None:
            f.append(orghead)
        f += toks[i - 3].far[0] if i >= 3 else m3
        f += toks[i + 3].far[1] if i + 3 < n else p3
        if i > 0 and (y := pair_before((cores[i - 1], c))) is not None:
            f.append(y)
        if i + 1 < n and (y := pair_after((c, cores[i + 1]))) is not None:
            f.append(y)
        if tf.trig == "orghead":
            last_orghead = i
        left = tf.trig


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
    sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], lex: Lexicon
) -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """What the first pass found in a document: core key -> majority type of the tokens of its names, and
    multi-token phrase -> type."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for toks, labs in zip(sentences, labels, strict=True):
        for s, e, typ in spans(labs):
            if typ == "MISC":
                continue
            cores = tuple(token_keys(t).core for t in toks[s:e])
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


def spread(
    tokens: Sequence[str], labels: list[str], single: dict[str, str], multi: dict[tuple[str, ...], str]
) -> list[str]:
    """Tag untagged repeats of names found elsewhere in the document: whole phrases of any type, and single
    words of person names (a surname alone, «أوباما», after «باراك أوباما»); and relabel spans whose type
    disagrees with the document majority."""
    out = list(labels)
    cores = [token_keys(t).core for t in tokens]
    _relabel(out, cores, single, multi)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for p, typ in multi.items():
        by_first[p[0]].append((p, typ))
    i = 0
    while i < len(tokens):
        if cores[i] in by_first:
            done = False
            for p, typ in sorted(by_first[cores[i]], key=lambda x: -len(x[0])):
                n = len(p)
                if tuple(cores[i : i + n]) == p and all(x == "O" for x in out[i : i + n]):
                    out[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                    i += n
                    done = True
                    break
            if done:
                continue
        if out[i] == "O" and single.get(cores[i]) == "PERS" and _shape(tokens[i]) == "arabic":
            prev_pers = i > 0 and out[i - 1].endswith("PERS")
            out[i] = ("I-" if prev_pers else "B-") + "PERS"
        i += 1
    return fix_bio(out)


def consistent(sentences: Sequence[Sequence[str]], labels: list[list[str]], lex: Lexicon) -> list[list[str]]:
    """Document-level consistency of a tagger's labels: untagged repeats of names tagged elsewhere in the
    document are tagged, and spans are relabelled against the document's majority type."""
    single, multi = document_types(sentences, labels, lex)
    return [spread(s, lab, single, multi) for s, lab in zip(sentences, labels, strict=True)]


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
        return self._run_many([sentence_features(s, self.lexicon, types, self.vocabulary) for s in sentences])

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences of one document with document-level consistency: the types found by a first pass
        feed a second pass (when the model was trained with them) and untagged repeats of names are tagged."""
        first = self.tag_many(sentences)
        if not self.doc_features:
            return consistent(sentences, first, self.lexicon)
        single, multi = document_types(sentences, first, self.lexicon)
        second = self.tag_many(sentences, single)
        return [spread(s, lab, single, multi) for s, lab in zip(sentences, second, strict=True)]


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
        lengths = [len(f) for f in batch]
        if not any(lengths):
            return [[] for _ in batch]
        zero = np.zeros(len(self.labels))
        paths = viterbi(self.emissions(batch), lengths, self.trans, zero, zero)
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


@lru_cache(maxsize=4)
def _lexicon(directory: str) -> Lexicon:
    d = Path(directory)
    return Lexicon.from_files(d / LEXICON_FILE, d / TRIGGER_FILE, d / FREQ_FILE)


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    return _lexicon(str(Path(directory) if directory is not None else DATA_DIR))

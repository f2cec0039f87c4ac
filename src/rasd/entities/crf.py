"""The statistical NER tagger: CRF features over surface tokens, and the shipped model.

Tokens are surface tokens as the tokenizer gives them (punctuation split off, clitics still attached, e.g.
«وبالأردن»). Features are computed on matching keys (:func:`rasd.text.normalize.norm_key`) of the token and of
its clitic-stripped forms, on affixes, character 3- and 4-grams (the shape of transliterated foreign names),
word lists built by ``scripts/build_ner_lists.py`` and hand-written trigger words, with a ±2 token window
(±3 for the words themselves) and a few conjunctions (trigger before a listed word, list class pairs).
:meth:`Tagger.tag_doc` adds document-level consistency: a name tagged once is a name everywhere in the text.

Usage::

    tagger = Tagger.load()
    tagger.tag(["قال", "الرئيس", "باراك", "أوباما"])   # ['O', 'O', 'B-PERS', 'I-PERS']
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from ..text.normalize import norm_key, proclitic_readings

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
MODEL_FILE = "model.crfsuite"
LEXICON_FILE = "lexicon.tsv"
TRIGGER_FILE = "triggers.tsv"
META_FILE = "model.json"
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


@lru_cache(maxsize=1 << 17)
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
    """Word lists: single words by class, multi-word phrases indexed by their first word, trigger words."""

    words: dict[str, tuple[str, ...]]  # core key -> classes
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first core key -> ((phrase, class), ...)
    triggers: dict[str, str]  # core key -> trigger class

    @classmethod
    def from_files(cls, lexicon: Path, triggers: Path) -> Lexicon:
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
        return cls(words, by_first, trig)

    def word_classes(self, k: Keys) -> tuple[str, ...]:
        got = self.words.get(k.core)
        if got is None and k.bare != k.core:
            got = self.words.get(k.bare)
        return got or ()

    def phrase_tags(self, keys: Sequence[Keys]) -> list[str]:
        """BIO tags of the longest list phrases matched over the sentence (``B-city``, ``I-country`` ...)."""
        out = [""] * len(keys)
        i = 0
        while i < len(keys):
            matched = 0
            for first in (keys[i].core,) if keys[i].bare == keys[i].core else (keys[i].core, keys[i].bare):
                for phrase, klass in self.phrases.get(first, ()):
                    n = len(phrase)
                    if n > matched and i + n <= len(keys) and all(
                        keys[i + j].core == phrase[j] for j in range(1, n)
                    ):
                        out[i] = "B-" + klass
                        for j in range(1, n):
                            out[i + j] = "I-" + klass
                        matched = n
            i += max(matched, 1)
        return out


@lru_cache(maxsize=1 << 16)
def _shape(tok: str) -> str:
    if any(c.isdigit() for c in tok):
        return "digit"
    if any("a" <= c.lower() <= "z" for c in tok):
        return "latin"
    if not any(c.isalpha() for c in tok):
        return "punct"
    return "arabic"


@lru_cache(maxsize=1 << 16)
def _own_features(token: str, lex: Lexicon) -> tuple[str, ...]:
    """The features of a token that do not depend on its neighbours (cached per token string)."""
    k = token_keys(token)
    c = k.core
    shape = _shape(token)
    f = ["b", "k=" + k.key, "c=" + c, "pre=" + k.prefix, "sh=" + shape, f"len={min(len(c), 9)}"]
    if k.bare != c:
        f.append("bare=" + k.bare)
    for m in (1, 2, 3, 4):
        if len(c) > m:
            f.append(f"s{m}=" + c[-m:])
            f.append(f"p{m}=" + c[:m])
    if shape == "arabic" and len(c) >= 3:
        padded = "^" + c + "$"
        f.extend("g=" + padded[j : j + 3] for j in range(len(padded) - 2))
        f.extend("g4=" + padded[j : j + 4] for j in range(len(padded) - 3))
    f.extend("L=" + x for x in sorted(lex.word_classes(k)))
    trig = lex.triggers.get(c, "")
    if trig:
        f.append("T=" + trig)
    return tuple(f)


@lru_cache(maxsize=1 << 17)
def _context_features(token: str, d: int, lex: Lexicon) -> tuple[str, ...]:
    """The features a token lends to the token ``d`` places away (cached per token string and offset)."""
    k = token_keys(token)
    f = [f"{d}c=" + k.core, f"{d}sh=" + _shape(token)]
    f.extend(f"{d}L=" + x for x in sorted(lex.word_classes(k)))
    trig = lex.triggers.get(k.core, "")
    if trig:
        f.append(f"{d}T=" + trig)
    if abs(d) == 1:
        f.append(f"{d}pre=" + k.prefix)
        f.append(f"{d}s2=" + k.core[-2:])
    return tuple(f)


def sentence_features(
    tokens: Sequence[str], lex: Lexicon, doc_types: dict[str, str] | None = None
) -> list[list[str]]:
    """CRF features for each token of one sentence. ``doc_types`` maps core keys to the entity type they were
    given elsewhere in the document (second pass of :meth:`Tagger.tag_doc`)."""
    keys = [token_keys(t) for t in tokens]
    phr = lex.phrase_tags(keys)
    classes = [sorted(lex.word_classes(k)) for k in keys]
    trig = [lex.triggers.get(k.core, "") for k in keys]
    n = len(tokens)
    feats: list[list[str]] = []
    last_orghead = -9  # position of the last organisation head word seen before i
    for i, k in enumerate(keys):
        c = k.core
        if i > 0 and trig[i - 1] == "orghead":
            last_orghead = i - 1
        f = list(_own_features(tokens[i], lex))
        if phr[i]:
            f.append("P=" + phr[i])
        if doc_types is not None and c in doc_types:
            f.append("D=" + doc_types[c])
        for d in _WINDOW:
            j = i + d
            if 0 <= j < n:
                f.extend(_context_features(tokens[j], d, lex))
                if phr[j]:
                    f.append(f"{d}P=" + phr[j])
            else:
                f.append(f"{d}BOS" if d < 0 else f"{d}EOS")
        left = trig[i - 1] if i > 0 else "BOS"
        for x in classes[i] or ["none"]:
            f.append(f"T-1|L={left}|{x}")
        for x in classes[i + 1] if i + 1 < n else ["EOS"]:
            f.append(f"L|L+1={'/'.join(classes[i]) or 'none'}|{x}")
        if i - last_orghead <= 3:
            f.append("orghead<=3")
        f.append("-3c=" + (keys[i - 3].core if i >= 3 else "BOS"))
        f.append("+3c=" + (keys[i + 3].core if i + 3 < n else "EOS"))
        if i > 0:
            f.append("c-1|c=" + keys[i - 1].core + "|" + c)
        if i + 1 < n:
            f.append("c|c+1=" + c + "|" + keys[i + 1].core)
        feats.append(f)
    return feats


def fix_bio(labels: list[str]) -> list[str]:
    """Repair invalid BIO: an ``I-X`` that does not continue an ``X`` span becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO sequence (end exclusive); stray ``I-`` starts a span."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab.startswith("B-") or lab == "O" or (lab.startswith("I-") and lab[2:] != typ):
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
            for c in cores:
                if len(c) >= _NOT_SPREAD_MIN_LEN and c not in lex.triggers and "common" not in lex.words.get(c, ()):
                    votes[c][typ] += 1
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
        done = False
        for p, typ in sorted(by_first.get(cores[i], ()), key=lambda x: -len(x[0])):
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


class Tagger:
    """A trained CRF with its word lists. ``Tagger.load()`` gives the shipped model (cached)."""

    def __init__(self, model: Path, lexicon: Lexicon, *, doc_features: bool = False) -> None:
        self.model_path = model
        self.lexicon = lexicon
        self.doc_features = doc_features  # was the model trained with the second-pass feature?
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(model))

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Tagger:
        return _load(str(Path(directory) if directory is not None else DATA_DIR))

    def _run(self, feats: list[list[str]]) -> list[str]:
        if not feats:
            return []
        return fix_bio(list(self._crf.tag(feats)))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (types PERS, LOC, ORG, MISC) for one sentence of surface tokens."""
        return self._run(sentence_features(tokens, self.lexicon, {} if self.doc_features else None))

    def tag_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tag the sentences of one document with document-level consistency: the types found by a first pass
        feed a second pass (when the model was trained with them) and untagged repeats of names are tagged."""
        first = [self.tag(s) for s in sentences]
        single, multi = document_types(sentences, first, self.lexicon)
        if self.doc_features:
            second = [self._run(sentence_features(s, self.lexicon, single)) for s in sentences]
        else:
            second = first
        return [spread(s, lab, single, multi) for s, lab in zip(sentences, second, strict=True)]


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
    return Lexicon.from_files(d / LEXICON_FILE, d / TRIGGER_FILE)


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    return _lexicon(str(Path(directory) if directory is not None else DATA_DIR))

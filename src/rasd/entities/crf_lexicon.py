"""The word lists, keys and frequencies the CRF tagger's features read (round rv358: split from
:mod:`.crf_features`). A surface token's matching keys (:func:`rasd.text.normalize.norm_key` of it and of its
clitic-stripped forms: :func:`token_keys`), the word lists built by ``scripts/build_ner_lists.py`` with the
hand-written trigger words (:class:`Lexicon`, its list phrases matched over a sentence), and how common a word is
(Zipf buckets of :data:`FREQ_FILE`, built from wordfreq by ``scripts/build_word_freq.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

from ..memo import remember
from ..text.normalize import norm_key, proclitic_readings

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
MODEL_FILE = "model.crfsuite"
LEXICON_FILE = "lexicon.tsv"
TRIGGER_FILE = "triggers.tsv"
META_FILE = "model.json"
FREQ_FILE = "wordfreq.tsv"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# One-letter proclitics (conjunctions, prepositions): ambiguous (بوش, لندن, وليد), so only a secondary form.
_ONE_LETTER = ("و", "ف", "ب", "ل", "ك")


@dataclass(slots=True, unsafe_hash=True)
class Keys:
    """Matching keys of one surface token."""

    key: str  # norm_key of the whole token
    core: str  # article-bearing proclitics removed («وبالأردن» → «اردن»); else the key
    prefix: str  # what was removed for ``core``
    bare: str  # one more one-letter proclitic removed when no article was («وواشنطن» → «واشنطن»); else core

    # written out: mypyc compiles this one, while the __init__ @dataclass makes runs as Python
    def __init__(self, key: str, core: str, prefix: str, bare: str) -> None:
        self.key = key
        self.core = core
        self.prefix = prefix
        self.bare = bare


# token_keys' answers (:mod:`rasd.memo`), up to 65,536 (a table of 32,768 filled and emptied once on the 347)
_KEYS: Final[dict[str, Keys]] = {}


def token_keys(token: str) -> Keys:
    """:func:`read_keys` of ``token``, cached."""
    got = _KEYS.get(token)
    return got if got is not None else remember(_KEYS, token, read_keys(token), 1 << 16)


def read_keys(token: str) -> Keys:
    """The key of ``token`` and its readings without proclitics (the article with what precedes it, or a
    one-letter proclitic of a long word)."""
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
        """BIO tags of the longest list phrases matched over the sentence (``B-city``, ``I-country`` ...); a
        sentence's tags are kept (the CRF and the network each ask for them)."""
        return list(_phrase_tags(self, tuple([(k.core, k.bare) for k in keys])))


@lru_cache(maxsize=4096)
def _phrase_tags(lex: Lexicon, keys: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """:meth:`Lexicon.phrase_tags` of the (core, bare) keys of a sentence's tokens."""
    out = [""] * len(keys)
    by_length = lex.by_length
    cores = [core for core, _ in keys]
    i = 0
    while i < len(keys):
        core, bare = keys[i]
        matched = 0
        for first in (core,) if bare == core else (core, bare):
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
    return tuple(out)


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


@lru_cache(maxsize=4)
def lexicon(directory: str) -> Lexicon:
    d = Path(directory)
    return Lexicon.from_files(d / LEXICON_FILE, d / TRIGGER_FILE, d / FREQ_FILE)


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    return lexicon(str(Path(directory) if directory is not None else DATA_DIR))

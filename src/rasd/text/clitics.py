"""The data of clitic segmentation (:mod:`.segment`, :mod:`.segmenter`): the clitic inventory and its constraints
(``data/segment/rules.json``, hand-written: :func:`rules`), the word counts and known name words of
``data/segment/vocab.tsv`` (built by ``scripts/build_segment_vocab.py``: :func:`vocab`), the article, and the
``Piece`` a split is made of.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ARTICLE = "ال"


@dataclass(frozen=True)
class Rules:
    """The clitic inventory and its constraints (``data/segment/rules.json``)."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: str
    imperfect_prefixes: str
    min_rest_conj: int
    min_rest_prep: int
    enclitics: tuple[str, ...]
    host_only_enclitics: tuple[str, ...]
    hosts: frozenset[str]
    pronoun_after_prep: dict[str, frozenset[str]]
    host_restore: dict[str, str]
    closed_stems: frozenset[str]
    never_split: frozenset[str]
    lam_lam_words: frozenset[str]
    proclitic_ratio: dict[str, float]
    enclitic_ratio: float
    min_support: int
    name_weight: int
    name_support: int
    default_conjunctions: frozenset[str]
    default_enclitics: frozenset[str]
    min_default_rest: int
    min_default_conj_rest: int
    abbreviations: frozenset[str]
    sentence_end: frozenset[str]
    quote_pairs: dict[str, str]
    symmetric_quotes: frozenset[str]
    latin_letters: frozenset[str]


# the shipped tables, beside the code (a path: importlib.resources would import its zip readers for nothing)
_DATA = Path(__file__).resolve().parents[1] / "data" / "segment"


@lru_cache(maxsize=1)
def rules() -> Rules:
    d = json.loads((_DATA / "rules.json").read_text(encoding="utf-8"))

    def by_len(xs: list[str]) -> tuple[str, ...]:
        return tuple(sorted(xs, key=len, reverse=True))

    return Rules(
        conjunctions=tuple(d["conjunctions"]),
        prepositions=tuple(d["prepositions"]),
        future=d["future"],
        imperfect_prefixes=d["imperfect_prefixes"],
        min_rest_conj=int(d["min_rest_after_conjunction"]),
        min_rest_prep=int(d["min_rest_after_preposition"]),
        enclitics=by_len(d["enclitics"]),
        host_only_enclitics=by_len(d["host_only_enclitics"]),
        hosts=frozenset(d["enclitic_hosts"]),
        pronoun_after_prep={k: frozenset(v) for k, v in d["pronoun_after_preposition"].items()},
        host_restore=dict(d["host_restore"]),
        closed_stems=frozenset(d["closed_stems"]),
        never_split=frozenset(d["never_split"]),
        lam_lam_words=frozenset(d["lam_lam_words"]),
        proclitic_ratio={k: float(v) for k, v in d["proclitic_ratio"].items()},
        enclitic_ratio=float(d["enclitic_ratio"]),
        min_support=int(d["min_support"]),
        name_weight=int(d["name_weight"]),
        name_support=int(d["name_support"]),
        default_conjunctions=frozenset(d["default_split_conjunctions"]),
        default_enclitics=frozenset(d["default_split_enclitics"]),
        min_default_rest=int(d["min_default_rest"]),
        min_default_conj_rest=int(d["min_default_conjunction_rest"]),
        abbreviations=frozenset(d["abbreviations"]),
        sentence_end=frozenset(d["sentence_end"]),
        quote_pairs=dict(d["quote_pairs"]),
        symmetric_quotes=frozenset(d["symmetric_quotes"]),
        latin_letters=frozenset(d["latin_letter_words"]),
    )


@dataclass(frozen=True)
class Vocab:
    counts: dict[str, int]
    names: frozenset[str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    counts: dict[str, int] = {}
    names: set[str] = set()
    text = (_DATA / "vocab.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        form, count, name = line.split("\t")
        if count != "0":
            counts[form] = int(count)
        if name == "1":
            names.add(form)
    hand = json.loads((_DATA / "rules.json").read_text(encoding="utf-8")).get("hand_words", {})
    counts.update({w: int(n) for w, n in hand.items() if int(n) > counts.get(w, 0)})  # words the corpus lacks
    return Vocab(counts, frozenset(names))


def strip_article(s: str) -> str:
    """``s`` without a leading article: «العراق» → «عراق», «للعراق» → «عراق» (a short word is left alone)."""
    if (s.startswith(ARTICLE) or s.startswith("لل")) and len(s) >= 5:
        return s[2:]
    return s


# One word of a segmented token, in normalised letters: (its length, its kind, the full normalised form where
# the surface elides a letter, else None). A plain tuple of plain values: the caches hold many analyses, and the
# garbage collector stops tracking such tuples (it keeps scanning named tuples and dataclass instances).
Piece = tuple[int, str, str | None]


def piece(size: int, kind: str, restore: str | None = None) -> Piece:
    return (size, kind, restore)

"""The reporting-cue table (data/events/quote_cues.tsv) and the cue a token's readings name, for the ``quotes``
stage. Moved out of :mod:`.cues` (which re-exports these names): ``word_cue``, asked of nearly every token of every
article, and the table read a :mod:`rasd.memo` table instead of an ``lru_cache`` (half the cost of a hit when
compiled).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ..doc import Token
from ..events.forms import Cand, fw, nkey, read_tsv, split_forms, token_candidates
from ..memo import remember

CONJ_ONLY = frozenset(("و", "ف"))  # the only proclitics a reporting verb may carry


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str  # verb, participle, according
    gender: str  # m, f
    next: frozenset[str]
    plural: bool = False  # «قالوا», «يقولون»: never a single speaker carried over
    dual: bool = False  # «قالا», «أكدتا», «يقولان»: two speakers named together, never one carried over



# the cue table, read once (one entry, under "")
_INDEX: Final[dict[str, dict[str, Cue]]] = {}


def cue_index() -> dict[str, Cue]:
    """The cue table (quote_cues.tsv) by the key of each form, read once."""
    got = _INDEX.get("")
    return got if got is not None else remember(_INDEX, "", _read_cue_index(), 0)


def _read_cue_index() -> dict[str, Cue]:
    """:func:`cue_index`, read: each form of a cue, with the dual and the plural present it implies."""
    index: dict[str, Cue] = {}
    for row in read_tsv("quote_cues.tsv"):
        row = row + [""] * (5 - len(row))
        lemma, kind, masc, fem, nxt = row[:5]
        follow = frozenset(nkey(w) for w in split_forms(nxt)) if kind != "according" else frozenset()
        for gender, cell in (("m", masc), ("f", fem)):
            for n, form in enumerate(split_forms(cell)):  # the past first, then the present
                key = nkey(form).rstrip("\u064b")
                plural = key.endswith(("وا", "ون")) or (kind == "participle" and key.endswith(("ين", "هم")))  # «قائلين»,
                # «بقولهم»
                index.setdefault(key, Cue(lemma, kind, gender, follow, plural))
                if kind == "verb" and not plural and not follow:  # the dual, from the singular written in the table
                    dual = key + ("ان" if n > 0 else "ا")
                    if dual not in fw("cue_lookalikes"):
                        index.setdefault(dual, Cue(lemma, kind, gender, follow, False, True))
                if kind == "verb" and gender == "m" and n > 0 and not plural:  # «يؤكدون», «يرون»: the plural present
                    many = (key[:-1] if key[-1] in "ىي" else key) + "ون"
                    if many not in fw("cue_lookalikes"):
                        index.setdefault(many, Cue(lemma, kind, gender, follow, True))
    return index


def cue_of(cands: Sequence[Cand]) -> Cue | None:
    """The cue read by the first candidate that names one with at most a conjunction before it."""
    index = cue_index()
    for cand in cands:
        cue = index.get(cand.key)
        if cue is None or cand.enclitic or not CONJ_ONLY.issuperset(cand.proclitics):
            continue
        return cue
    return None


# word_cue's answers (:mod:`rasd.memo`), up to 65,536 (the lru_cache it replaces held as many); _NO_CUE: not asked
_WORD_CUES: Final[dict[str, Cue | None]] = {}
_NO_CUE: Final = Cue("", "", "", frozenset())


def word_cue(norm: str) -> Cue | None:
    """:func:`cue_of` a token of one word, whose candidates depend on its ``norm`` alone; cached across documents
    (most tokens are such words, and nearly all of them are no cue)."""
    got = _WORD_CUES.get(norm, _NO_CUE)
    if got is not _NO_CUE:
        return got
    return remember(_WORD_CUES, norm, cue_of(token_candidates(Token(0, len(norm), norm, norm, []))), 1 << 16)

"""The keys a document's tokens can be read as, computed once per document: a pass whose rule needs a head word
from a fixed list (``function_words.json``) returns at once where no token of the document can be read as one.

The keys of a token are those :func:`.gazetteer.clitic_variants` gives (the whole word, and the word past its
proclitics), and the word past a first letter «و/ب/ل/ف» (the short heads the facilities pass reads that way): a
superset of what each pass's own head test reads, so that a pass skipped for want of a head is one that would
have found none. Kept in ``doc.memo`` (the entities stage's), with the tokens it was made from (``Doc.memoized``)."""

from __future__ import annotations

from itertools import chain
from typing import Final

from ..doc import Doc
from ..memo import remember
from ..text.normalize import norm_key, norm_key_text
from .gazetteer import clitic_variants


def token_keys(text: str) -> tuple[str, ...]:
    keys = [k for k, _, _ in clitic_variants(text)]
    if text[:1] in "وبلف":
        keys.append(norm_key(text[1:]))
    return tuple(keys)


def prefix_keys(text: str) -> tuple[str, ...]:
    keys = [norm_key(text)]
    n = 0
    while n < 2 and len(text) > n + 1 and text[n] in "وبلف":
        n += 1
        keys.append(norm_key(text[n:]))
    return tuple(keys)


# _word_keys' answers (:mod:`rasd.memo`; per token of every article: a word's keys are the same each time)
_WORD_KEYS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}


def _word_keys(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's :func:`token_keys` and :func:`prefix_keys`, made and looked up together."""
    got = _WORD_KEYS.get(text)
    return got if got is not None else remember(_WORD_KEYS, text, (token_keys(text), prefix_keys(text)), 1 << 16)


def _memo_keys(doc: Doc, which: int) -> frozenset[str]:
    """The union over the words of ``doc`` of their :func:`token_keys` (``which`` 0) or :func:`prefix_keys`
    (1), kept with the tokens they were made from (``Doc.memoized``): both sets are made at once, on the first call."""
    return doc.memoized("doc_keys", ("tokens",), _both_keys)[which]


def _both_keys(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`_memo_keys` for both lists, made (each distinct word once, one cached look-up for both; the keys
    gathered in C: no per-token call or update)."""
    both = list(map(_word_keys, {t.text for t in doc.tokens}))
    return frozenset(chain.from_iterable([b[0] for b in both])), frozenset(chain.from_iterable([b[1] for b in both]))


def doc_keys(doc: Doc) -> frozenset[str]:
    """Every key a token of ``doc`` can be read as (see the module's doc)."""
    return _memo_keys(doc, 0)


def none_in(doc: Doc, *heads: frozenset[str]) -> bool:
    """Whether no token of ``doc`` can be read as a word of any of ``heads`` (the pass needs one: it can return)."""
    keys = doc_keys(doc)
    return all(h.isdisjoint(keys) for h in heads)


def doc_prefix_keys(doc: Doc) -> frozenset[str]:
    """Every key a token of ``doc`` can be read as past up to two first letters «و/ب/ل/ف» («بحي», «وبمثلث»): a
    superset of what :func:`.localplaces._head_off` reads, made once per document (``doc.memo``)."""
    return _memo_keys(doc, 1)


def folded_text(doc: Doc) -> str:
    """``doc.text`` folded as :func:`norm_key` folds a word, made once per document (``doc.memo``): a character
    table, so the key of each token (and of each part of it past a proclitic) is a substring of it; a pass whose
    word cannot be there returns before it reads the tokens."""
    return doc.memoized("collective_folded", ("text",), _fold_text)


def _fold_text(doc: Doc) -> str:
    """:func:`folded_text`, made."""
    return norm_key_text(doc.text)

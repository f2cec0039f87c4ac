"""Two per-word tests that the event rules ask of nearly every token, memoised in :mod:`rasd.memo` tables: does a
token end a clause (``clause_stop``: end punctuation or a comma), and the key of a word with its conjunction off
(``verb_key``). Moved out of :mod:`.word_tests` (which re-exports them): called from compiled code, a memo table's
hit is about half the cost of an ``lru_cache``'s, and the scans ask ``clause_stop`` ~0.9M times over the 347 sample
articles.
"""

from __future__ import annotations

from typing import Final

from ..memo import remember
from .forms import function_words, fw, nkey

# the clause stops, made once (one entry, under ""): the ``clause_breaks`` and the two commas
_STOPS: Final[dict[str, frozenset[str]]] = {}


def clause_stops() -> frozenset[str]:
    """The texts :func:`clause_stop` answers yes to: the ``clause_breaks`` and the two commas «،» «,»."""
    got = _STOPS.get("")
    return got if got is not None else remember(_STOPS, "", fw("clause_breaks") | frozenset(("،", ",")), 0)


def clause_stop(text: str) -> bool:
    """A token that ends a clause for a word-by-word scan: end punctuation (function words ``clause_breaks``) or a
    comma (one set lookup, :func:`clause_stops`: the scans ask it of ~4,000 tokens an article)."""
    return text in clause_stops()


# verb_key's answers, up to 65,536 (the lru_cache it replaces held as many)
_VERB_KEYS: Final[dict[str, str]] = {}
# the verbs whose «و» is their first letter (one entry, under ""): see waw_radical_verbs
_WAW_RADICALS: Final[dict[str, frozenset[str]]] = {}


def waw_radical_verbs() -> frozenset[str]:
    """Round ev468: the listed verbs whose «و» is a root letter, not the conjunction («واصلت», «وجهت», «واجه»,
    «وقعت»): the words of the function-word verb lists (names ending in ``_verbs``) that begin with «و», are over
    three letters, and whose form without it is in no function-word list («واستمرت» is «و» + the listed «استمرت»)."""
    got = _WAW_RADICALS.get("")
    if got is not None:
        return got
    lists = function_words()
    listed = frozenset(nkey(w) for words in lists.values() for w in words)
    verbs = frozenset(k for name, words in lists.items() if name.endswith("_verbs") for k in map(nkey, words)
                      if k[:1] == "و" and len(k) > 3 and k[1:] not in listed)
    return remember(_WAW_RADICALS, "", verbs, 0)


def verb_key(text: str) -> str:
    """The key of a word with its conjunction «و/ف» off: of a word over three letters, or of a geminate light verb
    of two («وشن المتطرفون هجوما»; «وطن» keeps its «و»); cached across documents (a word's text alone decides it,
    and the rules ask it of the same words again and again)."""
    got = _VERB_KEYS.get(text)
    return got if got is not None else remember(_VERB_KEYS, text, _verb_key(text), 1 << 16)


def _verb_key(text: str) -> str:
    """:func:`verb_key`, made."""
    k = nkey(text)
    if k[:1] in ("و", "ف") and (len(k) > 3 or (len(k) == 3 and k[1:] in fw("light_verbs"))) \
            and k not in waw_radical_verbs():
        return k[1:]
    return k

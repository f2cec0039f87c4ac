"""Memo tables for the per-word functions that compiled code asks millions of times per batch.

A function of one word (its matching key, its clitic readings, a function-word list by name) was memoised with
``functools.lru_cache``. Called from code compiled by mypyc, a hit costs a call of a Python object, the cache's key
and, when bounded, a move in its recency list: about 65 ns. The same function compiled with a module-level
``Final`` dict that it reads itself answers a hit in about 30 ns (a C global and one dict lookup): over the ~16
million hits of a batch of 347 articles, a few percent of the CPU time. The pattern, in the function's module::

    _KEYS: Final[dict[str, str]] = {}

    def norm_key(s: str) -> str:
        got = _KEYS.get(s)
        return got if got is not None else remember(_KEYS, s, s.translate(KEY), 1 << 16)

:func:`remember` stores a new answer. A bounded table is emptied when full instead of losing its oldest entry one
at a time (what lru_cache did): memory stays bounded as it did, and the answers are the same, only a few more of
them are computed again after the emptying. Only pure functions of their argument are memoised so.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(table: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` as ``table``'s answer for ``key`` and return it; a table that holds ``limit`` answers is
    emptied first (``limit`` 0: never)."""
    if limit and len(table) >= limit:
        table.clear()
    table[key] = value
    return value

"""Whether a token is one of the function-word lists, and whether one stands within a few words before or after a
trigger in its clause: the tests the filters of protest and assault words (:mod:`.protests`, :mod:`.assaults`)
share."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, keys_of, nkey


def token_keys(doc: Doc, t: int, bare: bool = False) -> set[str]:
    """Token ``t``'s key and its clitic-stripped readings; with ``bare``, those without the article too."""
    out = keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key}
    return out | {k.removeprefix("ال") for k in out} if bare else out


def listed(doc: Doc, t: int, name: str, bare: bool = False) -> bool:
    """Whether token ``t`` (a reading of it) is in the function-word list ``name``."""
    return not token_keys(doc, t, bare).isdisjoint(fw(name))


def listed_before(doc: Doc, i: int, a: int, reach: int, name: str, bare: bool = False) -> bool:
    """Whether one of the ``reach`` tokens before ``i`` (not before the sentence start ``a``, nor past a clause
    boundary) is in the list ``name``."""
    for t in range(i - 1, max(a - 1, i - 1 - reach), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if listed(doc, t, name, bare):
            return True
    return False


def listed_after(doc: Doc, j: int, b: int, reach: int, name: str, bare: bool = False) -> bool:
    """Whether one of the ``reach`` tokens after ``j`` (before the sentence end ``b``, within the clause) is in the
    list ``name``."""
    for t in range(j + 1, min(b, j + 1 + reach)):
        if clause_stop(doc.tokens[t].text):
            return False
        if listed(doc, t, name, bare):
            return True
    return False


__all__ = ["listed", "listed_after", "listed_before", "token_keys"]

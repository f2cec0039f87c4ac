"""A demonstrative source's own antecedent, for the ``quotes`` stage: «وتقول هذه الأوساط» is the sources quoted
before only where no nearer «الأوساط» stands between them and it («... مصادر الإليزيه ... . تتساءل الأوساط
الفرنسية ... . وتقول هذه الأوساط»: the circles named last, not the sources)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import nkey


def nearer_antecedent(doc: Doc, held: Span, u: int) -> bool:
    """The head word of the demonstrative phrase at token ``u`` («الأوساط») stands, with «ال», between the end of
    the ``held`` source phrase and the demonstrative."""
    head = doc.tokens[u].norm_key.removeprefix("و")
    if not head.startswith("ال"):
        return False
    for k in range(u - 2, -1, -1):
        tok = doc.tokens[k]
        if tok.start < held.end:
            return False
        if tok.norm_key.removeprefix("و") == head:
            return True
    return False

"""A short quotation that opens indirect speech but does not end it, for the ``quotes`` stage: «وأكد الجيش أنه «بعد
التحقق»، تبين أنه لا توجد منازل»: the quoted words are a phrase inside the reported clause, which runs on past them;
the content is the whole «أن» clause, not direct.
"""

from __future__ import annotations

from ..doc import Doc, Span
from .cues import _is_complementizer

_COMMAS = ("،", ",")


def quotation_runs_on(doc: Doc, quoted: Span, limit: int) -> bool:
    """The short quotation ``quoted`` is followed, after at most a comma, by a word of the same clause before token
    ``limit`` (not «وأن/وإن» that opens a second reported clause, nor a stop)."""
    k = next((i for i, tok in enumerate(doc.tokens) if tok.start >= quoted.end), None)
    if k is None:
        return False
    if doc.tokens[k].start < quoted.end + 2 and not doc.tokens[k].text[:1].isalpha():
        k += 1  # the closing mark
    if k < len(doc.tokens) and doc.tokens[k].text in _COMMAS:
        k += 1
    if k >= limit or k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    return tok.text[:1].isalpha() and not _is_complementizer(doc, k)

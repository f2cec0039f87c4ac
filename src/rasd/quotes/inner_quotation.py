"""A short quotation that opens indirect speech but does not end it, for the ``quotes`` stage: «وأكد الجيش أنه «بعد
التحقق»، تبين أنه لا توجد منازل»: the quoted words are a phrase inside the reported clause, which runs on past them;
the content is the whole «أن» clause, not direct.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.normalize import COMMAS as _COMMAS
from .cues import is_complementizer


def quotation_runs_on(doc: Doc, quoted: Span, limit: int) -> bool:
    """The short quotation ``quoted`` is followed, after at most a comma, by a word of the same clause before token
    ``limit`` (not «وأن/وإن» that opens a second reported clause, nor a stop)."""
    k = doc.token_from(quoted.end)  # (the first token past the quotation, by bisection)
    if k is None:
        return False
    if doc.tokens[k].start < quoted.end + 2 and not doc.tokens[k].text[:1].isalpha():
        k += 1  # the closing mark
    if k < len(doc.tokens) and doc.tokens[k].text in _COMMAS:
        k += 1
    if k >= limit or k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    return tok.text[:1].isalpha() and not is_complementizer(doc, k)


def long_quotation_runs_on(doc: Doc, quoted: Span, limit: int) -> bool:
    """A long quotation right after «أن/إن» that the reported clause goes on past with no comma («إنه «لم يكن لديه
    أدنى شك» بنجاح المفاوضات», «إن «الطائرات بدأت الوصول» إلى تركيا»): a word of the same clause right after the
    closing mark, before token ``limit`` (not «و» that opens another clause, nor a cue or «بقوله»): the content is
    the whole clause, the quotation a part of it."""
    from .cues import match_cue  # (cues imports nothing of this module; kept local as the module's only user)

    k = doc.token_from(quoted.end)  # (the first token past the quotation, by bisection)
    if k is None:
        return False
    if doc.tokens[k].start < quoted.end + 2 and not doc.tokens[k].text[:1].isalpha():
        k += 1  # the closing mark
    if k >= limit or k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    if not tok.text[:1].isalpha() or tok.text[:1] in ("و", "ف") or is_complementizer(doc, k):
        return False
    return match_cue(doc, k) is None and not tok.text.startswith(
        ("بقول", "حسب", "بحسب", "وفق", "على", "رد", "تعليق"))  # («ردًا على مخاوف»: why he said it, the writer's)

"""Tokens, clitic words and sentences. (v0: whole tokens, simple sentence split; replaced by the full version.)"""

from __future__ import annotations

import re

from ..doc import Doc, Span, Token, Word
from ..pipeline import stage
from .normalize import normalize

_TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+|\S", re.U)


def tokenize(text: str) -> list[Token]:
    toks = []
    for m in _TOKEN.finditer(text):
        s = m.group(0)
        n = normalize(s)
        kind = "number" if s[0].isdigit() else ("punct" if not s[0].isalnum() else "stem")
        toks.append(Token(m.start(), m.end(), s, n, [Word(m.start(), m.end(), s, n, kind)]))
    return toks


@stage("tokens", assigns=("tokens",))
def tokens_stage(doc: Doc) -> None:
    doc.tokens = tokenize(doc.text)


@stage("sentences", requires=("tokens",), assigns=("sentences", "paragraphs"))
def sentences_stage(doc: Doc) -> None:
    spans = []
    start = None
    for t in doc.tokens:
        if start is None:
            start = t.start
        if t.text in {".", "!", "؟", "?"}:
            spans.append(Span(start, t.end))
            start = None
    if start is not None:
        spans.append(Span(start, doc.tokens[-1].end))
    doc.sentences = spans

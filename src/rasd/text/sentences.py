"""Sentences and paragraphs of the clean text, over the surface tokens of :mod:`rasd.text.segment`.

``sentence_spans`` splits at . ! ? ؟ ؛ … and at line breaks, never inside a quote closed in the same paragraph,
a number or after an initial/abbreviation; sentences never cross a paragraph. The marks, abbreviations and quote
pairs come from ``data/segment/rules.json`` (:func:`rasd.text.clitics.rules`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span, Token
from ..pipeline import stage
from .clean import paragraphs
from .clitics import rules


def _quote_protected(tokens: Sequence[Token]) -> list[bool]:
    """For each token, whether it lies inside a quotation or bracket closed within ``tokens``."""
    r = rules()
    inside = [False] * len(tokens)
    stack: list[tuple[str, int]] = []  # (closer expected, opening index)
    for i, t in enumerate(tokens):
        ch = t.text
        if stack and ch == stack[-1][0]:
            _, j = stack.pop()
            for k in range(j + 1, i):
                inside[k] = True
        elif ch in r.symmetric_quotes:
            # a symmetric quote closes the nearest open one of its kind, else opens
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    _, j = stack[depth]
                    del stack[depth:]
                    for k in range(j + 1, i):
                        inside[k] = True
                    break
            else:
                stack.append((ch, i))
        elif ch in r.quote_pairs:
            stack.append((r.quote_pairs[ch], i))
    return inside


def _is_abbreviation(tokens: Sequence[Token], i: int) -> bool:
    """Whether the period at ``tokens[i]`` ends an initial or abbreviation rather than a sentence."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end != tokens[i].start:
        return False
    letters = prev.norm
    if len(letters) == 1 and letters.isalpha():
        # «2015 م.» is the era marker at the end of a date, which may end a sentence
        return not (i >= 2 and tokens[i - 2].words[-1].kind == "number")
    r = rules()
    if prev.text in r.latin_letters:
        # «كيه. شانموجام»: a Latin initial spelt in Arabic before a name in the same paragraph; not the last letter
        # of an acronym spelt out («بي بي سي.», «سي إن إن.»)
        return (i + 1 < len(tokens) and tokens[i + 1].norm.isalpha()
                and not (i >= 2 and tokens[i - 2].text in r.latin_letters))
    return prev.text in r.abbreviations


def sentence_spans(text: str, tokens: Sequence[Token]) -> list[Span]:
    """Sentences of ``text`` as spans, each inside one paragraph (a non-empty line)."""
    r = rules()
    closers = set(r.quote_pairs.values()) | r.symmetric_quotes
    spans: list[Span] = []
    ti = 0
    for p_start, p_end in paragraphs(text):
        while ti < len(tokens) and tokens[ti].end <= p_start:
            ti += 1
        tj = ti
        while tj < len(tokens) and tokens[tj].start < p_end:
            tj += 1
        para = tokens[ti:tj]
        ti = tj
        if not para:
            continue
        protected = _quote_protected(para)
        start = 0
        i = 0
        while i < len(para):
            t = para[i]
            if t.text in r.sentence_end and not _ends_inside(para, protected, i) and not (
                t.text == "." and _is_abbreviation(para, i)
            ):
                j = i + 1
                while j < len(para) and (para[j].text in r.sentence_end or para[j].text in closers and
                                         (para[j].start == para[j - 1].end) and not _opens(para, protected, j)):
                    j += 1
                if j < len(para):
                    spans.append(Span(para[start].start, para[j - 1].end))
                    start = j
                i = j
                continue
            i += 1
        spans.append(Span(para[start].start, para[-1].end))
    return spans


def _ends_inside(para: Sequence[Token], protected: list[bool], i: int) -> bool:
    """A boundary mark inside a closed quote does not end the sentence, unless it ends the quote itself."""
    if not protected[i]:
        return False
    r = rules()
    nxt = para[i + 1].text if i + 1 < len(para) else ""
    closers = set(r.quote_pairs.values()) | r.symmetric_quotes
    return not (nxt in closers and i + 2 < len(para))


def _opens(para: Sequence[Token], protected: list[bool], j: int) -> bool:
    """Whether the quote mark at ``j`` opens a quotation (the next token is inside it)."""
    return j + 1 < len(para) and protected[j + 1] and not protected[j]


# -- stages ----------------------------------------------------------------------------------------------------
@stage("sentences", requires=("tokens",), assigns=("sentences", "paragraphs"))
def sentences_stage(doc: Doc) -> None:
    doc.paragraphs = [Span(a, b) for a, b in paragraphs(doc.text)]
    doc.sentences = sentence_spans(doc.text, doc.tokens)

"""Round 106: an object counted by a comparative before it.

«مع سيطرتها على أكثر من ثلاثة أرباع تعز», «سيطرت على أقل من نصف المدينة»: «على» and a comparative of quantity
(function words ``comparative_quantities``: «أكثر», «أقل») with «من» open no phrase of their own, and the
chunk after them is the count («ثلاثة أرباع محافظة»). The object of the frame's preposition is the name that
count is of: the named chunk right after it (or the count itself where it is a name).

Round 113: «على كثير من شركات النفط», «غارات على عدد من مواقع التنظيم»: an object that is a partitive quantifier
alone (function words ``partitive_quantifiers``: «كثير», «عدد», «بعض») with «من» right after it is the phrase
after «من», which keeps the quantifier's preposition (not one with a pronoun: «عدد من مقاتليه»).

Round ev416: «اعتقال أكثر من 20 عنصرا», «مقتل نحو 50 شخصا»: a noun trigger's object may stand past the
approximator that counts it (``counted_gap``, :mod:`.approximated`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Token
from .approximated import approximated
from .chunks import Chunk
from .forms import fw, nkey
from .word_tests import enclitic


def counted_object(doc: Doc, chunks: list[Chunk], c: Chunk, preps: frozenset[str]) -> Chunk | None:
    """The named chunk a count ``c`` in «من» after «على أكثر» is of, where «على» is a preposition of the frame
    (``preps``); None where ``c`` is no such count or no name follows it right away."""
    if c.prep != "من" or c.i < 3:
        return None
    toks = doc.tokens
    at = c.i - 1 if toks[c.i - 1].norm_key == "من" else c.i  # («من» alone, or on the count: «منها»)
    comparative = toks[at - 1].norm_key
    prep = toks[at - 2].norm_key
    if comparative not in fw("comparative_quantities") or prep not in preps:
        return None
    if c.entity is not None:
        return c
    k = chunks.index(c)
    nxt = chunks[k + 1] if k + 1 < len(chunks) else None
    if nxt is None or nxt.entity is None or nxt.prep is not None or nxt.coord or nxt.i != c.j + 1:
        return None
    return nxt


def partitive_object(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk:
    """The phrase after «من» that the lone partitive quantifier ``c`` counts («على كثير من شركات النفط»: «شركات
    النفط», with «على»); ``c`` itself where it is no such quantifier or no phrase follows «من» right away."""
    toks = doc.tokens
    if c.entity is not None or c.i != c.j or c.j + 2 >= len(toks) or toks[c.j + 1].norm_key != "من":
        return c
    key = toks[c.i].norm_key
    if key not in fw("partitive_quantifiers") and not (key[:1] in ("ل", "ب") and key[1:] in fw("partitive_quantifiers")):
        return c
    nxt = next((d for d in chunks if d.i == c.j + 2 and d.prep == "من"), None)
    if nxt is None or nxt.number or enclitic(toks[nxt.j]):
        return c  # («مقتل عدد من مقاتليه»: a pronoun's phrase is left to the pronoun rules as it stands)
    return Chunk(nxt.i, nxt.j, nxt.start, nxt.end, nxt.entity, nxt.etype, c.prep, c.coord, nxt.title, nxt.definite,
                 nxt.number)


def counted_gap(toks: Sequence[Token], j: int, c: Chunk) -> int:
    """Round ev416: the tokens between a noun trigger ending at token ``j`` and its number chunk ``c`` that only
    approximate the count («نحو», «أكثر من»: :func:`.approximated.approximated`), else 0."""
    gap = c.i - j - 1
    if c.prep is not None or gap not in (1, 2) or not approximated(toks, c.i - 1, c.number):
        return 0
    return gap if gap == 1 or toks[c.i - 1].norm_key == nkey("من") else 0

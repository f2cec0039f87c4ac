"""Round 106: an object counted by a comparative before it.

«مع سيطرتها على أكثر من ثلاثة أرباع تعز», «سيطرت على أقل من نصف المدينة»: «على» and a comparative of quantity
(function words ``comparative_quantities``: «أكثر», «أقل») with «من» open no phrase of their own, and the
chunk after them is the count («ثلاثة أرباع محافظة»). The object of the frame's preposition is the name that
count is of: the named chunk right after it (or the count itself where it is a name).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey


def counted_object(doc: Doc, chunks: list[Chunk], c: Chunk, preps: frozenset[str]) -> Chunk | None:
    """The named chunk a count ``c`` in «من» after «على أكثر» is of, where «على» is a preposition of the frame
    (``preps``); None where ``c`` is no such count or no name follows it right away."""
    if c.prep != "من" or c.i < 3:
        return None
    toks = doc.tokens
    at = c.i - 1 if nkey(toks[c.i - 1].text) == "من" else c.i  # («من» alone, or on the count: «منها»)
    comparative = nkey(toks[at - 1].text)
    prep = nkey(toks[at - 2].text)
    if comparative not in fw("comparative_quantities") or prep not in preps:
        return None
    if c.entity is not None:
        return c
    k = chunks.index(c)
    nxt = chunks[k + 1] if k + 1 < len(chunks) else None
    if nxt is None or nxt.entity is None or nxt.prep is not None or nxt.coord or nxt.i != c.j + 1:
        return None
    return nxt

"""Round 51: a phrase of purpose fronted before a verb cue («ولإصلاح هذا الوضع قال إنه», «ولمواجهة الأزمة أكد أن»):
the definite noun right before the verb is the object of the masdar in «لـ», no subject of the verb."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import nkey
from .phrases import DEMONSTRATIVES


def purpose_object(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """``c`` follows, with nothing but a demonstrative between, a phrase of one word in «لـ» («لإصلاح [هذا]»),
    no comma: it is that masdar's object."""
    k = c.i - 1
    if k >= 0 and doc.tokens[k].norm_key in DEMONSTRATIVES:
        k -= 1
    d = next((d for d in chunks if d.j == k), None)
    if d is None or d.i != d.j or d.prep is None or d.entity is not None:
        return False
    return any(w.kind == "proclitic" and nkey(w.norm) == "ل" for w in doc.tokens[d.i].words)

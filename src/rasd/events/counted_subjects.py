"""Round ev351: a counted phrase right after «كان» is the subject of the verb right after it.

- «وكانت أربع منظمات حقوقية انتقدت الحكومة», «وكانت خمسة أحزاب (قد) نظمت مظاهرة»: where
  ``subjects._kana_subject`` reads no phrase (it takes no count), a phrase opened by a count (a number the numbers layer read: «أربع»,
  «خمسة») that stands right after «كان» and runs up to the verb is the verb's subject (the counted noun phrase), not
  the name after the verb, which is its object. Not where anything stands between «كان» and the count («وكان
  أمس ثلاثة ...») or between the phrase and the verb.
"""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, can_act
from .chunks import Chunk, plain_chunk
from .word_tests import KANA_PAST, finite_verb


def counted_kana_subject(doc: Doc, chunks: list[Chunk], v: int, sent_start: int) -> Chunk | None:
    """The counted noun phrase between «كان» and the verb at token ``v`` («وكانت أربع منظمات حقوقية انتقدت»)."""
    end = v - 2 if v - 2 >= sent_start and doc.tokens[v - 1].norm_key == "قد" else v - 1  # («قد نظمت»)
    c = next((c for c in chunks if c.j == end), None)
    if c is None or c.prep is not None or c.entity is not None or c.coord or c.j <= c.i or c.i - 1 < sent_start:
        return None
    if doc.tokens[c.i - 1].norm_key.lstrip("وف") not in KANA_PAST or not (finite_verb(doc.tokens[v]) or end < v - 1):
        return None
    count = doc.tokens[c.i]
    if not any(n.start <= count.start and count.end <= n.end for n in doc.numbers) or count.text[:1].isdigit():
        return None  # (a number in digits is a date or a toll as often)
    counted = plain_chunk(doc.tokens, c.i + 1, c.j, c.end)
    return counted if can_act(doc, counted) and actor_phrase(doc, counted) else None

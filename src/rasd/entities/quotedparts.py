"""Round en395: a piece of a quoted phrase of common words is no name. The tagger reads a frequent word in quotation
marks as a name («أم «المعارك»»: «المعارك», the battles, an organisation); where the marks hold a longer phrase
whose words are all common Arabic words (:func:`.nameseams.common_phrase`: «أم المعارك», the mother of battles, a
name the war was given), the tagger's mention of a part of it is dropped. The whole quoted phrase as one mention
(«حزب «العدالة والتنمية»») is left to the other rules."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .nameseams import common_phrase
from .units import OPENING_QUOTES, QUOTES

_MAX_REACH = 40  # characters from a mention to its quotation marks


def _quoted_around(text: str, m: Mention) -> tuple[int, int] | None:
    """The span inside the quotation marks that hold ``m`` (on one line), or None where no marks close round it."""
    lo = m.start
    while lo > 0 and m.start - lo < _MAX_REACH and text[lo - 1] not in QUOTES and text[lo - 1] != "\n":
        lo -= 1
    hi = m.end
    while hi < len(text) and hi - m.end < _MAX_REACH and text[hi] not in QUOTES and text[hi] != "\n":
        hi += 1
    if lo == 0 or hi >= len(text) or text[lo - 1] not in OPENING_QUOTES or text[hi] not in QUOTES - OPENING_QUOTES:
        return None
    return lo, hi


def quoted_common_parts(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's mentions that are the genitive of a quoted construct phrase of common words («أم
    المعارك»: after an indefinite noun of the phrase)."""
    text = doc.text
    drop: list[Mention] = []
    for m in mentions:
        if m.source != "model" or m.attrs.get("gid"):
            continue
        span = _quoted_around(text, m)
        if span is None or (span[0], span[1]) == (m.start, m.end) or not text[span[0] : span[1]].strip():
            continue
        if text[span[0] : m.start].strip() == "" and text[m.end : span[1]].strip() == "":
            continue  # (the whole quote, spaces aside)
        before = text[span[0] : m.start].split()
        if not before or norm_key(before[-1]).startswith(("ال", "و")) or not text[m.start - 1].isspace():
            continue  # the genitive of a construct only («أم المعارك»), not a conjunct («الإسلام والغرب»)
        if common_phrase(text[span[0] : span[1]].split(), gaz):
            drop.append(m)
    if drop:
        gone = {id(m) for m in drop}
        mentions[:] = [m for m in mentions if id(m) not in gone]

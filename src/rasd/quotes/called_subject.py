"""A subject that is an unnamed noun the sentence names right after with «يدعى/اسمه» (naming_cues), round 294:
«وأجرى محام في شيكاغو يدعى فلان التحقيق ... . وقال إن ...»: the lawyer is the named man, who opened the sentence
before as its subject, so a dropped subject after it continues him, not an older speaker."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw

CALLED_REACH = 4  # tokens between the noun and «يدعى» («محام في مدينة شيكاغو يدعى»)
_BREAKS = frozenset(("،", ",", ".", ":", "؛", "«", "»", '"', "(", ")"))


def called_subject(doc: Doc, chunks: list[Chunk], c: Chunk, b: int) -> str | None:
    """The PERSON entity named right after a naming cue («يدعى», «اسمه») that follows the unnamed subject chunk ``c``
    within CALLED_REACH tokens, with no punctuation between, before token ``b``; None elsewhere."""
    if c.entity is not None:
        return None
    toks = doc.tokens
    for u in range(c.j + 1, min(b - 1, c.j + 1 + CALLED_REACH + 1)):
        if toks[u].text in _BREAKS:
            return None
        if toks[u].norm_key in fw("naming_cues"):
            named = next((d for d in chunks if d.i == u + 1), None)
            return named.entity if named is not None and named.etype == "PERSON" else None
    return None

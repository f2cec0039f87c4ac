"""A person an institution is named after is not the one who speaks, for the ``quotes`` stage: in «أبان الأمين
العام لمركز الملك عبدالله الدولي ... الدكتور فلان أن» the king is the centre's eponym, in the genitive of
«مركز»; the person named after him, before the reported words, holds the title and speaks."""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import bare, fw, nkey


def _eponym(doc: Doc, c: Chunk) -> bool:
    """Whether the person chunk ``c`` stands right after a noun of an institution named after someone (eponym_heads:
    «مركز», «جامعة», «مؤسسة»; with «لـ» or not), or after a royal title that follows one («لمركز الملك فلان»)."""
    for u in (c.i - 1, c.i - 2):
        if u < 0:
            return False
        key = doc.tokens[u].norm_key
        if bare(key, "prepositions").removeprefix("ال") in fw("eponym_heads") or key.removeprefix("ل") in fw(
                "eponym_heads"):
            return u == c.i - 1 or doc.tokens[c.i - 1].norm_key in fw("eponym_titles")
    return False


def titled_after_eponym(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> Chunk | None:
    """The person named after ``c`` and before token ``limit`` (the reported words), no preposition on him, where
    ``c`` is an institution's eponym; None otherwise."""
    if c.entity is None or c.etype != "PERSON" or not _eponym(doc, c):
        return None
    for d in chunks:
        if d.i <= c.j or d.i >= limit:
            continue
        if d.entity is not None and d.etype == "PERSON" and d.prep is None and d.entity != c.entity:
            return d
    return None

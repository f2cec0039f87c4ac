"""A statement word that speaks again for the unnamed speaker who told it, for the quotes stage: «وأشارت أسرة
الملك السابق، في بيان نشرته، إلى أن ... . كما أضاف البيان أنه»: the family (the phrase of the latest quote, named by
no entity) speaks, not «البيان». ``continued.statement_author`` answers where that speaker is named."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote, Span
from ..events.chunks import Chunk
from ..events.forms import fw, nkey


def statement_word(doc: Doc, c: Chunk) -> str | None:
    """The statement noun (statement_nouns) that the cue's subject ``c`` is, one definite word alone («البيان»,
    «الرسالة»), without its article; else None."""
    if c.i != c.j or c.entity is not None or c.prep is not None:
        return None
    key = doc.tokens[c.i].norm_key.removeprefix("و")
    return key[2:] if key.startswith("ال") and key[2:] in fw("statement_nouns") else None


def said_in(doc: Doc, q: Quote, noun: str) -> bool:
    """The quote ``q`` was said in a statement ``noun`` named between its cue and its content («في بيان», «ببيان»)."""
    words = [nkey(w) for w in doc.text[q.cue.end : q.content.start].split()]
    return any(w == "ب" + noun or (w == noun and n > 0 and words[n - 1] == "في") for n, w in enumerate(words))


def unnamed_author(doc: Doc, c: Chunk, quotes: Sequence[Quote], since: int) -> Span | None:
    """The phrase of the latest quote since character ``since`` where the subject ``c`` is a definite statement word
    and that quote, said by an unnamed speaker (its ``speaker_text``), was said in such a statement; else None."""
    noun = statement_word(doc, c)
    if noun is None or not quotes or quotes[-1].cue.start < since:
        return None
    q = quotes[-1]
    phrase = q.attrs.get("speaker_text")
    if q.speaker is not None or not isinstance(phrase, Span) or isinstance(q.attrs.get("affiliation"), str):
        return None
    return phrase if said_in(doc, q, noun) else None

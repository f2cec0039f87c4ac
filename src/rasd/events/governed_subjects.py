"""The subject of a governing verb right before an act (shared by ``subjects.after_aspect`` and
``persist_doers.persist_reading``): the phrase that ends right before the act, taken either as the verb's subject
where the word run took in the verb («بدأت القوات») or as the phrase right after the verb."""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, resolve_title
from .chunks import Chunk, plain_chunk, verb_key
from .forms import fw


def governed_subject(doc: Doc, chunks: list[Chunk], c: Chunk | None, sent_start: int, verbs: str) -> Chunk | None:
    """The subject of a verb of the function-word list ``verbs`` in or right before the phrase ``c`` (a plain phrase:
    no preposition, number or coordination), where it can name an actor; None where ``c`` is no such phrase, no such
    verb governs it, or the phrase is a masdar rather than an actor («بدأ عقد سلسلة اجتماعات»)."""
    if c is None or c.prep is not None or c.number or c.coord:
        return None
    toks = doc.tokens
    if verb_key(toks[c.i].text) in fw(verbs) and c.j > c.i:  # the word run took in the verb
        subject = plain_chunk(toks, c.i + 1, c.j, c.end)
    elif c.i - 1 >= sent_start and verb_key(toks[c.i - 1].text) in fw(verbs):
        subject = resolve_title(chunks, c, doc)
    else:
        return None
    return subject if subject.entity is not None or actor_phrase(doc, subject) else None

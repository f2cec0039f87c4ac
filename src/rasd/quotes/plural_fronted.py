"""Round qu836: a plural participle cue shares the subject of the finite verb it hangs on, and a verb in «ـوا/ـون»
agrees with a subject fronted before it (SVO; a verb that opens its clause stays singular: «طعن الأنصار»). «لكن
أنصار الحفاظ على البيئة طعنوا على القرار قائلين إن ...»: the supporters speak, not the body the sentence opens
with. The subject is the phrase before the verb (past its phrases of a preposition: «على البيئة») at the opening of
a clause (the sentence's, after a comma, a colon or «لكن/بينما/فيما»): a person or body named there, else a group
of people (``contrast_group``: «المعارضون», «أنصار», «خبراء»). Not a singular participle («قائلا»), nor a verb
with no such phrase before it («...، ثم طعنوا قائلين»: a dropped subject).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk, plain_chunk
from ..events.forms import PLACES, fw
from ..events.word_tests import past_conjunction
from .cues import match_cue
from .fronted_group import contrast_group
from .phrases import governed

FRONTED_REACH = 3  # phrases of a preposition between the fronted subject's head and its verb («على البيئة»)


def plural_verb(doc: Doc, u: int) -> bool:
    """Token ``u`` has the shape of a masculine plural verb: a past one in «ـوا» («طعنوا», «وأكدوا») or a present one
    in «يـ/تـ ... ـون» («يترددون»)."""
    stem = past_conjunction(doc.tokens[u].norm_key)
    return len(stem) >= 4 and (stem.endswith("وا") or (stem[:1] in ("ي", "ت") and stem.endswith("ون")))


def _opens_clause(doc: Doc, k: int, lo: int) -> bool:
    """Token ``k`` stands before the opening of a clause: before the sentence (``lo``), a comma, a colon, or a word
    of contrast («لكن», «ولكن», «بينما», «فيما»)."""
    if k < lo:
        return True
    tok = doc.tokens[k]
    return tok.text in ("،", ",", ":") or tok.norm_key in fw("but_words") | fw("main_clause_openers")


def fronted_plural_subject(doc: Doc, chunks: list[Chunk], u: int, lo: int, t: int) -> Chunk | None:
    """The subject fronted before the plural verb at token ``u`` that the plural participle cue at ``t`` hangs on
    (see the module), from token ``lo`` (the sentence's first); None where the cue or the verb is not plural or no
    such phrase opens the clause."""
    cue = match_cue(doc, t)
    if cue is None or cue.kind != "participle" or not cue.plural or not plural_verb(doc, u):
        return None
    c = next((c for c in chunks if c.j == u - 1), None)
    for _ in range(FRONTED_REACH):
        if c is None or not governed(doc, c):
            break
        i = c.i - (1 if c.prep is not None and c.prep == doc.tokens[c.i - 1].norm_key else 0)  # «على | البيئة»
        c = next((d for d in chunks if d.j == i - 1), None)
    if c is None or governed(doc, c) or c.number or not _opens_clause(doc, c.i - 1, lo):
        return None
    if c.entity is not None:
        return c if c.etype not in PLACES else None
    if not contrast_group(doc, c) or c.coord:
        return None
    return plain_chunk(doc.tokens, c.i, u - 1) if c.j < u - 1 else c  # «أنصار الحفاظ على البيئة»: the whole phrase

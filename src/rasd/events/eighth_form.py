"""Round nb411: a verb of the eighth form whose past looks like a definite noun opens its clause before a name.

«والتزمت السلطات الليبية الصمت، ولم تعلن»: the past of «التزم», «التقى», «التحق» (``ifta'ala`` of a root whose
first letter is no «ت» nor «ل» of its own) reads as «الـ» + a noun («التزمت»: rigidity), so the phrase run takes it
for a phrase of its own. In «و/ف» at a clause's start, of the form «الت» + two or three letters + «ت» (the feminine
past) and right before a phrase that names a body or a person with no preposition on it, it is the verb, and that
phrase its subject (VSO): a definite noun is no construct of the definite name after it. Not «والتزمت» before a
common noun, an adjective or a preposition («والتعنت الإسرائيلي», «والتزمت في»), nor in the middle of a clause."""

from __future__ import annotations

import re

from ..doc import Doc
from .chunks import Chunk

_FEMININE_PAST = re.compile(r"^الت[\u0621-\u064a]{2,3}ت$")


def eighth_form_opener(doc: Doc, chunks: list[Chunk], p: int) -> bool:
    """Is token ``p`` («والتزمت») an eighth-form feminine past in «و/ف» that the phrase run read as a one-word
    phrase, right before a phrase naming an entity with no preposition (its subject)?"""
    words = doc.tokens[p].words
    if len(words) != 2 or words[0].form not in ("و", "ف") or not _FEMININE_PAST.match(words[1].form):
        return False
    own = next((c for c in chunks if c.i == p), None)
    nxt = next((c for c in chunks if c.i == p + 1), None)
    return own is not None and own.j == p and nxt is not None and nxt.entity is not None and nxt.prep is None

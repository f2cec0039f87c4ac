"""«According to his view» opening a sentence of its own (round 185): «وحسب رأيه فإنه لا يشك بأن ...», «وحسب
ادعائه، فإنه يبدو أن ...». The pronoun on the word of saying is the one quoted just before (in the sentence or the
one before it), not the last name the carry-over finds there («فشل الشاباك»: spoken of).

- ``pronoun_source``: the last earlier quote whose cue stands in the cue's sentence or the one before, singular,
  of the pronoun's gender, with a speaker or a speaker phrase; None where the pronoun is plural or none such is
  there."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Quote
from .tails import own_words_gender


def pronoun_source(doc: Doc, t: int, quotes: Sequence[Quote], since: int) -> Quote | None:
    """The quote whose speaker the «according to his words» cue at token ``t`` names by its pronoun (module
    docstring); ``since`` is the character where the sentence before the cue's starts."""
    gender = own_words_gender(doc, t)
    if gender is None:
        return None
    at = doc.tokens[t].start
    for q in reversed(quotes):
        if q.cue.start >= at:
            continue
        if q.cue.start < since:
            return None
        if q.attrs.get("plural") is True or q.attrs.get("gender") not in (gender, None):
            return None
        if q.speaker is not None or "speaker_text" in q.attrs:
            return q
        return None
    return None

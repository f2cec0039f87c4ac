"""Round 181: the subject of a verb that stands past a time phrase of «قبل/بعد/منذ» right after the verb.

«أعلن قبل أيام فلان، مستشار الرئيس، ...»: the chunk the preposition of time opens («قبل أيام») is no object and no
subject; the verb's subject is the phrase right after the time. Where the chunk of the time runs on over the first
word of a name the entity layer did not recognise («قبل أيام تيمور ...»), the name is the run of words from there up
to a comma that a title follows (its apposition): an unnamed phrase, never an entity found inside it («علي», a given
name linked elsewhere), and never a subject carried from before.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .chunks import Chunk, first_after, plain_chunk

NAME_RUN = 4  # words of an unrecognised name at most
PREPOSITIONS = frozenset(("في", "من", "إلى", "الى", "على", "عن", "مع", "حول", "ضد", "لدى", "عند", "منذ", "بعد", "قبل"))


def subject_past_time(doc: Doc, chunks: list[Chunk], nxt: Chunk) -> Chunk:
    """The phrase after the time chunk ``nxt`` (a preposition of time, in a time expression) that is the verb's
    subject (module docstring); ``nxt`` itself where none stands there."""
    tend = max((t.end for t in doc.times if t.start < nxt.end and nxt.start < t.end), default=None)
    if tend is None:
        return nxt
    inside = next((u for u in range(nxt.i, nxt.j + 1) if doc.tokens[u].start >= tend), None)
    if inside is None:
        past = first_after(chunks, nxt.j, 1)
        return past if past is not None and past.prep is None and past.i == nxt.j + 1 else nxt
    last = inside
    while last + 1 < len(doc.tokens) and last + 1 - inside < NAME_RUN and doc.tokens[last + 1].text.isalpha():
        last += 1
    if last + 2 >= len(doc.tokens) or doc.tokens[last + 1].text not in COMMAS:
        return nxt
    if any(doc.tokens[u].text in PREPOSITIONS for u in range(inside, last + 1)):  # (as written: «علي» a name, «على» not)
        return nxt
    title = next((c for c in chunks if c.i == last + 2), None)
    if title is None or not title.title or title.prep is not None:
        return nxt
    return plain_chunk(doc.tokens, inside, last)

"""Round q374: a subject of one bare word after a verb cue that is a person's family name in the article spelled
with one long vowel more or less («وذكر تساكالوتس» after «إفكليديس تساكالوتوس»): foreign names are written with
and without their long vowels (ا، و، ي), so that person speaks. Only names of six letters or more, and only where
one person's name matches so."""

from __future__ import annotations

from ..doc import Doc
from ..entities.gazetteer import load as load_gazetteer, phrase_of
from ..entities.names import vowel_added
from ..events.chunks import Chunk, is_function_word
from .phrases import person_names
from .untagged import title_key

_MIN_LETTERS = 6  # letters of the shorter spelling: shorter words match common words too easily


def vowel_variant(doc: Doc, c: Chunk) -> str | None:
    """The one person whose family name the bare word of ``c`` is, give or take one long vowel (module note); None
    where none or more than one."""
    if c.i != c.j or c.prep is not None or c.entity is not None:
        return None
    key = doc.tokens[c.i].norm_key.removeprefix("و")
    if len(key) < _MIN_LETTERS or not key.isalpha() or key.startswith("ال") or is_function_word(key):
        return None
    if title_key(key) or phrase_of(doc.tokens[c.i].text.removeprefix("و")) in load_gazetteer().titles:
        return None
    found = {eid for name, eid in person_names(doc).items() if one_vowel_apart(key, name)}
    return next(iter(found)) if len(found) == 1 else None


def one_vowel_apart(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same but for one long vowel letter one of them has more («تساكالوتس», «تساكالوتوس»)."""
    if len(a) > len(b):
        a, b = b, a
    return len(a) >= _MIN_LETTERS and vowel_added(a, b)

"""Round q364: a subject of one bare word after a verb cue that is the word right after a person's mention earlier in
the article, which the entity layer left out of his name («وقال المتحدث ... حسيب صديقي إن» with «حسيب» named,
then «وتابع صديقي أن»): the family name, so that person speaks. The word must stand alone as the subject, with no
clitic but «و», and no common word that may follow a name (a time word, a cue, a function word, a title) counts.
"""

from __future__ import annotations

from ..doc import Doc
from ..entities.gazetteer import load as load_gazetteer, phrase_of
from ..events.chunks import Chunk, is_function_word
from .cues import match_cue
from .qualified_source import is_time_word
from .untagged import title_key
from .vowel_variant import vowel_variant


def dropped_surname(doc: Doc, c: Chunk) -> str | None:
    """The person whose mention, before the chunk ``c``, the bare word of ``c`` stands right after (module
    docstring); else one whose family name it is but for a long vowel (``vowel_variant``); None where no one's."""
    if c.i != c.j or c.prep is not None or c.entity is not None:
        return None
    tok = doc.tokens[c.i]
    key = tok.norm_key.removeprefix("و")
    if len(key) < 3 or not key.isalpha() or key.startswith("ال") or is_function_word(key) or is_time_word(key):
        return None
    if title_key(key) or phrase_of(tok.text.removeprefix("و")) in load_gazetteer().titles:
        return None  # «أحمد الشامي مساعد الوزير ... . وأكد مساعد أن»: a title after his name, someone else now
    found: set[str] = set()
    for u in range(c.i - 1):
        nxt = doc.tokens[u + 1]
        if nxt.norm_key != key or match_cue(doc, u + 1) is not None:
            continue
        found.update(e.id for e in doc.entities if e.type == "PERSON"
                     for m in e.mentions if m.end == doc.tokens[u].end)
    return next(iter(found)) if len(found) == 1 else vowel_variant(doc, c)  # «تساكالوتس»: «تساكالوتوس» (q374)

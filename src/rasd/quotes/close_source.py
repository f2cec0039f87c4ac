"""The body or person unnamed sources are close to, for the ``quotes`` stage: «وقالت مصادر مقربة من الرئيس فلان إن»:
the sources speak (no speaker), the one they are close to is their affiliation. The speaker's phrase ends with a word
of affiliation («مقربة», «الموالية», «التابعة»: affiliations) and «من» follows it; the first mention of a person
or body within CLOSE_REACH tokens after «من» (a title or «تنظيم» before the name) is that entity.
"""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc, Span
from ..events.forms import fw, nkey

CLOSE_REACH = 3  # tokens from «من» to the name of the one the sources are close to («من الرئيس اليمني فلان»)
_OF = frozenset(nkey(w) for w in ("من", "مِن"))
_TYPES = ("PERSON", "ORGANIZATION")


def close_affiliation(doc: Doc, phrase: Span) -> str | None:
    """The entity the sources of the speaker's ``phrase`` are close to (see the module's note), or None."""
    last = bisect_left(doc.token_starts(), phrase.end) - 1  # (the starts kept per document)
    if last < 0 or last + 2 >= len(doc.tokens) or doc.tokens[last].norm_key not in fw("affiliations"):
        return None
    if doc.tokens[last + 1].norm_key not in _OF:
        return None
    for k in range(last + 2, min(len(doc.tokens), last + 2 + CLOSE_REACH)):
        tok = doc.tokens[k]
        if not tok.text[:1].isalpha():
            return None  # a comma or a quote mark: the phrase of closeness ended with no name
        for ent in doc.entities:
            if ent.type in _TYPES and any(m.start == tok.start for m in ent.mentions):
                return ent.id
    return None

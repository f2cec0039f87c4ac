"""A speaker text cut inside a foreign name, for the ``quotes`` stage: «وقالت إيه سو ميات: ...» gives «إيه سو»,
the chunker leaving the last word («ميات») out; the text runs on over the rest of the name up to the colon, comma
or «إن/أن» its words open with. Not an Arab name before a common noun («وقال مصدر محمد جديد»: no transliterated
word in it, and a frequent word ends no name)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities.gazetteer import load as load_gazetteer
from ..events.chunks import is_function_word
from ..events.forms import fw
from .cues import is_complementizer, match_cue
from .untagged import name_like, title_key

NAME_RUN = 4  # words of a foreign name, at most
_ENDS = (":", "،", ",")


def _listed(doc: Doc, u: int) -> str | None:
    """The flags of token ``u`` where it is a bare word of the name lists transliterated from a foreign language
    (flag «w»: «إيه», «سو», «جون»), no function word and no definite noun; None otherwise."""
    tok = doc.tokens[u]
    key = tok.norm_key
    if len(tok.words) != 1 or not key.isalpha() or key.startswith("ال") or is_function_word(key):
        return None
    word = load_gazetteer().name_word(key)
    return word.flags if word is not None and "w" in word.flags else None


def _rest_word(doc: Doc, u: int) -> bool:
    """Token ``u`` may close a foreign name though a word list has it («ميات», read as «مئات»): a bare word of four
    letters or more, no article, preposition, complementizer, title or cue."""
    key = doc.tokens[u].norm_key
    return (len(key) >= 4 and key.isalpha() and not key.startswith("ال") and key not in fw("prepositions")
            and not is_complementizer(doc, u) and not title_key(key) and match_cue(doc, u) is None)


def foreign_run(doc: Doc, given: Span) -> Span | None:
    """``given`` run on over the one or two name-like words after it where it ends in a run of transliterated
    name words, at least one of no Arab given or family name («سو»; not «محمد علي»), the whole run at most
    NAME_RUN words, and what follows it is «:»، a comma or «إن/أن» with nothing between; None otherwise."""
    k = doc.token_from(given.end)
    if k is None or k == 0 or k >= len(doc.tokens) or doc.text[given.end : doc.tokens[k].start].strip():
        return None
    last = k - 1
    first = last
    while first >= 0 and doc.tokens[first].start >= given.start and _listed(doc, first) is not None:
        first -= 1
    first += 1
    if first > last or not any("g" not in (_listed(doc, u) or "g") and "f" not in (_listed(doc, u) or "f")
                               for u in range(first, last + 1)):
        return None
    for end in range(k, min(len(doc.tokens) - 1, first + NAME_RUN)):
        if not (name_like(doc, end) or _rest_word(doc, end)) or len(doc.tokens[end].words) != 1:
            return None
        if doc.tokens[end + 1].text in _ENDS or is_complementizer(doc, end + 1):
            return Span(given.start, doc.tokens[end].end)
    return None

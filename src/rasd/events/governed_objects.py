"""Round 271: a masdar governed by a preposition («عبر خطف مقاتلين معتدلين مدعومين أميركيًا», «على حرق الطفل
فلان وما زال ...») has its genitive as the one the act is done to, even where a stray phrase after that genitive
was read as the object: a country adverb on a participle («مدعومين أميركيًا»: backed by America, no party) or the
first phrase of a negated clause coordinated after it («وما زال مصرا»)."""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import has_tanween
from .actors import is_nisba
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit

GENITIVE_REACH = 2  # tokens from the masdar to its genitive: one title word may come between («حرق الطفل فلان»)


def first_genitive(chunks: list[Chunk], hit: Hit, source: Chunk | None) -> bool:
    """Whether ``source`` is the first phrase after the trigger ``hit``, within ``GENITIVE_REACH`` tokens: the
    masdar's genitive (a definite noun in apposition may come first: «حرق الطفل فلان», «اغتيال القيادي فلان»)."""
    if source is None or not hit.j < source.i <= hit.j + GENITIVE_REACH:
        return False
    return all(c.i == c.j == source.i - 1 and c.definite and c.entity is None and c.prep is None
               for c in chunks if hit.j < c.i < source.i)


def country_adverb(doc: Doc, c: Chunk) -> bool:
    """Whether ``c`` is a lone country adverb, a nisba in the accusative with «ـًا» («أميركيًا», «إيرانيا»), right
    after a participle («مدعومين», «ممولة»); not a name (an entity: «روسيا», «تركيا» end the same way)."""
    if c.entity is not None or c.prep is not None or c.i != c.j or c.i == 0:
        return False
    text = doc.tokens[c.i].text
    key = nkey(text)
    if not key.endswith("يا") or not is_nisba(key[:-1]):
        return False
    before = doc.tokens[c.i - 1].norm_key
    return has_tanween(text) or (before[:1] == "م" and len(before) > 3)


def negated_clause_phrase(doc: Doc, c: Chunk) -> bool:
    """Whether ``c`` comes right after «وما/ولا» (function words ``negations`` with «و»): the first phrase of
    a negated clause coordinated after the act's object («... وما زال مصرا على صمته»), not its object."""
    if c.i == 0 or c.prep is not None:
        return False
    key = doc.tokens[c.i - 1].norm_key
    return key[:1] == "و" and key[1:] in fw("negations")


def stray_object(doc: Doc, c: Chunk) -> bool:
    """A phrase read as an act's object that is none (see the module's doc)."""
    return country_adverb(doc, c) or negated_clause_phrase(doc, c)

"""Round gr426: a verb trigger that is a place in a list of places, no act («محافظات تعز والضالع ولحج وعدن»: the
city Aden, read as «وعدن», they promised). Read by ``senses.not_an_event``: a one-word verb trigger whose word, less
its «و», is a place the gazetteer lists (a country, capital, city or region), right after another place of the same
list (a place's entity mention, or a listed place itself, with or without its «و»)."""

from __future__ import annotations

from ..doc import Doc
from ..entities import gazetteer
from .forms import PLACES
from .lexicon import Hit
from .word_tests import entity_at

PLACE_KINDS = frozenset(("country", "capital", "city", "region"))  # gazetteer kinds of a place


def _listed_place(key: str) -> bool:
    """Whether ``key`` (a word's matching key) is a place the gazetteer lists, bare or past its «و»."""
    phrases = gazetteer.load().phrases
    for k in (key, key.removeprefix("و")):
        entry = phrases.get((k,)) if k else None
        if entry is not None and entry.kind in PLACE_KINDS:
            return True
    return False


def place_in_list(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the verb trigger ``hit`` (its sentence opening at token ``a``) is a place joined by «و» to the place
    right before it («ولحج وعدن»), no verb."""
    if hit.pos != "V" or hit.i != hit.j or hit.i - 1 < a:
        return False
    key = doc.tokens[hit.i].norm_key
    if not key.startswith("و") or not _listed_place(key[1:]):
        return False
    prev = entity_at(doc, hit.i - 1)
    return (prev is not None and prev.type in PLACES) or _listed_place(doc.tokens[hit.i - 1].norm_key)

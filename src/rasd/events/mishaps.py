"""Assault words that report no assault, round 67 of real news: deaths in an accident («لقي ثلاثة مصرعهم في حادث
سير», «مقتل عشرة في تحطم طائرة»: a killing word with «في», «جراء», «إثر» or «بسبب» + a mishap, function words
``mishap_words``, within ``MISHAP_REACH`` words after it in its clause), an attack that a force is sent to deter or
prevent («لردع المسلحين من الاعتداء على المدنيين»: «من» + the attack noun after a word of deterrence or
protection, ``deterrence_words``, within ``DETER_REACH`` words before it), and a government, a dialogue or a
crisis «blown up» («تفجير الحكومة من الداخل»: a bombing noun whose genitive is of ``abstract_blown``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import nkey
from .lexicon import Hit
from .listed import listed, listed_before

KILLING = frozenset(("kill", "wound"))
MISHAP_REACH = 5  # words after a killing word read for the accident it happened in («مصرعهم أمس في حادث»)
DETER_REACH = 4  # words before «من الاعتداء» read for the deterrence it is the object of («لردع المسلحين من»)
CAUSES = frozenset(nkey(w) for w in ("في", "جراء", "إثر", "اثر", "بسبب", "نتيجة"))


def _accident(doc: Doc, hit: Hit, b: int) -> bool:
    """A killing word followed, in its clause, by a cause word and a mishap («مصرعهم في حادث سير»)."""
    if hit.entry.id not in KILLING:
        return False
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + MISHAP_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = nkey(doc.tokens[t].text)
        if key in CAUSES and listed(doc, t + 1, "mishap_words", bare=True):
            return True
        if key[:1] == "ب" and key[1:] in ("حادث", "حادثه", "الحادث", "الحادثه"):
            return True  # («بحادث سير»)
    return False


def _deterred(doc: Doc, hit: Hit, a: int) -> bool:
    """An attack noun after «من» (a clitic or a word) that a word of deterrence or protection governs."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    if nkey(doc.tokens[hit.i - 1].text) != "من":
        return False
    return listed_before(doc, hit.i - 1, a, DETER_REACH, "deterrence_words")


def _blown(doc: Doc, hit: Hit, b: int) -> bool:
    """A bombing noun whose genitive is a government, a dialogue, a crisis (``abstract_blown``): a figure of speech."""
    return hit.entry.id == "bombing" and hit.pos == "N" and hit.j + 1 < b and listed(doc, hit.j + 1, "abstract_blown")


def mishap(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the ASSAULT trigger ``hit`` tells an accident, a deterred attack or a figure (see the module)."""
    return _accident(doc, hit, b) or _deterred(doc, hit, a) or _blown(doc, hit, b)


__all__ = ["mishap"]

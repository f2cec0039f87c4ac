"""Round ev625: a blaze is no gunfire. «نار/نيران» is the lexicon's shot (``shoot``: «أطلق النار على») wherever
«على» follows in its clause, but a fire that breaks out, burns or is put out («شاهدت نيرانًا كثيفة تندلع من
المنزل», «النيران اشتعلت به للتو», «التهمت النيران المحال», «إخماد النيران», «ألسنة النيران») is a blaze: a
word of burning (function words ``blaze_words``) within ``BLAZE_REACH`` words of the fire word in its clause, or
«ألسنة» right before it, tells no assault (arson is told by «أحرق/حرق» of its own). Never where the fire is shot:
a word of shooting before it in its clause («فتح الجنود النار», «تبادل إطلاق النيران», ``gunfire_words``) or a
weapon as its genitive («نيران المدفعية», «نيران رشاشاتها», ``fire_weapons``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import bare_keys_of, fw
from .lexicon import Hit

FIRE_ENTRIES = frozenset(("shoot",))  # the noun «النار/النيران» read as a shot
BLAZE_REACH = 3  # words either side of the fire word read for the burning verb («نيرانًا كثيفة تندلع»)
SHOT_BACK = 4  # words before the fire word read for a word of shooting («فتحت القوات النظامية نيران»)


def _side(doc: Doc, start: int, stop: int, step: int, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` stands from token ``start`` towards ``stop`` (``step`` ±1) before a clause
    boundary."""
    for t in range(start, stop, step):
        if clause_stop(doc.tokens[t].text):
            return False
        if not bare_keys_of(doc.tokens[t]).isdisjoint(words):
            return True
    return False


def _shot(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«فتح الجنود النار», «تبادل إطلاق النيران», «نيران المدفعية», «نيران رشاشاتها»: the fire is shot."""
    if hit.j + 1 < b and not bare_keys_of(doc.tokens[hit.j + 1]).isdisjoint(fw("fire_weapons")):
        return True
    return _side(doc, hit.i - 1, max(a, hit.i - SHOT_BACK) - 1, -1, fw("gunfire_words"))


def blaze(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the shot ``hit`` (sentence tokens ``a``..``b``) is a fire that burns: «النيران اشتعلت به»,
    «اندلعت النيران في المبنى», «ألسنة النيران» (see the module); «فتح الجنود النار على المتظاهرين» stays."""
    if hit.entry.id not in FIRE_ENTRIES or hit.pos != "N" or _shot(doc, hit, a, b):
        return False
    if hit.i - 1 >= a and not bare_keys_of(doc.tokens[hit.i - 1]).isdisjoint(fw("blaze_heads")):
        return True  # «ألسنة النيران»
    words = fw("blaze_words")
    return _side(doc, hit.j + 1, min(b, hit.j + 1 + BLAZE_REACH), 1, words) \
        or _side(doc, hit.i - 1, max(a, hit.i - BLAZE_REACH) - 1, -1, words)


__all__ = ["blaze"]

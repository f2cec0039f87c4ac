"""Round ev307: a word of force that tells no act of force, for :func:`.senses.not_an_event`.

- ``in_range``: «تحت مرمى نيران جيش الفتح», «في مرمى نيران القوات»: the fire in the genitive of «مرمى» (range) says
  what lies within reach of a side's guns, a state, not a shooting done.
- ``likened``: «استيقظت على أصوات تشبه الانفجارات», «دوي أشبه بالقصف»: a noun of force after a word of likeness
  (``LIKENESS``) is what something sounded or looked like, no blast or shelling told.

Only for acts of force (CAMEO 18, 19, 20); «تشبه» before another noun («تشبه الحرب الأهلية») is left alone.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop

FORCE = ("18", "19", "20")
RANGE = frozenset(nkey(w) for w in ("مرمى", "ومرمى"))
LIKENESS = fw_keys("likeness_words")
LIKENESS_BACK = 2  # words from the noun of force back to the word of likeness («تشبه أصوات الانفجارات»)


def in_range(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the force trigger ``hit`` (its sentence from token ``a``) is in the genitive of «مرمى»."""
    return hit.entry.code.startswith(FORCE) and hit.i - 1 >= a and doc.tokens[hit.i - 1].norm_key in RANGE


def likened(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the force trigger ``hit`` is what something is likened to («أصوات تشبه الانفجارات»)."""
    if not hit.entry.code.startswith(FORCE):
        return False
    for t in range(hit.i - 1, max(a, hit.i - LIKENESS_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in LIKENESS:
            return True
    return False


def not_force(doc: Doc, hit: Hit, a: int) -> bool:
    """``in_range`` or ``likened``: the force word tells no act of force."""
    return in_range(doc, hit, a) or likened(doc, hit, a)

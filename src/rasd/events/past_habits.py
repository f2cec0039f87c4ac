"""Round ev362: a past habit, no one act: «كان يؤكد دومًا على أن الأولوية القصوى ...», «كان الأمير دائما يزور
المنطقة»: a present verb trigger under a past «كان» (``past_being``, within ``KANA_BACK`` words before it in its
clause) with a word of habit (``habit_adverbs``: «دوما», «دائما», «عادة») right before or after the verb
(``ADVERB_REACH`` words) tells what someone used to do, no event of a day. Read by ``senses.not_an_event``.

Counter-cases: «كان يؤكد أمس أن ...» (no word of habit: a past act going on, told); «وأكدت حينها – كما هي دوما –»
(a perfect verb: the act of that day).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .modality import imperfect
from .word_tests import bare_key_at, clause_stop, key_at, past_conjunction

__all__ = ["past_habit"]

KANA_BACK = 3  # words before the verb read for its «كان» (its subject or the adverb between: «كان الأمير دوما يزور»)
ADVERB_REACH = 2  # words after the verb read for the word of habit («كان يؤكد دوما», «كان يزور المنطقة دائما»)


def _habit_word(doc: Doc, t: int) -> bool:
    return bare_key_at(doc, t, "habit_adverbs") in fw("habit_adverbs")


def past_habit(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether ``hit`` is a present verb of a past habit (see the module)."""
    if hit.pos != "V" or not imperfect(past_conjunction(key_at(doc, hit.i), 4), True):
        return False
    kana = None
    for t in range(hit.i - 1, max(a, hit.i - KANA_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            break
        if bare_key_at(doc, t, "past_being") in fw("past_being"):
            kana = t
            break
    if kana is None:
        return False
    if any(_habit_word(doc, t) for t in range(kana + 1, hit.i)):
        return True
    for t in range(hit.j + 1, min(b, hit.j + 1 + ADVERB_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if _habit_word(doc, t):
            return True
    return False

"""Round 293: a clause told of another place or another incident does not take the day of the clause before it.

«شن الطيران مساء أول من أمس غارات على مواقع المسلحين، واعتقلت الشرطة في مدينة أخرى عشرة مطلوبين»: the second act,
told «في مدينة أخرى» («في منطقة أخرى», «في حادث منفصل», «في تطور آخر»), is a new telling; the day said in the first
clause is not its day (``spans_told.conjunct_day``, ``told_before`` and ``shared_time`` do not lend it).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .word_tests import clause_from, clause_stop

OTHER_HEADS = fw_keys("other_place_heads")
OTHER_WORDS = fw_keys("other_words")


def elsewhere(doc: Doc, i: int) -> bool:
    """Does the clause of token ``i`` (from the comma or the sentence's end before it to the one after it) name
    another place or incident: a head of ``OTHER_HEADS`` followed by a word of ``OTHER_WORDS`` («في مدينة أخرى»)?"""
    toks = doc.tokens
    t = clause_from(doc, i, 0)
    while t + 1 < len(toks) and not clause_stop(toks[t + 1].text):
        if toks[t].norm_key.removeprefix("و") in OTHER_HEADS and toks[t + 1].norm_key in OTHER_WORDS:
            return True
        t += 1
    return False

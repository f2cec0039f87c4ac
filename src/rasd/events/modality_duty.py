"""Round 286: three cues of modality read by ``modality.modality``, each on the keys before the trigger.

- «ويجب الإشادة بهذه التجربة», «إنه يجب البدء في محادثات», «لا بد من عقد لقاء»: a noun trigger right after a word
  of obligation (``obligation_modals``), or after it and a masdar of starting or doing with its preposition
  (``OWED_STEPS``: «البدء في», «القيام بـ» glued to the trigger), is owed, not told (planned, as «يجب أن يلتقي»
  is: :func:`owed_masdar`); not «يجب على الحكومة التحقيق» (``modality_may.owed`` reads it).
- «وأرسلت الحكومة وفدا إلى القاهرة لكي يلتقي الرئيس»: a verb right after «لكي/كي» is the purpose of the act
  before it, still to come (planned: :func:`purpose_verb`).
- «من أكبر إنجازات الرئيس حال التوقيع عليها»: a noun trigger right after «حال» with no «في» (upon) is an act on
  which something else depends, not yet done (hypothetical: :func:`upon`); not «إن حال المفاوضات صعب», «حال» in
  construct opening a clause (after a complementizer, a preposition or the sentence's start), the state of it.
"""

from __future__ import annotations

from .forms import fw, fw_keys, nkey
from .lexicon import Hit

OWED_STEPS = frozenset(nkey(w) for w in ("البدء", "القيام", "الشروع", "العمل", "في", "من", "على"))
OWED_REACH = 3  # keys from the word of obligation to the trigger («يجب البدء في محادثات»)
PURPOSE = frozenset(nkey(w) for w in ("لكي", "كي"))
UPON = nkey("حال")


def owed_masdar(hit: Hit, before: list[str]) -> bool:
    """A noun trigger owed by a word of obligation before it (see the module)."""
    if hit.pos != "N" or not before:
        return False
    tail = before[-OWED_REACH:]
    for n in range(len(tail) - 1, -1, -1):
        key = tail[n].lstrip("وف")
        if key in fw_keys("obligation_modals"):
            return key != nkey("بد") or n + 1 < len(tail) and tail[n + 1] == nkey("من")  # «لا بد من»
        if tail[n] not in OWED_STEPS:
            return False
    return False


def purpose_verb(hit: Hit, before: list[str]) -> bool:
    """A verb trigger right after «لكي/كي» (see the module)."""
    return hit.pos == "V" and bool(before) and before[-1].lstrip("و") in PURPOSE


def upon(hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after «حال» (upon) that follows a word of its clause (see the module)."""
    if hit.pos != "N" or len(before) < 2 or before[-1].lstrip("و") != UPON:
        return False
    prev = before[-2].lstrip("وف")
    return prev not in fw("prepositions") and prev not in fw("complementizers") and prev not in ("،", ",", ":")


__all__ = ["owed_masdar", "purpose_verb", "upon"]

"""Round ev438: an act of force counted up to now is a running total, of no one day.

- «لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال», «قتل 200 شخص منذ بدء العملية», «بإجمالي 40
  غارة»: an act of force or coercion (CAMEO 17x to 20x) whose clause, within ``CLAUSE_REACH`` tokens either side
  and no clause stop between, holds a word of a count up to now («حتى» + ``so_far_words``, «منذ» +
  ``onset_words``, ``total_words``) is the sum of many acts over the campaign, not an act of the article's day
  (``running_total``);
- «وتركزت العمليات حتى الآن على ...، فيما لم يعلن سوى عن ثلاث غارات»: a noun act counted by a number right
  before it («ثلاث غارات», «عشرات الغارات») after such a word earlier in its sentence is of that count too.

The dating asks only where no time of the sentence dates the act: «قتل 5 أمس، ليرتفع عدد القتلى حتى الآن إلى 20»
keeps «أمس» on the killing of 5; «قتل 5 أشخاص، ليرتفع عدد القتلى حتى الآن إلى 20» keeps the article's day (the
count is in another clause, and «قتل» is not counted by a number right before it). A present verb with «حتى الآن»
is ``still_states.so_far``'s; an act called the first or the worst up to now («أعنف هجوم حتى الآن»,
``first_of_kind`` in its clause) is one act, of its day, and so is one still going on («الاشتباكات التي ما زالت
تتواصل حتى الآن», ``still_verbs``); a refusal or a statement told with it («رفضت الحكومة حتى
الآن») keeps its day.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_from, clause_to, key_at

CLAUSE_REACH = 8  # tokens either side of the trigger read for a word of a count up to now
COUNTED_CODES = ("17", "18", "19", "20")  # coercion, assault, fight, mass violence: acts counted in a campaign
UNTIL = nkey("حتى")
SINCE = nkey("منذ")


def _total_at(doc: Doc, t: int, end: int) -> bool:
    """Whether token ``t`` opens a word of a count up to now: «حتى الآن», «منذ بدء», «إجمالي»."""
    key = key_at(doc, t).removeprefix("و")
    nxt = key_at(doc, t + 1) if t + 1 < end else ""
    return (key == UNTIL and nxt in fw_keys("so_far_words")) or (key == SINCE and nxt in fw_keys("onset_words")) \
        or key in fw_keys("total_words")


def _counted(doc: Doc, hit: Hit) -> bool:
    """Whether a noun trigger is counted by a number right before it («ثلاث غارات», «40 غارة», «عشرات الغارات»)."""
    if hit.pos != "N" or hit.i == 0:
        return False
    tok = doc.tokens[hit.i - 1]
    return key_at(doc, hit.i - 1) in fw_keys("count_words") or any(n.start <= tok.start < n.end for n in doc.numbers)


def _first_of_kind(doc: Doc, t: int, end: int) -> bool:
    """Whether token ``t`` calls an act the first or the worst («أعنف», «الأول»), not a count of about («أكثر من»)."""
    return key_at(doc, t).removeprefix("و").removeprefix("ال") in fw_keys("first_of_kind") \
        and not (t + 1 < end and key_at(doc, t + 1) == nkey("من"))


def running_total(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the act of force at ``hit`` is told as a count up to now (see the module)."""
    if not hit.entry.code.startswith(COUNTED_CODES):
        return False
    lo = clause_from(doc, hit.i, max(sent_start, hit.i - CLAUSE_REACH))
    hi = clause_to(doc, hit.j + 1, min(sent_end, hit.j + 1 + CLAUSE_REACH))
    if any(_first_of_kind(doc, t, sent_end) for t in range(lo, hi)):
        return False  # «في هجوم هو الأعنف منذ بدء الهدنة», «أعنف هجوم حتى الآن»: one act, the worst up to now
    if any(key_at(doc, t).removeprefix("و") in fw_keys("still_verbs") for t in range(lo, hi)):
        return False  # «الاشتباكات التي ما زالت تتواصل حتى الآن»: one act still going on, not a count (review)
    if any(_total_at(doc, t, sent_end) for t in range(lo, hi) if not hit.i <= t <= hit.j):
        return True
    return _counted(doc, hit) and any(_total_at(doc, t, sent_end) for t in range(sent_start, hit.i))

"""Round dt353: a time inside a relative clause on another noun does not date a noun act told after it.

«وهيمن موضوع الاتفاق الذي أبرم في فيينا في الرابع عشر من الشهر الماضي على المحادثات»: the time closes the
relative clause «الذي أبرم ...» on «الاتفاق», and «على المحادثات» completes the main verb before it; the month is
the agreement's, not the talks'. Read so only where a relative pronoun (not the one on the trigger itself) and a verb
open the clause at most ``RELATIVE_REACH`` tokens before the time with no comma between, and the trigger follows
the time right after a preposition (a complement of a verb before: «على/في/مع/إلى/عن»). An object right after the
time («عقدت الحكومة التي شكلت حديثا أمس اجتماعا») is the main verb's and keeps its time.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, nkey
from .lexicon import Hit

RELATIVE_REACH = 6  # tokens from the relative pronoun to the time
COMPLEMENT_PREPS = frozenset(nkey(w) for w in ("على", "في", "مع", "إلى", "عن"))


def other_relative(doc: Doc, hit: Hit, ts: TimeSpan, sent_start: int, own: int) -> bool:
    """Whether the time ``ts`` before the noun trigger ``hit`` closes a relative clause on another noun."""
    if hit.pos != "N" or ts.end > doc.tokens[hit.i].start:
        return False
    prep = hit.i - 1
    if prep <= sent_start or doc.tokens[prep].norm_key not in COMPLEMENT_PREPS:
        return False
    if doc.tokens[prep].start < ts.end or doc.tokens[prep - 1].end > ts.end:
        return False  # something stands between the time and the preposition
    first = doc.token_at(ts.start)
    if first is None:
        return False
    for k in range(first - 1, max(sent_start, first - RELATIVE_REACH) - 1, -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ".", ":", "؛"):
            return False
        if tok.norm_key in fw("relatives"):
            return tok.start != own and k + 1 < first and not doc.tokens[k + 1].norm_key.startswith("ال")
    return False

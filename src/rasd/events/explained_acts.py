"""Round dt313: an act in a «، إذ» clause that explains the act of a given day before it takes that day.

«عززت المقاومة الشعبية مكاسبها أمس، إذ استعادت السيطرة على مدينة زنجبار»: the «إذ» clause tells how the gains
were made; its verb (the trigger, or the perfect verb right after «إذ» whose object is the noun trigger) has no time
of its own and happened on the day of the main clause, the last day told in the sentence before «، إذ». Nothing
where «إذ» opens with «إن/أن» or a present verb («إذ يرى», «إذ إن»: a reason or a view, not an act told), where
the day is inside quotation marks, or where it is no day («في يوليو»: ``elaborated_time`` reads the same way).

Counter-case: «قتل جنديان، إذ يتعرض الجيش لهجمات متكررة» (a present verb: a state, the dating as before).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw
from .lexicon import Hit
from .modality import imperfect
from .word_tests import open_quotation

__all__ = ["explaining_time"]

IDH = "اذ"
VERB_REACH = 2  # tokens from «إذ» to a noun trigger past the perfect verb that governs it («إذ استعادت السيطرة»)


def _perfect_after(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a perfect verb opening an «إذ» clause (not «إن/أن», «قد», a present verb)."""
    key = doc.tokens[k].norm_key
    return len(key) >= 3 and key not in fw("complementizers") and key not in ("قد", "لم", "لا", "ما", "كان", "كانت") \
        and not imperfect(key, False)


def explaining_time(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """The day of the main clause that an «، إذ» clause holding the trigger explains, if any (see the module)."""
    for back in range(1, VERB_REACH + 2):
        k = hit.i - back
        if k - 1 < sent_start:
            return None
        if doc.tokens[k].norm_key != IDH:
            continue
        if doc.tokens[k - 1].text not in ("،", ",") or not _perfect_after(doc, k + 1):
            return None
        if back > 1 and hit.pos != "N":
            return None  # (a verb trigger is the verb right after «إذ»)
        cut, lo = doc.tokens[k - 1].start, doc.tokens[sent_start].start
        days = [ts for ts in doc.times if lo <= ts.start and ts.end <= cut and ts.value and len(ts.value) == 10
                and not open_quotation(doc.text[lo : ts.start])]
        return max(days, key=lambda ts: ts.start) if days else None
    return None

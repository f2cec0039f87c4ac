"""Round ev839: the narrator's setting of a statement, read by ``reported_frames.told_by_source``.

«وأكد وزير الخارجية التركي أن بلاده ستبدأ قريبا محاربة تنظيم داعش، وذلك خلال لقائه نظيره الأميركي في ماليزيا»:
«، وذلك» + a preposition of the occasion (``narrator_aside_preps``: «خلال، أثناء، على هامش، لدى») after the
clause someone said attaches to the verb of saying: the meeting is the writer's, told as fact (asserted), though the
quote layer may run the indirect quote's content up to the sentence's end. Only up to the next comma, quotation
mark, complementizer or end of sentence («...، وذلك خلال لقائه كيري، الذي قال إن ...»: what Kerry said stays his).
«وقال إنه التقى نظيره خلال زيارته» (no «وذلك») stays inside the quote, reported.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, phrase_keys
from .lexicon import Hit
from .word_tests import clause_break, key_at

__all__ = ["narrators_aside"]

ASIDE_REACH = 16  # tokens from «وذلك» to the trigger («وذلك خلال لقائه نظيره الأميركي جون كيري في ماليزيا على هامش»)
_MARKS = ("«", "»", '"', "“", "”")


def narrators_aside(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether ``hit`` stands in a «، وذلك خلال ...» phrase of the narrator (see the module)."""
    for t in range(hit.i - 1, max(sent_start, hit.i - ASIDE_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in _MARKS or text in ("،", ",") or clause_break(text) or key_at(doc, t) in fw_keys("complementizers"):
            return False
        if key_at(doc, t) == "وذلك":
            return t > sent_start and doc.tokens[t - 1].text in ("،", ",") and _occasion_after(doc, t + 1, hit.i)
    return False


def _occasion_after(doc: Doc, t: int, end: int) -> bool:
    """A preposition of the occasion (``narrator_aside_preps``, one or two words) from token ``t``, before ``end``."""
    for seq in phrase_keys(fw("narrator_aside_preps")):
        if t + len(seq) <= end and tuple(doc.tokens[t + n].norm_key for n in range(len(seq))) == seq:
            return True
    return False

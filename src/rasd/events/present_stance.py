"""Round ev833: a present verb of stance, no act of the article's day.

``present_stance``: a verb trigger in the present («يـ/تـ/نـ», no «سـ» of the future) of a stance held or a pressure
kept up (``STANCE_CODES``: a demand, a disapproval, a rejection, a threat, a coercion), with no time of its own
(``dating.event_date`` asks only when none dates it), says what one does or holds as a rule: «وترفض وزارة الأوقاف
الاعتراف بهؤلاء الخريجين», «ويدين معارضو الاتفاق السرية التي تلف المفاوضات», «إن إسرائيل ترفض الإرهاب». It takes
no date from the article nor from a time of a neighbouring verb («أمس» of another clause). A verb of statement
(«يؤكد», «ينفي»), of a meeting or a visit («يزور», «يلتقي»: often the day's or one planned), a speaker's own
(«نطالب», «ندين»: performed as said, on the day of the words), one right after «أن/إنه/بأنه» (``complementizers``:
«قال إنه يرفض الحديث معه»: the stance said that day), one of a clause of state after «وهو/وهي»
(``aside_pronoun_openers``: «ظهر في رسالة مصورة وهو يتوعد بقتل»: the act shown) and any verb of the document's
first sentence (a headline: «مئات الطلاب يقتحمون الوزارة») keep their day.
"""
from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit
from .tense import imperfect
from .word_tests import past_conjunction

STANCE_CODES = ("10", "11", "12", "13", "17")  # CAMEO roots: demand, disapprove, reject, threaten, coerce


def present_stance(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger of ``STANCE_CODES`` outside the document's first sentence (see the module)."""
    if hit.pos != "V" or sent_start == 0 or not hit.entry.code.startswith(STANCE_CODES):
        return False
    key = past_conjunction(doc.tokens[hit.i].norm_key, 4)
    if key[:1] not in ("ي", "ت") or not imperfect(key, True) or key.startswith("تم"):
        return False
    before = doc.tokens[hit.i - 1].norm_key if hit.i > sent_start else ""
    return before not in fw_keys("complementizers") and before not in fw_keys("aside_pronoun_openers")

"""Round dt353: the asking to put off an act that the sentence then tells was done on a day came before that day.

«طلبوا من نائب الرئيس تأجيل الزيارة إلى نهاية الأسبوع، إلا أنه أصر على حضوره في عدن أمس»: the ministers asked
before the visit they wanted put off, which was made «أمس» all the same; the asking is of no day the text tells (not
the article's day). Read so for a perfect verb trigger with a masdar of putting off (``put_off_masdars``) within
``PUT_OFF_REACH`` tokens after it, where a word of contrast («لكن/لكنه», «إلا أن/إلا أنه», «غير أن») after that
masdar in the sentence opens a clause told with a day. Not where the asking has a time of its own (those dates are
read before this test), nor with no contrast («طلبوا تأجيل الزيارة، وأصر على حضوره أمس»: no sign of the order).
"""

from __future__ import annotations


from ..doc import Doc
from .forms import fw, keys_of
from .lexicon import Hit
from .modality import imperfect
from .word_tests import DAY_VALUE, past_conjunction

PUT_OFF_REACH = 8  # tokens from the asking verb to its masdar of putting off


def _contrast(doc: Doc, k: int) -> bool:
    key = doc.tokens[k].norm_key
    if key in fw("but_words"):
        return True
    nxt = doc.tokens[k + 1].norm_key if k + 1 < len(doc.tokens) else ""
    return key.removeprefix("و") in fw("contrast_heads") and nxt.startswith("ان")  # «إلا أن», «غير أن»


def asked_before(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Whether ``hit`` asks to put off an act that a contrast clause of its sentence tells was done on a day."""
    if hit.pos != "V" or imperfect(past_conjunction(doc.tokens[hit.i].norm_key, 4), True):
        return False
    masdars = fw("put_off_masdars")
    last = min(sent_end, hit.j + 1 + PUT_OFF_REACH)
    put = next((t for t in range(hit.j + 1, last) if not keys_of(doc.tokens[t]).isdisjoint(masdars)), None)
    if put is None:
        return False
    end = doc.tokens[sent_end - 1].end
    for k in range(put + 1, sent_end - 1):
        if _contrast(doc, k):
            start = doc.tokens[k].start
            return any(start < ts.start and ts.end <= end and DAY_VALUE.match(ts.value or "") for ts in doc.times)
    return False

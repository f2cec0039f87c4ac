"""Round ev486: the party that is only what another is weighed against is no party to an act. «كانت قيادة
«النصرة» أكثر ذكاء من «داعش»، حيث ... وساومت على من خطفتهم ولم تذبحهم»: «داعش», after «من» of an elative
(function words ``comparative_elatives``: «أقوى من X», «أشد خطرا من X»), is compared with, not the one the
pronoun of «خطفتهم» resumes.

:func:`compared_mention`: a mention right after «من» (past an opening quote) that follows an elative directly or past
one indefinite word of what is weighed («أكثر ذكاء من»); «أكثر/أقل» (``comparative_quantities``) only past such a
word, since «أكثر من ثلاثة جنود», «أكثر من مسؤول» count, they compare nothing. Not «أكبر من 30» (no mention), nor
«أعنف هجوم من نوعه» (no «من» before a name).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import LEADING_QUOTES
from .forms import fw, fw_keys, nkey
from .word_tests import clause_stop

THAN = nkey("من")


def compared_mention(doc: Doc, start: int) -> bool:
    """Whether the mention at character ``start`` is the object of a comparative «أفعل (...) من» (see the module)."""
    k = doc.token_at(start)
    if k is None:
        return False
    t = k - 1
    while t >= 0 and doc.tokens[t].text in LEADING_QUOTES:
        t -= 1
    if t < 1 or doc.tokens[t].norm_key != THAN:
        return False
    prev = doc.tokens[t - 1]
    if prev.norm_key in fw_keys("comparative_elatives"):
        return prev.norm_key not in fw("comparative_quantities")  # («أكثر من ثلاثة جنود»: a count)
    weighed = prev.norm_key
    return t >= 2 and not clause_stop(prev.text) and not weighed.startswith("ال") and weighed not in fw("prepositions") \
        and doc.tokens[t - 2].norm_key in fw_keys("comparative_elatives")


__all__ = ["compared_mention"]

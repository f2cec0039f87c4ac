"""Round ev820: words before a verb that let it open a clause of its own with its own subject after it (VSO), for
``agents.opener_subject``: «حيث» (function words ``hayth``) and the time lead «في وقت» (``time_clause_leads``).

«وقصف الطيران الحربي مناطق في ريف إدلب، في وقت أقدمت جبهة النصرة على إعدام محام بعدما اتهمته بالتخابر»: «أقدمت»
opens the clause «اتهمته» goes on (after «بعدما»), so «جبهة النصرة» is the subject both share, not a subject of
the sentence's first verb or of a paragraph before.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey


def clause_lead(doc: Doc, start: int, a: int) -> bool:
    """Whether the words right before token ``start`` (its sentence from token ``a``) are «حيث» or a phrase of
    ``time_clause_leads`` («في وقت أقدمت جبهة النصرة»), so that a verb at ``start`` opens a clause."""
    if start <= a:
        return False
    if doc.tokens[start - 1].norm_key in fw("hayth"):
        return True
    if start - 2 < a:
        return False
    return nkey(doc.tokens[start - 2].text + " " + doc.tokens[start - 1].text) in fw("time_clause_leads")

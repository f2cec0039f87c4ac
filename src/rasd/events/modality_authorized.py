"""Round 198: an act one is authorised to do is still to come, read by ``modality.modality``.

«ووافق المجلس على تفويض الوزير - أو من ينيبه - بالتباحث مع الجانب الآخر في شأن مشروع اتفاقية، والتوقيع عليه»:
the «بـ» masdar after a word of authorising (``authorization_words``: «تفويض», «فوض», «خول») and its delegate
is what the delegate may do, not done yet (planned); so is a masdar joined to it by «و» after a comma or a
closing quotation mark («، والتوقيع عليه», «جمهورية "X" والتوقيع عليه»). Not an act named after another
preposition in its phrase («فوضه بالتحقيق في الهجوم»: the attack happened).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from .forms import fw, nkey
from .lexicon import Hit

AUTH_REACH = 40  # tokens back from the trigger to the word of authorising
DELEGATE_REACH = 10  # tokens from the word of authorising to its «بـ» masdar («الوزير - أو من ينيبه -» between)
BOUNDS = ("،", ",", "\"", "»", ")")  # a comma or a closing mark before a «و» conjunct


def _authorising(key: str) -> bool:
    bare = key[1:] if key[:1] in ("و", "ف", "ب", "ل") and len(key) > 4 else key
    return key in fw("authorization_words") or bare in fw("authorization_words")


def _bi_masdar(doc: Doc, t: int, end: int) -> int | None:
    """The first word in «بـ» within ``DELEGATE_REACH`` tokens after token ``t`` (before ``end``)."""
    for k in range(t + 1, min(end, t + 1 + DELEGATE_REACH)):
        key = doc.tokens[k].norm_key
        if doc.tokens[k].text in SENTENCE_ENDS:
            return None
        if key[:1] == "ب" and len(key) > 4:
            return k
    return None


def authorised(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger that is the «بـ» masdar after a word of authorising and its delegate, or a masdar joined
    to that one by «و» right after a comma or a closing mark, in its sentence."""
    if hit.pos != "N" or hit.i <= sent_start:
        return False
    own = doc.tokens[hit.i].norm_key
    conjunct = own[:1] == "و" and doc.tokens[hit.i - 1].text in BOUNDS
    if own[:1] != "ب" and not conjunct:
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - AUTH_REACH) - 1, -1):
        if doc.tokens[t].text in SENTENCE_ENDS:
            return False
        if not _authorising(doc.tokens[t].norm_key):
            continue
        k = _bi_masdar(doc, t, hit.i + 1)
        return k is not None and (k == hit.i or (conjunct and k < hit.i))
    return False

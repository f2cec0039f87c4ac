"""Round 106: a phrase of support set off by commas between a noun act and its object.

«سيطرة القوات الموالية للرئيس، بالتنسيق مع قوات التحالف، على قاعدة العند»: the commas around a phrase that
opens with a word of coordination or support (function words ``support_inserts``: «بالتنسيق», «بدعم»,
«بمساندة», «بمشاركة») set off an insert, not the end of the noun's phrase: its «على» object comes after it.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .forms import fw
from .word_tests import clause_break, clause_stop

STATEMENT_INSERT = 12  # tokens from the comma after a VSO subject to the comma that closes its insert

INSERT_REACH = 12  # tokens from the opening comma of an insert to the comma that closes it


def comma_outside_inserts(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens ``i``..``j-1`` hold a comma that is not one of the pair around a support insert."""
    toks = doc.tokens
    t = i
    while t < j:
        if toks[t].text in COMMAS:
            if t + 1 < len(toks) and toks[t + 1].norm_key.removeprefix("و") in fw("support_inserts"):
                close = next((u for u in range(t + 2, min(len(toks), t + INSERT_REACH))
                              if clause_stop(toks[u].text)), None)
                if close is not None and toks[close].text in COMMAS:
                    t = close + 1  # the insert and the comma that closes it (``j`` may fall inside it)
                    continue
            return True
        t += 1
    return False


def set_off_time(doc: Doc, t: int) -> int | None:
    """Round 121: where token ``t`` is a comma that closes a time set off by commas («قيام الميليشيات، خلال الأيام
    الماضية، بإعدام»: nothing but a time between the two), the index of the comma that opens it; else None."""
    toks = doc.tokens
    if toks[t].text not in COMMAS:
        return None
    u = next((k for k in range(t - 1, max(-1, t - INSERT_REACH), -1) if toks[k].text in COMMAS
              or clause_break(toks[k].text)), None)
    if u is None or u + 1 >= t or toks[u].text not in COMMAS:
        return None
    k, end = toks[u].end, toks[t].start
    while k < end:
        if doc.text[k].isspace():
            k += 1
            continue
        span = next((x for x in doc.times if x.start <= k < x.end), None)
        if span is None:
            return None
        k = span.end
    return u


def past_insert(doc: Doc, j: int, end: int) -> int | None:
    """Round 208: where a comma follows token ``j`` (a VSO subject) and opens an insert that opens with a
    preposition («وطالبت المنظمة، في بيان أصدرته من مقرها، النائب العام بـ»: where or how it spoke), closed by
    another comma within ``STATEMENT_INSERT`` tokens before ``end`` and no clause break, the index of the token
    after the closing comma (where the verb's second party stands); else None. Round 216: a time alone between
    the commas («، الجمعة،») is such an insert too."""
    toks = doc.tokens
    if j + 2 >= end or toks[j + 1].text not in COMMAS:
        return None
    led = toks[j + 2].norm_key in fw("prepositions")
    for u in range(j + 3, min(end - 1, j + 2 + STATEMENT_INSERT)):
        if clause_break(toks[u].text):
            return None
        if toks[u].text in COMMAS:
            # round 216: or a time set off by commas («وهاجمت جبهة النصرة، الجمعة، مقرا»)
            return u + 1 if led or set_off_time(doc, u) == j + 1 else None
    return None


def before_insert(doc: Doc, k: int, sent_start: int) -> int | None:
    """Round 244: where token ``k`` is the comma that closes an insert (as :func:`past_insert` reads it: «، منذ أواخر
    يوليو الماضي،»), the token right before the comma that opens it; else None."""
    toks = doc.tokens
    if toks[k].text not in COMMAS:
        return None
    for u in range(k - 1, max(sent_start, k - STATEMENT_INSERT) - 1, -1):
        if clause_break(toks[u].text):
            return None
        if toks[u].text in COMMAS:
            return u - 1 if u - 1 >= sent_start and past_insert(doc, u - 1, len(toks)) == k + 1 else None
    return None

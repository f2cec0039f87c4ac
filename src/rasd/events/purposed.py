"""Round 123: a masdar of purpose set off by a comma after the time of its act.

«وتظاهر عشرات الأكراد في السليمانية مساء السبت، احتجاجا على الغارات»: the protest masdar (function words
``protest_purposes``) right after a comma tells why the act before it was done; the time that closes that act's
clause right before the comma is its time too.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, nkey
from .lexicon import Hit


def purpose_time(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """The time that ends right before the comma right before a protest masdar; None where there is none."""
    if hit.i - 1 <= sent_start or doc.tokens[hit.i - 1].text not in ("،", ","):
        return None
    if doc.tokens[hit.i].norm_key.removeprefix("و") not in fw("protest_purposes"):
        return None
    comma, lo = doc.tokens[hit.i - 1].start, doc.tokens[sent_start].start
    for ts in doc.times:
        if lo <= ts.start and ts.value and not doc.text[ts.end : comma].strip():
            return ts
    return None

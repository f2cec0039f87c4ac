"""Round 161: a noun act that a span of time is measured from. «اجتمعا مع فلان بعد يومين فقط من الإعلان عن توقيع
الاتفاق», «قبل ساعات من اللقاء»: the act after «بعد/قبل» + a span (a count and a unit, function words
``relative_span_units`` and ``apart_units``) + «من» only tells when the clause's act happened; it is another's act,
and no one of the clause (its subject, the one met) is guessed as its source.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, nkey
from .lexicon import Hit

FILLERS = ("فقط", "تقريبا", "نحو", "حوالي")


def _after_span(doc: Doc, i: int, sent_start: int) -> bool:
    """Token ``i`` stands after «بعد/قبل» + a span of time + «من»."""
    k = i - 1
    if k <= sent_start or doc.tokens[k].norm_key != "من":
        return False
    k -= 1
    while k > sent_start and doc.tokens[k].norm_key in FILLERS:
        k -= 1
    units = {nkey(w) for w in fw("relative_span_units") | fw("apart_units")}
    if k <= sent_start or doc.tokens[k].norm_key not in units:
        return False
    k -= 1
    if k > sent_start and (doc.tokens[k].text.isdigit() or doc.tokens[k].norm_key in fw_keys("apart_counts")):
        k -= 1
    return k >= sent_start and doc.tokens[k].norm_key.removeprefix("و") in ("بعد", "قبل")


def measured_from(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The noun at ``hit`` stands after «بعد/قبل» + a span of time + «من», or after «عن» right after such a noun
    («بعد يومين من الإعلان عن توقيع الاتفاق»: the signing told by the act the span is measured from)."""
    if hit.pos != "N" or any(p != "ال" for p in hit.cand.proclitics):
        return False
    if _after_span(doc, hit.i, sent_start):
        return True
    return hit.i - 2 > sent_start and doc.tokens[hit.i - 1].norm_key == "عن" and _after_span(doc, hit.i - 2, sent_start)

"""Round oe638: an act noun threatened is no act told.

«وهدد آلاف العمال أمس بتنظيم مظاهرات في القاهرة», «توعد التنظيم بشن هجمات جديدة», «لوحت النقابة بالإضراب»,
«هددوا بالخروج في مسيرات»: a noun act in the «بـ» complement of a verb or noun of threatening (function words
``threat_words``), itself in «بـ» or after a «بـ» masdar that carries it out (``threat_carriers``, over «في/إلى»), is
what was threatened (CAMEO 13), not done: hypothetical. «هدد العمال أمس بعد المظاهرات» (no «بـ» complement) and
«وهدد المتظاهرون، الذين خرجوا في مسيرات، ...» (the act in a clause of its own) are told.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of
from .lexicon import Hit
from .listed import listed_before
from .word_tests import clause_stop

THREAT_REACH = 5  # tokens before the «بـ» complement read for the word of threatening (its subject, a time between)
CARRY_REACH = 3  # tokens from the act noun back to the «بـ» masdar that carries it («بالخروج في مظاهرات»)
LINKS = frozenset(("في", "الى", "إلى", "الي"))


def _b_carrier(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a carrying masdar in «بـ» («بتنظيم», «ب+تنظيم»)."""
    keys = keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key}
    carriers = fw("threat_carriers")
    if any(k[:1] == "ب" and k[1:] in carriers for k in keys):
        return True
    return t > 0 and doc.tokens[t - 1].norm_key == "ب" and not keys.isdisjoint(carriers)


def _b_start(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The first token of the «بـ» complement holding the noun ``hit``: the noun itself in «بـ» («بالإضراب»), or a
    carrying masdar in «بـ» right before it, over «في/إلى» («بتنظيم مظاهرات», «بالخروج في مظاهرات»)."""
    if "ب" in hit.cand.proclitics:
        return hit.i
    for t in range(hit.i - 1, max(sent_start - 1, hit.i - 1 - CARRY_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return None
        if _b_carrier(doc, t):
            return t - 1 if doc.tokens[t - 1].norm_key == "ب" else t
        if doc.tokens[t].norm_key not in LINKS:
            return None
    return None


def threatened(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun act ``hit`` is what a word of threatening before it threatens (see the module)."""
    if hit.pos != "N":
        return False
    start = _b_start(doc, hit, sent_start)
    return start is not None and listed_before(doc, start, sent_start, THREAT_REACH, "threat_words", bare=True)


__all__ = ["threatened"]

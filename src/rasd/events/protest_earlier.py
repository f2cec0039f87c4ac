"""A protest told inside «سبق (لـX) أن ...»: an act done before, the background of the news, not the news itself.

«وسبق لعدد من الناشطين أن نظموا مظاهرة عام 2004» and «سبق أن تظاهر العمال أمام الوزارة» tell an earlier
protest (OEDA half A: no «yes» among its 12 protest rows with «سبق»); the report filter then takes it for no report,
as it does a dispersed one (:func:`rasd.events.protest_purpose.dispersed`).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw
from .lexicon import Hit
from .word_tests import bare_key_at

EARLIER_REACH = 10  # words before a protest trigger read for «سبق ... أن» (the «لـX» between may be a long phrase)
THAT = frozenset({"أن", "ان"})


def earlier_protest(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the PROTEST trigger ``hit`` (sentence from token ``a``) stands in the «أن» clause of a verb of
    having done before (``earlier_done_verbs``) within ``EARLIER_REACH`` words before it, no clause break between:
    «وسبق لعدد من الناشطين أن نظموا مظاهرة» yes; «سبقت التظاهرة اجتماعا» (no «أن») and «تظاهر العمال أمس،
    وسبق أن ...» (the protest before «سبق») no."""
    if hit.entry.plover != "PROTEST":
        return False
    seen_that = False
    for t in range(hit.i - 1, max(a, hit.i - EARLIER_REACH) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if tok.norm_key in THAT:
            seen_that = True
        elif seen_that and bare_key_at(doc, t, "earlier_done_verbs") in fw("earlier_done_verbs"):
            return True
    return False


__all__ = ["earlier_protest"]

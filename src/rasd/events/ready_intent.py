"""Round ev474: a readiness performed is an intent of the act it is ready for. «أعلنت إيران استعدادها لتقديم
المساعدة», «كما نعلن استعدادنا لتقديم العون»: a readiness noun (``performative_readiness``: «استعداد», «جاهزية»)
possessed by its doer, the object of a verb of announcing (:mod:`.performative`), is CAMEO 03 (express intent to
cooperate), coded by the family of the act that its «لـ» masdar names: aid (07) → 033 (intent to provide material
aid), consulting or negotiating (04) → 036 (intent to meet or negotiate), material cooperation (06) → 031,
diplomatic cooperation (05) → 032, yielding (08) → 035; another act or none («استعدادها للحوار» where the lexicon
has no «حوار») keeps the general 030."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, keys_of, nkey, token_candidates
from .lexicon import Entry, lexicon

# CAMEO 03 by the family of the act intended (the CAMEO codebook's 031-036 mirror 06, 05, 07, 08 and 04)
INTENT_BY_FAMILY = {"07": "033", "04": "036", "06": "031", "05": "032", "08": "035"}
READY_REACH = 5  # words after the masdar read for the word its entry needs («لتقديم ما يلزم من العون والمساعدة»)
OPENERS = frozenset(("على", "الى", "إلى"))  # a masdar after these too: «استعدادها على تقديم», «جاهزيتها إلى»


def readiness(stem: str) -> bool:
    """Whether the possessed masdar stem ``stem`` («استعداد» of «استعدادنا») is a noun of readiness."""
    return stem in fw("performative_readiness")


def ready_code(doc: Doc, obj: int, b: int) -> str:
    """The CAMEO 03 code of the readiness noun at token ``obj`` (its sentence ending before token ``b``): by the
    family of the act of the masdar right after it, «لتقديم المساعدة» → 033, «للتفاوض» → 036 (see the module)."""
    t = obj + 1
    opened = t < b and nkey(doc.tokens[t].text) in OPENERS
    if opened:
        t += 1
    if t >= b:
        return "030"
    for cand in token_candidates(doc.tokens[t]):
        if not (opened or "ل" in cand.proclitics):
            continue
        for entry, pos in lexicon().get(cand.key, ()):
            if pos == "N" and entry.code[:2] in INTENT_BY_FAMILY and _completed(doc, entry, t, b):
                return INTENT_BY_FAMILY[entry.code[:2]]
    return "030"


def _completed(doc: Doc, entry: Entry, t: int, b: int) -> bool:
    """Whether the masdar at token ``t`` has the word its entry needs (``next``/``near``) within ``READY_REACH``
    words after it: «لتقديم ما يلزم من المساعدة» (aid), not «لتقديم التنازلات»; an entry needing none fits."""
    words = entry.next | entry.near
    return not words or any(not keys_of(doc.tokens[u]).isdisjoint(words)
                            for u in range(t + 1, min(b, t + 1 + READY_REACH)))


__all__ = ["readiness", "ready_code"]

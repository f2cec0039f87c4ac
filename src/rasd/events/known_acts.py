"""Round ev608: who knows of an act, expects or awaits it, does not do it. «وكأن الظواهري كان يعرف عن قرب الإعلان عن
وفاة الملا عمر», «وينتظر الرئيس الإعلان عن الاتفاق», «وكان الوزير يعلم بالهجوم»: a noun act that is the object (or
the «عن/بـ» complement) of a verb of knowing, expecting or awaiting (function words ``knowing_verbs``) takes no doer
from that verb's subject (SVO: the verb between the subject and the act; VSO: the verb right before the subject, the
act right after it). Whether an expected act is to come is the modality's (``expect_verbs``)."""

from __future__ import annotations

from ..doc import Doc
from ..text.prefixes import AND_PREFIXES, past_clitics
from .chunks import Chunk
from .forms import fw
from .lexicon import Hit
from .word_tests import clause_stop, key_at

KNOW_REACH = 3  # tokens from the verb to the act («يعرف عن قرب الإعلان»)


def _governs(doc: Doc, v: int, hit: Hit, skip: range) -> bool:
    """Is token ``v`` a verb of knowing with nothing between it and ``hit`` (past ``skip``, the subject) but a few
    words of no clause of their own («عن قرب», «جيدا»)?"""
    if past_clitics(key_at(doc, v), AND_PREFIXES) not in fw("knowing_verbs"):
        return False
    between = [t for t in range(v + 1, hit.i) if t not in skip]
    if len(between) > KNOW_REACH:
        return False
    return not any(clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers")
                   or key_at(doc, t).removeprefix("و") in fw("relatives") for t in between)


def knower(doc: Doc, hit: Hit, source: Chunk, sent_start: int) -> bool:
    """The phrase ``source`` before the noun act ``hit`` is the subject of a verb of knowing whose object or
    complement the act is (see the module)."""
    if hit.pos != "N" or source.j >= hit.i or any(p in ("و", "ف") for p in hit.cand.proclitics):
        return False
    if any(_governs(doc, v, hit, range(0)) for v in range(max(source.j + 1, hit.i - 1 - KNOW_REACH), hit.i)):
        return True  # «كان يعرف عن قرب الإعلان»
    return source.i - 1 >= sent_start and _governs(doc, source.i - 1, hit, range(source.i, source.j + 1))

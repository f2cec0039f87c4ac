"""Trigger words inside a description, round 67 of real news: no event is told. A standing claim that describes a
party or a state («دول أخرى تطالب بالسيادة في البحر», «الصين تطالب بالسيادة على»: an imperfect demand verb whose first
«بـ» phrase, within ``CLAIM_REACH`` words, is a claim of ``standing_claims``); an
act in a characterisation («صنفتها عدوانا أميركيا يستهدف الفصائل»: an imperfect assault verb after an
accusative indefinite word that a verb of characterising, ``characterising_verbs``, governs within
``CHARACTER_REACH`` words before it); the matter of a proposal («مقترح الحزب بشأن التحقيق في الهجمات»: an act noun
after «بشأن», «حول» or «بخصوص» whose head, within ``PROPOSAL_REACH`` words before, is a proposal of
``proposal_heads``). Round 94: control claimed («تطالب الصين بالسيطرة على»: ``standing_claims``) is such a claim, and
the noun of control that is its matter is no seizing either. Round ev571: an act a rule permits, bans or lays down
(``ruled_acts``: «ويمنع القانون التظاهر دون ترخيص»)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw_keys, nkey
from .lexicon import Hit
from .listed import listed, listed_before
from .ruled_acts import ruled_act
from .word_tests import named_token

CHARACTER_REACH = 6  # words before the verb read for the verb of characterising («وصفتها بأنها عدوان يستهدف»)
CLAIM_REACH = 8  # words after «تطالب» read for «بالسيادة», past its subject («كل من الفلبين وفيتنام وماليزيا»)
PROPOSAL_REACH = 4  # words before «بشأن» read for the proposal («مقترح حزب الشعب الجمهوري بشأن»)
ABOUT = frozenset(nkey(w) for w in ("بشأن", "حول", "بخصوص"))


def _imperfect(hit: Hit) -> bool:
    return hit.pos == "V" and hit.cand.key[:1] in ("ي", "ت") and "س" not in hit.cand.proclitics


def _standing_claim(doc: Doc, hit: Hit, b: int) -> bool:
    """«تطالب بالسيادة», «تطالب كل من الفلبين وفيتنام بالسيادة»: the claim right after the verb or its subject."""
    if hit.entry.id != "demand" or not _imperfect(hit):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + CLAIM_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key[:1] == "ب" and not named_token(doc, t):  # («بريطانيا»)
            return listed(doc, t, "standing_claims", bare=True)  # the first «بـ» is what is claimed
    return False


DEMAND_PRESENTS = fw_keys("demand_presents")


def _claimed(doc: Doc, hit: Hit, a: int) -> bool:
    """«تطالب الصين بالسيطرة على»: the noun trigger that is a standing claim's first «بـ» phrase."""
    if hit.pos != "N" or "ب" not in hit.cand.proclitics or not listed(doc, hit.i, "standing_claims", bare=True):
        return False
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - CLAIM_REACH), -1):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text) or (key[:1] == "ب" and not named_token(doc, t)):
            return False
        if (key[1:] if key[:1] in ("و", "ف") else key) in DEMAND_PRESENTS:
            return True
    return False


def _characterised(doc: Doc, hit: Hit, a: int) -> bool:
    if hit.entry.plover != "ASSAULT" or not _imperfect(hit):
        return False
    accusative = next((t for t in range(hit.i - 1, max(a - 1, hit.i - 3), -1)
                       if doc.tokens[t].norm_key.endswith("ا") and not doc.tokens[t].norm_key.startswith("ال")), None)
    return accusative is not None and listed_before(doc, accusative, a, CHARACTER_REACH, "characterising_verbs")


def _proposed(doc: Doc, hit: Hit, a: int) -> bool:
    if hit.pos != "N" or hit.i - 1 < a or doc.tokens[hit.i - 1].norm_key not in ABOUT:
        return False
    for t in range(hit.i - 2, max(a - 1, hit.i - 2 - PROPOSAL_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if listed(doc, t, "proposal_heads", bare=True):
            return True
    return False


def described(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the trigger ``hit`` stands in a description that tells no event (see the module)."""
    return _standing_claim(doc, hit, b) or _claimed(doc, hit, a) or _characterised(doc, hit, a) or _proposed(doc, hit, a) \
        or ruled_act(doc, hit, a, b)  # round ev571: «ويمنع القانون التظاهر», «حظر الإضرابات، فضلا عن الاجتماعات»


__all__ = ["described"]

"""A «منذ» clause for the modality cues (events.modality.keys_before): «منذ أن احتل متظاهرون المطار» or «منذ
احتل ...» opens a clause of its own, a fact the sentence dates from; the negation or the modal verb of the clause
before it («لم يتمكنوا من مغادرة البلاد منذ أن احتل متظاهرون ...») does not reach into it. «منذ» before a time
(«لم تشهد المدينة منذ سنوات هجوما») opens no clause: the negation governs the event after the time."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit


def since_clause_at(doc: Doc, t: int, hit: Hit) -> bool:
    """Token ``t`` is «منذ» (function words ``since_words``) opening a clause that holds the trigger ``hit``: the
    complementizer «أن» after it, or the verb trigger itself right after it."""
    if t + 1 > hit.i or doc.tokens[t].norm_key not in fw("since_words"):
        return False
    after = doc.tokens[t + 1]
    return (t + 1 < hit.i and after.norm_key in fw_keys("bare_that_words")) or (t + 1 == hit.i and hit.pos == "V")

"""Round 123: «one of» acts and frames, of no day told.

«وخلال أحد اللقاءات، أبلغني ...», «في إحدى الزيارات»: one of several acts, which the article does not date. A noun
trigger right after «أحد/إحدى» (function words ``one_of_words``) takes no day (not a noun of the people an act
befell: «أحد القتلى» is one of those killed in the act told: ``casualty_words``), nor does an act of a sentence that
opens with «خلال/في/وفي/وخلال» + «أحد/إحدى» + a noun and a comma (the frame of the sentence: «في أحد الأيام،»).
The caller reads the act's own time first.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop

OPENERS = frozenset(nkey(w) for w in ("في", "خلال", "وفي", "وخلال", "و"))
FRAME_REACH = 5  # tokens from the sentence's start to the comma that closes the frame


def one_of(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger is «أحد/إحدى» + it, or its sentence opens with a frame of «one of»."""
    key = doc.tokens[hit.i].norm_key.removeprefix("و")
    if hit.pos == "N" and key not in fw("casualty_words") and key.startswith("ال") and hit.i > sent_start \
            and doc.tokens[hit.i - 1].norm_key.lstrip("وف") in fw("one_of_words"):
        return True
    k = sent_start
    while k < hit.i and doc.tokens[k].norm_key in OPENERS:
        k += 1
    if k == sent_start or k >= hit.i or doc.tokens[k].norm_key not in fw("one_of_words"):
        return False
    for t in range(k + 1, min(hit.i, k + 1 + FRAME_REACH)):
        if clause_stop(doc.tokens[t].text):
            return doc.tokens[t].text in ("،", ",") and t > k + 1
    return False

"""Round 177: a saying told in a relative clause on a noun, whose content is a pledge («سـ»), with no time said: a
background act, of no day («الدولة التي أعلن رئيس الحكومة أنه سيحولها إلى ...»).

The statement is told to describe the noun, the pledge it carried made some time before the piece; a relative right
before the perfect verb of saying, its «أن» content within ``CONTENT_REACH`` tokens and a «سـ» verb within
``PLEDGE_REACH`` tokens of the complementizer. Only reached where the sentence says no time for the act.
"""

from __future__ import annotations

from ..doc import Doc
from .saying import saying_keys
from .forms import fw_keys
from .lexicon import Hit
from .modality import imperfect
from .modality_links import future_verb
from .word_tests import clause_stop, key_at

CONTENT_REACH = 5  # tokens from the verb of saying to its «أن» (its subject between: «أعلن رئيس الحكومة أنه»)
PLEDGE_REACH = 3  # tokens from the complementizer to the «سـ» verb («أنه سيحولها», «أن الحكومة ستعمل»)


def pledged_relative(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A perfect verb of saying (``announce_verbs``, ``saying_verbs``) right after a relative (``relatives``),
    whose «أن» content opens with a «سـ» verb."""
    if hit.pos != "V" or hit.i <= sent_start or key_at(doc, hit.i - 1) not in fw_keys("relatives"):
        return False
    key = key_at(doc, hit.i)
    if (key not in fw_keys("announce_verbs") and key not in saying_keys()) or imperfect(key, True):
        return False
    for c in range(hit.j + 1, min(sent_end, hit.j + 1 + CONTENT_REACH)):
        if clause_stop(doc.tokens[c].text):
            return False
        if key_at(doc, c) in fw_keys("complementizers"):
            return any(future_verb(key_at(doc, t)) for t in range(c + 1, min(sent_end, c + 1 + PLEDGE_REACH)))
    return False

"""Round dt353: the toll of an act told after «بعد/عقب/إثر» is of that act's time, no day where the act has none.

«أعلنت الحكومة أمس تحرير الإقليم بعد مواجهات عنيفة خلفت عشرات القتلى»: the clashes came before the day told
(`episodes.told_after`: no day), and so did the dead they left; the killing is not of the article's day. Read so
for a noun trigger right after a verb of a toll (``toll_verbs``: «خلفت», «أوقعت»; «أسفرت عن») whose subject, at
most ``SUBJECT_REACH`` tokens before it with no clause stop, follows a word of sequence (``told_after_words``)
with a time said before that word in the sentence. Not a toll of an act with no «بعد» before it («اندلعت أمس
مواجهات خلفت عشرات القتلى»: the clashes' day), nor one with no time before («بعد مواجهات خلفت قتلى»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import key_at, past_conjunction

SUBJECT_REACH = 4  # tokens from the toll verb back to the noun after the word of sequence
RESULTING = frozenset(nkey(w) for w in ("أسفرت", "أسفر"))  # «أسفرت عن مقتل»: a toll with «عن»
NUMBER_WORDS = fw_keys("toll_number_words")


def toll_after(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger ``hit`` is the toll of an act told after a dated one (see the module)."""
    if hit.pos != "N":
        return False
    k = hit.i - 1
    while k > sent_start and (key_at(doc, k) in NUMBER_WORDS or doc.tokens[k].text.isdigit()):
        k -= 1  # «عشرات القتلى», «42 قتيلا»
    if k > sent_start and key_at(doc, k) == "عن" and past_conjunction(key_at(doc, k - 1)) in RESULTING:
        k -= 1
    elif k <= sent_start or past_conjunction(key_at(doc, k)) not in fw_keys("toll_verbs"):
        return False
    for m in range(k - 1, max(sent_start, k - 1 - SUBJECT_REACH), -1):
        if clause_stop(doc.tokens[m].text):
            return False
        if past_conjunction(key_at(doc, m - 1)) in fw_keys("told_after_words"):
            lo, pos = doc.tokens[sent_start].start, doc.tokens[m - 1].start
            return any(ts.value for ts in doc.times_within(lo, pos))
    return False

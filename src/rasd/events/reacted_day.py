"""Round ev810: a time said between a verb of reacting and the act it reacts to dates the reaction, not that act.

«ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق»: «أول من أمس» is the day of «دانت»; the shelling it
condemns came before, on a day the sentence does not give. A noun trigger that is the object of a verb of reacting
(function words ``reacted_object_verbs``: «دان», «ندد», «استنكر», «شجب», «رحب», «أشاد», «انتقد», «نفى»), past at most
the verb's named or definite subject, words of manner (``manner_adverbs``: «بشدة») and a time with its commas, where that time stands
between the verb and the noun, takes no day (:func:`reacted_object`). Not when the noun has a time of its own after
it in its clause («دانت أمس القصف الذي وقع الأحد»), nor after a verb of doing whose time is its own act's («شنت
الطائرات أمس غارات», «بدأ أمس هجوما»), nor for the subject of a verb («جرت أمس مباحثات»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop, clause_to, entity_at, valued_times

REACH = 9  # tokens between the verb of reacting and the act it reacts to (subject, force words and the time)
OWN_REACH = 8  # tokens after the act, in its clause, read for a time of its own


def _in_time(doc: Doc, k: int) -> bool:
    """Token ``k`` lies in a time expression with a value."""
    tok = doc.tokens[k]
    return any(ts.start <= tok.start and tok.end <= ts.end for ts in valued_times(doc, tok.start - 40, tok.end + 40))


def _own_time_after(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A time in the noun's clause within ``OWN_REACH`` tokens after it («القصف الذي وقع الأحد»)."""
    hi = clause_to(doc, hit.j + 1, min(sent_end, hit.j + 1 + OWN_REACH))
    return any(_in_time(doc, k) for k in range(hit.j + 1, hi))


def reacted_object(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the noun trigger is what a verb of reacting before it reacts to, a time said between the two."""
    if hit.pos != "N" or nkey(doc.tokens[hit.i].text).lstrip("وف") in fw("reacted_object_verbs"):
        return False
    timed = False
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - REACH) - 1, -1):
        text = doc.tokens[k].text
        key = nkey(text).lstrip("وف")
        if key in fw("reacted_object_verbs"):
            return timed and not _own_time_after(doc, hit, sent_end)
        if _in_time(doc, k):
            timed = True
            continue
        if clause_stop(text):
            if text not in ("،", ",") or not (_in_time(doc, k - 1) or _in_time(doc, k + 1)):
                return False  # (a comma only round a time: «ودانت الجامعة، أمس، القصف»)
            continue
        if key in fw("manner_adverbs") or entity_at(doc, k) is not None or doc.tokens[k].norm_key.removeprefix("و").startswith("ال"):
            continue
        return False
    return False

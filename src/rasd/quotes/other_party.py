"""The second of two parties a speaker describes, inside his reported words (round q308): «وأوضح مسؤولون أن الجدل
يدور بين فريقين أحدهما يشعر بقلق أكبر حيال «القاعدة»، والفريق الآخر يرى أن مصدر التهديد هو «داعش»»: «يرى» is
what the other camp holds in the officials' account, a parallel clause of «أحدهما يشعر», no report of its own; the
officials' words go on past it.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys
from .cues import match_cue

_ONE = fw_keys("one_of_two_words")
_OTHER = fw_keys("other_of_two_words")
PARTY_NOUN_REACH = 2  # tokens from «و» + a party noun («والفريق», «والطرف») to «الآخر», and from «الآخر» to the cue
ONE_REACH = 40  # tokens back from the other party to «أحدهما» in its sentence


def other_party_cue(doc: Doc, t: int) -> bool:
    """The verb cue at token ``t`` has for its subject «(و)(الفريق/الطرف ...) الآخر/الثاني» right before it, after
    «، », with «أحدهما/إحداهما ...» earlier in its sentence (within ONE_REACH tokens) after another cue (module
    docstring)."""
    sent = doc.sentence_of(doc.tokens[t].start)
    if sent is None or t < 2:
        return False
    other = next((k for k in range(t - 1, max(t - 1 - PARTY_NOUN_REACH, 0) - 1, -1)
                  if doc.tokens[k].norm_key in _OTHER), None)
    if other is None:
        return False
    lead = other if doc.tokens[other].norm_key.startswith("و") else other - 1
    if lead < 1 or doc.tokens[lead].start < sent.start:
        return False
    if lead != other and not doc.tokens[lead].norm_key.startswith("و"):
        return False  # («والفريق الآخر»: the party noun in «و»)
    if doc.tokens[lead - 1].text not in ("،", ","):
        return False
    for k in range(lead - 2, max(lead - 2 - ONE_REACH, -1), -1):
        if doc.tokens[k].start < sent.start:
            return False
        if doc.tokens[k].norm_key in _ONE:
            return any(match_cue(doc, v) is not None for v in range(max(k - ONE_REACH, 0), k)
                       if doc.tokens[v].start >= sent.start)
    return False

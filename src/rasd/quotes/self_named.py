"""A speaker who says who he is before he speaks («كما أكد رجل ملثم عرّف عن نفسه بأنه أحد عناصر الجبهة إن ...»), for
the quotes stage: the «بأنه» of that self-description is part of the speaker's phrase, not what the cue reports.

Not the emphatic «نفسه/نفسها» of the cue's own definite subject («وأكد المصدر نفسه أن», «وأضاف المسؤول الأمني نفسه
على أن»: the same source, round qu888): the «أن» after it is what the cue reports.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey

_SELF = fw_keys("self_words")
_AS = frozenset(nkey(w) for w in ("على", "عن"))


def self_description(doc: Doc, t: int, u: int) -> bool:
    """The complementizer at token ``u`` follows «نفسه» right before it or before «على» («عرّف عن نفسه بأنه», «قدّم
    نفسه على أنه»): it opens what the speaker called himself; not where «نفسه» is the emphatic of the subject of the
    cue at ``t`` (:func:`emphatic_subject`)."""
    if u < 1:
        return False
    k = doc.tokens[u - 1].norm_key
    if k in _SELF:
        return not emphatic_subject(doc, t, u - 1)
    return u >= 2 and k in _AS and doc.tokens[u - 2].norm_key in _SELF and not emphatic_subject(doc, t, u - 2)


def emphatic_subject(doc: Doc, t: int, s: int) -> bool:
    """«نفسه» at token ``s`` right after the definite subject of the cue at ``t``, every word between them definite
    with no proclitic («وأكد المصدر نفسه», «وقال المسؤول الأمني نفسه»): the same one again, no reflexive object."""
    between = doc.tokens[t + 1 : s]
    return bool(between) and all(tok.norm_key.startswith("ال") and len(tok.words) < 2 for tok in between)

"""A speaker who says who he is before he speaks («كما أكد رجل ملثم عرّف عن نفسه بأنه أحد عناصر الجبهة إن ...»), for
the quotes stage: the «بأنه» of that self-description is part of the speaker's phrase, not what the cue reports.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey

_SELF = fw_keys("self_words")
_AS = frozenset(nkey(w) for w in ("على", "عن"))


def self_description(doc: Doc, u: int) -> bool:
    """The complementizer at token ``u`` follows «نفسه» right before it or before «على» («عرّف عن نفسه بأنه», «قدّم
    نفسه على أنه»): it opens what the speaker called himself."""
    if u < 1:
        return False
    k = doc.tokens[u - 1].norm_key
    if k in _SELF:
        return True
    return u >= 2 and k in _AS and doc.tokens[u - 2].norm_key in _SELF

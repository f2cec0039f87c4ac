"""A body named by its short form, for the ``quotes`` stage: «نددت الخارجية التركية ... وأوضحت الخارجية أن» is the
ministry named before («الخارجية», «الداخلية», «الدفاع»: the one organisation whose name holds that word), «دافع
المجلس الأعلى للقضاء ... ونفى المجلس» the council («مجلس X», «المجلس X») named before. The one such body named in
the cue's sentence before the cue or in the sentence before it; for a ministry, else the one such body the whole
article named before the cue. None where none or more than one is named.
"""

from __future__ import annotations

import re

from ..doc import Doc, Span
from ..events.forms import nkey

_WORD = re.compile(r"[^\s«»\"]+")
_MINISTRIES = frozenset(nkey(w) for w in ("الخارجية", "الداخلية", "الدفاع"))
_COUNCIL = nkey("المجلس")


def _holds(name: str, head: str) -> bool:
    """Whether an organisation's name is one of the bodies the short form ``head`` stands for."""
    words = [nkey(w) for w in name.split()]
    if head == _COUNCIL:
        return bool(words) and words[0] in (_COUNCIL, head.removeprefix("ال"))
    return head in words[:3] and (words[0] == head or words[0] in (nkey("وزارة"), nkey("وزير")))


def _named(doc: Doc, head: str, lo: int, hi: int) -> set[str]:
    found: set[str] = set()
    for ent in doc.entities:
        if ent.type == "ORGANIZATION" and _holds(ent.name, head) and any(lo <= m.start and m.end <= hi
                                                                         for m in ent.mentions):
            found.add(ent.id)
    return found


def short_body(doc: Doc, phrase: Span, at: int) -> str | None:
    """The body a one-word definite speaker phrase («الخارجية», «المجلس») stands for (see the module's note)."""
    words = _WORD.findall(doc.text, phrase.start, phrase.end)
    if len(words) != 1:
        return None
    head = nkey(words[0]).removeprefix("و")
    if head not in _MINISTRIES and head != _COUNCIL:
        return None
    here = doc.sentence_of(at)
    lo = here.start if here is not None else at
    before = [s.start for s in doc.sentences if s.end <= lo]
    near = _named(doc, head, max(before) if before else lo, phrase.start)
    if len(near) == 1:
        return next(iter(near))
    if near or head == _COUNCIL:
        return None
    anywhere = _named(doc, head, 0, phrase.start)
    return next(iter(anywhere)) if len(anywhere) == 1 else None

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


_COUNCIL_HEAD = frozenset(nkey(w) for w in ("مجلس", "ومجلس", "لمجلس"))
COUNCIL_WORDS = 4  # words of a council's name after «مجلس» («مجلس أمناء الجامعة الوطنية»)


def _nisba(key: str) -> bool:
    return key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 4


def _council_name(doc: Doc, u: int) -> Span | None:
    """The council's name «مجلس X ...» whose head is token ``u``: indefinite words of a construct up to the first
    definite word or name, then its definite adjectives («مجلس مصراتة البلدي», «مجلس الأمن الدولي»)."""
    tok = doc.tokens[u]
    start = tok.start + (1 if tok.norm_key[0] in "ول" else 0)
    named = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    last, definite = None, False
    for v in range(u + 1, min(u + 1 + COUNCIL_WORDS, len(doc.tokens))):
        w = doc.tokens[v]
        key = w.norm_key
        inside = any(a <= w.start and w.end <= b for a, b in named)
        if not w.text[:1].isalpha():
            break
        if definite:
            if not _nisba(key):
                break
        elif key.startswith("ال") or inside:
            definite = True
        elif not (v + 1 < len(doc.tokens) and doc.tokens[v + 1].norm_key.startswith("ال")):
            break  # «مجلس أمناء الجامعة»: an indefinite word heads a construct only
        last = w.end
    return Span(start, last) if last is not None and definite else None


def council_in_full(doc: Doc, phrase: Span, at: int) -> Span | None:
    """Round 185: «وقال المجلس» where the entity layer named no council: the one council's name «مجلس X» given in
    the cue's sentence before the cue or in the sentence before it; None where none or two are given there."""
    words = _WORD.findall(doc.text, phrase.start, phrase.end)
    if len(words) != 1 or nkey(words[0]).removeprefix("و") != _COUNCIL:
        return None
    here = doc.sentence_of(at)
    lo = here.start if here is not None else at
    before = [s.start for s in doc.sentences if s.end <= lo]
    lo = max(before) if before else lo
    names: dict[str, Span] = {}
    for u, tok in enumerate(doc.tokens):
        if lo <= tok.start and tok.end <= phrase.start and tok.norm_key in _COUNCIL_HEAD:
            name = _council_name(doc, u)
            if name is not None:
                names.setdefault(nkey(doc.text[name.start : name.end]), name)
    return next(iter(names.values())) if len(names) == 1 else None

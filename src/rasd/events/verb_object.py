"""The object of the verb a criticism noun is the subject of: whom the criticism is aimed at.

«تلاحق انتقادات المعارضين الوزير فلان»: a noun of disapproval (CAMEO 11) with no target, right after a present verb
(«يـ/تـ» and three to five letters, no «ـات/ـة» noun), its agent in the genitive right after it, then a named person or
body with no preposition: that name is the verb's object, and the one criticised. Nothing where a preposition, a
comma or anything but one genitive word or the source's own name stands between, where the name is a place, or
where the verb is none (a noun in «تـ»: «تصريحات»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import has_letters
from .forms import fw, nkey

DISAPPROVE = "11"
ACTORS = ("PERSON", "ORGANIZATION")


def _present_verb(text: str) -> bool:
    key = nkey(text).removeprefix("و")
    return key[:1] in ("ي", "ت") and 4 <= len(key) <= 6 and not key.endswith(("ات", "ه", "ة")) \
        and not key.startswith("ال")


def _object(doc: Doc, ev: Event) -> str | None:
    k = doc.token_at(ev.trigger.start)
    last = doc.token_at(ev.trigger.end - 1)
    if k is None or last is None or k == 0 or doc.tokens[k - 1].start < ev.sentence.start:
        return None
    if not _present_verb(doc.tokens[k - 1].text) or any(m.start <= doc.tokens[k - 1].start < m.end for m in doc.mentions):
        return None
    src = doc.entity(ev.source)
    pos = last + 1
    if pos >= len(doc.tokens):
        return None
    if src is not None:  # past the source's own name in the genitive
        span = next(((m.start, m.end) for m in src.mentions if m.start == doc.tokens[pos].start), None)
        nxt = doc.token_from(span[1]) if span is not None else pos + 1
        pos = nxt if nxt is not None else len(doc.tokens)
    else:
        pos += 1
    if pos >= len(doc.tokens) or doc.tokens[pos].start >= ev.sentence.end:
        return None
    gen = doc.tokens[pos - 1]
    if not has_letters(gen.text) or gen.norm_key in fw("prepositions"):
        return None
    tok = doc.tokens[pos]
    words = tok.words
    if len(words) > 1 and words[0].kind == "proclitic":
        return None  # («لـ», «بـ», «و»: not the bare object)
    found = next((e for e in doc.entities for m in e.mentions if m.start == tok.start), None)
    if found is None or found.type not in ACTORS or found.id == ev.source:
        return None
    return found.id


def verb_objects(doc: Doc, events: list[Event]) -> None:
    """Give a criticism noun the object of the verb it is the subject of (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(DISAPPROVE):
            continue
        tid = _object(doc, ev)
        if tid is not None:
            ev.target = tid
            ev.attrs.pop("target_span", None)
            ev.attrs["target_verb_object"] = True

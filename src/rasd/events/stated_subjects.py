"""Round 227: the doer named in the same clause in a shape no argument rule reads.

- ``circumstantial_subjects``: «وظهر فلان، من التنظيم، في رسالة مصورة، وهو يتوعد بقتل»: a verb right after «وهو»
  with no source tells the state of the one person named before it in its sentence, where exactly one person is
  named there outside a preposition's phrase (not its target).
- ``lam_an_subjects``: «كيف للإدارة الأميركية أن توقع اتفاقا», «سمح للحكومة أن تفرض»: a verb right after «أن» with
  no source whose «أن» follows a name written with «لـ» has that name as its subject (not a newspaper told the
  story, «قال لـ«الشرق الأوسط»»).
"""

from __future__ import annotations

from ..doc import Doc, Event, Mention
from ..text.marks import NAME_QUOTES
from .acting import is_press
from .forms import fw, nkey
from .source_set import name_party, unsourced

HUWA = nkey("وهو")
AN = nkey("أن")
ACTORS = ("PERSON", "ORGANIZATION", "LOCATION")


def _governed(doc: Doc, m: Mention) -> bool:
    """Is the mention the object of a preposition, on its first word («بفلان») or written before it («مع فلان»)?"""
    k = doc.token_at(m.start)
    if k is None:
        return True
    words = doc.tokens[k].words
    if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in fw("clitic_prepositions"):
        return True
    if words and words[0].kind == "proclitic" and words[0].norm == "و" and len(words) > 2 and \
            words[1].kind == "proclitic" and words[1].norm in fw("clitic_prepositions"):
        return True
    t = k - 1
    while t >= 0 and doc.tokens[t].text in NAME_QUOTES:
        t -= 1
    return t >= 0 and doc.tokens[t].norm_key.removeprefix("و") in fw("prepositions")


def _circumstantial(doc: Doc, ev: Event, k: int) -> None:
    if k < 1 or doc.tokens[k - 1].norm_key != HUWA:
        return
    lo, hi = ev.sentence.start, doc.tokens[k - 1].start
    found: set[str] = set()
    for m in doc.mentions:
        if m.entity is None or not lo <= m.start < hi:
            continue
        ent = doc.entity(m.entity)
        if ent is None or ent.type != "PERSON":
            continue
        if _governed(doc, m):
            continue
        found.add(m.entity)
    if len(found) != 1:
        return
    eid = next(iter(found))
    if eid != ev.target:
        name_party(ev, "source", eid)


def _lam_an(doc: Doc, ev: Event, k: int) -> None:
    if k < 3 or doc.tokens[k - 1].norm_key != AN:
        return
    t = k - 2
    while t > 0 and doc.tokens[t].text in NAME_QUOTES:
        t -= 1
    holder: Mention | None = None
    for m in doc.mentions:
        if m.entity is not None and m.start < doc.tokens[t].end <= m.end:
            holder = m
            break
    if holder is None or holder.entity is None or holder.end > doc.tokens[t].end or holder.start < ev.sentence.start:
        return
    ent = doc.entity(holder.entity)
    if ent is None or ent.type not in ACTORS or is_press(ent) or holder.entity == ev.target:
        return
    first = doc.token_at(holder.start)
    if first is None:
        return
    tok = doc.tokens[first]
    prefix = nkey(doc.text[tok.start : holder.start]).removeprefix("و")
    if prefix:
        lam = prefix == "ل"  # «للإدارة الأميركية»: the name past the «لـ» on its word
    else:
        words = tok.words
        lam = len(words) > 1 and words[-2].kind == "proclitic" and words[-2].norm == "ل" or \
            len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ل"
    if not lam and first >= 1 and doc.tokens[first - 1].text in NAME_QUOTES and first >= 2:
        lam = doc.tokens[first - 2].norm_key.removeprefix("و") in ("ل", "لـ")  # «لـ«الحركة» أن»
    if lam:
        name_party(ev, "source", holder.entity)


def stated_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb with no source the doer named in its clause (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        _circumstantial(doc, ev, k)
        if ev.attrs.get("pos") == "V" and unsourced(ev):
            _lam_an(doc, ev, k)

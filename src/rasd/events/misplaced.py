"""Targets taken from the wrong phrase: the body in the agent's own title, the object of a charge.

«جدد مبعوث الأمم المتحدة إلى اليمن فلان دعوته»: a target whose mentions in the sentence all stand before the trigger,
in the genitive of a title (function words ``titles``) that the source's name follows within a few words and no
comma, is the agent's office, not whom the act is aimed at: the target is dropped.

«فرضت الوزارة عقوبات على قطريين بتهمة تمويل الجبهة»: where «على» follows the trigger in its clause and a word of
charge or cause (``charge_links``: «بتهمة», «بدعوى», «لدورهم») follows the «على» phrase before the target's mention,
the target is the «على» phrase: the entity named there, or none (a null is better than the financed party). Round
en941: where none is named there, the «على» phrase becomes the target's phrase (``target_span``), so that the groups
stage reads a people or a group in it («على قطريين»: QAT; «على مسؤولين»: GOV), as it reads any unnamed target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .word_tests import clause_stop

TITLE_GAP = 5  # words from the end of the target's mention to the source's name
ON = nkey("على")


def _mentions(doc: Doc, eid: str, a: int, b: int) -> list[tuple[int, int]]:
    ent = doc.entity(eid)
    return sorted((m.start, m.end) for m in ent.mentions if a <= m.start and m.end <= b) if ent is not None else []


def _in_title(doc: Doc, ev: Event) -> bool:
    """The target is the body of the source's own title (module docstring)."""
    if ev.target is None or ev.source is None or ev.target == ev.source:
        return False
    sent = ev.sentence
    targets = _mentions(doc, ev.target, sent.start, sent.end)
    if not targets or any(s >= ev.trigger.start for s, _ in targets):
        return False
    start, end = targets[-1]
    words_before = doc.text[sent.start : start].split()
    if not words_before or nkey(words_before[-1]).removeprefix("و") not in fw("titles"):
        return False
    for s, _ in _mentions(doc, ev.source, end, ev.trigger.start):
        gap = doc.text[end:s]
        if len(gap.split()) <= TITLE_GAP and not any(p in gap for p in ("،", ",", ".", "؛")):
            return True
    return False


def _charged(doc: Doc, ev: Event) -> tuple[bool, str | None, tuple[int, int] | None]:
    """(whether the target stands past «على X بتهمة», the entity of the «على» phrase or None, the phrase's span)."""
    if ev.target is None:
        return False, None, None
    after = [s for s, _ in _mentions(doc, ev.target, ev.trigger.end, ev.sentence.end)]
    first = doc.token_from(ev.trigger.end)
    if not after or first is None:
        return False, None, None
    on: int | None = None
    k = first
    while k < len(doc.tokens) and doc.tokens[k].end <= after[0]:
        tok = doc.tokens[k]
        key = tok.norm_key
        if clause_stop(tok.text):
            return False, None, None
        if on is None and key == ON:
            on = k
        elif on is not None and k > on + 1 and key in fw("charge_links"):
            a, b = doc.tokens[on].end, tok.start
            named = {e.id for e in doc.entities for m in e.mentions if a <= m.start and m.end <= b}
            named.discard(ev.source or "")
            return True, (next(iter(named)) if len(named) == 1 else None), (doc.tokens[on + 1].start, doc.tokens[k - 1].end)
        k += 1
    return False, None, None


def misplaced_targets(doc: Doc, events: list[Event]) -> None:
    """Drop or move a target taken from the agent's title or a charge's object (module docstring)."""
    for ev in events:
        if _in_title(doc, ev):
            ev.target = None
            ev.attrs["target_dropped"] = "title"
            continue
        charged, named, phrase = _charged(doc, ev)
        if charged:
            ev.target = named
            ev.attrs.pop("target_span", None)
            ev.attrs["target_dropped"] = "charge"
            if named is None and phrase is not None:  # round en941: the «على» phrase, for the groups stage
                ev.attrs["target_span"] = [phrase[0], phrase[1]]
                ev.attrs["target_text"] = doc.text[phrase[0] : phrase[1]]

"""Round 165: the one a promise or a statement is about when its object is a masdar of revenge or allegiance.
«تعهد ... بالانتقام من تنظيم داعش»: revenge is taken on what «من» right after the masdar governs; «أعلن مبايعته
لتنظيم داعش»: allegiance is sworn to what a glued «لـ» right after the masdar governs. An event with no target whose
trigger is such a masdar, or has one within fourteen tokens after it (its subject and a date between commas may
stand between; no end punctuation, no other event's trigger) (function words ``revenge_masdars``,
``allegiance_masdars``), takes as its target the entity named there; nothing where no entity is named there
(«بالانتقام من قتلة الجنود») or where it is the event's source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import NAME_QUOTES
from .forms import fw_keys, nkey
from .source_set import set_phrase
from .word_tests import clause_break, entity_within, phrase_break

AFTER = 14  # tokens after the trigger read for the masdar (its subject, a date between commas may stand between)


def _glued_li(doc: Doc, n: int) -> bool:
    """Token ``n`` opens with the glued preposition «لـ»."""
    return any(w.kind == "proclitic" and nkey(w.form) == "ل" for w in doc.tokens[n].words)


def _masdar_object(doc: Doc, k: int) -> int | None:
    """The token of the party the revenge or allegiance masdar at token ``k`` is about, or None."""
    key = doc.tokens[k].norm_key
    if key in fw_keys("revenge_masdars"):
        if k + 2 < len(doc.tokens) and doc.tokens[k + 1].norm_key == "من":
            return k + 2
    elif key in fw_keys("allegiance_masdars"):
        if k + 1 < len(doc.tokens) and _glued_li(doc, k + 1):
            return k + 1
    return None


def _widened(doc: Doc, ev: Event, starts: set[int]) -> None:
    """An unnamed target phrase the object reading found inside the revenge masdar's «من» phrase («بالانتقام من قتلة
    الرهينة»: «الرهينة») is that whole phrase («قتلة الرهينة»: on the killers, not the hostage) (in place)."""
    span = ev.attrs.get("target_span")
    first, last = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
    if not isinstance(span, list) or len(span) != 2 or first is None or last is None:
        return
    for k in range(first, min(len(doc.tokens), last + AFTER + 1)):
        if k > last and (clause_break(doc.tokens[k].text) or doc.tokens[k].start in starts):
            return
        if doc.tokens[k].norm_key not in fw_keys("revenge_masdars"):
            continue
        n = _masdar_object(doc, k)
        if n is not None and doc.tokens[n].start < int(span[0]) < int(span[1]) \
                and not any(phrase_break(doc, t) for t in range(n + 1, doc.token_at(int(span[0])) or n)):
            set_phrase(ev, "target", doc.text, doc.tokens[n].start, int(span[1]))
        return


def masdar_objects(doc: Doc, events: list[Event]) -> None:
    """Give each event with no target the party its revenge or allegiance masdar is about (module docstring)."""
    starts = {e.trigger.start for e in events}
    for ev in events:
        if ev.target is not None:
            continue
        if ev.attrs.get("target_span"):
            _widened(doc, ev, starts)
            continue
        first, last = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
        if first is None or last is None:
            continue
        for k in range(first, min(len(doc.tokens), last + AFTER + 1)):
            if k > last and (clause_break(doc.tokens[k].text) or doc.tokens[k].start in starts):
                break  # (the end of the sentence, or another act's word: the masdar is that act's)
            n = _masdar_object(doc, k)
            if n is None:
                continue
            first_n, ent = n, entity_within(doc, n)
            while ent is None and n + 1 < len(doc.tokens) and n < k + 5 \
                    and (doc.tokens[n + 1].text in NAME_QUOTES or not phrase_break(doc, n + 1)):
                n += 1  # («من تنظيم «داعش»»: the name past its head noun and quotation marks)
                ent = entity_within(doc, n)
            if ent is not None and ent.id != ev.source:
                ev.target = ent.id
                ev.attrs.pop("target_text", None)
            elif ent is None and k + 2 == first_n:  # («بالانتقام من قتلة الرهينة»: no one named, the whole phrase)
                set_phrase(ev, "target", doc.text, doc.tokens[first_n].start, doc.tokens[n].end)
            break

"""Round 104 of real news: a phone call that is only the medium of a statement to the press is no consultation.

«وقال فلان في اتصال هاتفي، أمس، إن ...», «وذكر فلان خلال اتصال هاتفي مع «الشرق الأوسط» أن ...», «وأكد فلان في
اتصال هاتفي مع القناة الثانية»: an indefinite call noun («اتصال هاتفي», trigger ``phone``) governed by «في/خلال»
(function words ``interview_frames``) in a sentence that reports someone's words (a quote's cue in it) tells how
the words reached the paper, not a CONSULT (040) between two parties, where the call has no other party or its
other party is the press: a newspaper or agency (actor …MED) or a phrase headed by a medium's noun
(``media_nouns``: «القناة», «الصحيفة»), named as its target or within ``PRESS_REACH`` tokens after it («في اتصال
هاتفي أجرته معه «الشرق الأوسط»», «لـ«الشرق الأوسط»»). A call with a party of its own («في اتصال هاتفي مع الرئيس
المصري», «تلقاه من الرئيس») and one told before («خلال الاتصال الهاتفي») stay calls.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .acting import is_press
from .forms import fw, keys_of, nkey

PRESS_REACH = 6  # tokens after the call noun read for the newspaper it was made to


def _press_after(doc: Doc, ev: Event, j: int) -> bool:
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    start, stop = doc.tokens[j].end, doc.tokens[min(end, j + 1 + PRESS_REACH) - 1].end
    for m in doc.mentions:
        if start <= m.start < stop and m.entity is not None:
            ent = doc.entity(m.entity)
            if ent is not None and is_press(ent):
                return True
    return False


def _press_target(doc: Doc, ev: Event) -> bool:
    ent = doc.entity(ev.target)
    if ent is not None:
        return is_press(ent)
    span = ev.attrs.get("target_span")
    if not isinstance(span, list) or len(span) != 2:
        return True  # (no other party)
    t = doc.token_from(span[0])
    return t is not None and not keys_of(doc.tokens[t]).isdisjoint(fw("media_nouns"))


def _medium(doc: Doc, ev: Event) -> bool:
    if ev.attrs.get("trigger_id") != "phone" or ev.attrs.get("pos") != "N":
        return False
    i, j = doc.token_at(ev.trigger.start), doc.token_at(ev.trigger.end - 1)
    if i is None or j is None or i == 0 or doc.tokens[i].norm_key.startswith(("ال", "وال")):
        return False
    if doc.tokens[i - 1].norm_key.removeprefix("و") not in fw("interview_frames"):
        return False
    if not any(ev.sentence.start <= q.cue.start < ev.sentence.end for q in doc.quotes):
        return False
    return _press_target(doc, ev) or (ev.target is None and _press_after(doc, ev, j))


def press_calls(doc: Doc, events: list[Event]) -> list[Event]:
    """The events less the phone calls that are only the medium of a statement to the press (see the module)."""
    return [ev for ev in events if not _medium(doc, ev)]


__all__ = ["press_calls"]

"""Round 116, after the events are made: a noun act joined by «و» to the noun act before it shares what that act's
clause says of it.

- «سوف يكون الهجوم على «داعش» أولا، من أعزاز إلى جرابلس وسيطرة الجيش الحر على المنطقة», «في حال اقتحام المدينة،
  وفرض حصار عليها»: a masdar conjunct (the «و» on the trigger or on the masdar that carries it: «وفرض حصار») told
  as fact, right after a noun act still to come or only possible, with no other act between, takes its modality
  and its date (a conjunct of what is to come is to come).
- «ظهرت مؤشرات على ذلك، أمس، عبر زيارة الوزير إلى طهران، وعقده لقاءات مع المسؤولين»: a masdar conjunct after a
  comma, dated by default with the day the text was written, takes the day of the noun act before it when the time
  that dates that act is said before it, with no complementizer, relative, quotation mark or end of a sentence
  between that time and the conjunct.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .dating import dated
from .forms import fw, nkey
from .intent_chain import intent_chain
from .modality import FACTUAL
from .modality_links import and_joined, carrier
from .planned_verbs import planned_verbs
from .shared_time import act_before
from .word_tests import valued_times

CONJUNCT_REACH = 14  # tokens at most from the noun act before to the conjunct
TIME_REACH = 16  # tokens at most from the time that dates the act before to the conjunct
UNSURE = ("planned", "hypothetical")
BARRIERS = (".", "؛", ";", ":", "!", "؟", "?", "\"")


def _conjunct(doc: Doc, ev: Event) -> int | None:
    """The token that carries the «و» of a noun event (its trigger, or the masdar right before it), or None."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.attrs.get("pos") != "N":
        return None
    if and_joined(doc.tokens[k]):
        return k
    if k - 1 >= 0 and doc.tokens[k - 1].start >= ev.sentence.start and carrier(doc.tokens[k - 1]):
        return k - 1  # «وفرض حصار», «وعقده لقاءات»
    return None


def _open(doc: Doc, a: int, b: int) -> bool:
    """No end mark, complementizer or relative among tokens ``a``..``b`` (exclusive), and quotation marks only in
    pairs («على «داعش» أولا»)."""
    opened = 0
    for t in range(a, b):
        text = doc.tokens[t].text
        key = nkey(text).removeprefix("و")
        if text in BARRIERS or key in fw("complementizers") or key in fw("relatives"):
            return False
        opened += (text == "«") - (text == "»")
    return opened == 0


def _before(doc: Doc, events: list[Event], ev: Event) -> Event | None:
    """The event right before ``ev`` in its sentence (none of the same trigger), a noun act."""
    p = act_before(events, ev)
    return p if p is not None and p.attrs.get("pos") == "N" else None


def conjuncts(doc: Doc, events: list[Event]) -> None:
    """Each noun conjunct (see the module) takes the modality of an unsure act before it, or the day of its time."""
    intent_chain(doc, events)  # round ev709: «عزمه التوجه ... للقاء الوزراء وبحث الملف»: one intention
    planned_verbs(doc, events)  # round ev973: «سيزور الوزير القاهرة، ويلتقي خلالها الرئيس»: to come too
    default = default_day(doc)
    for ev in sorted(events, key=lambda o: o.trigger.start):
        if ev.modality not in FACTUAL:
            continue
        c = _conjunct(doc, ev)
        p = _before(doc, events, ev) if c is not None else None
        if c is None or p is None:
            continue
        a = doc.token_at(p.trigger.end - 1)
        if a is None or c - a > CONJUNCT_REACH or not _open(doc, a + 1, c):
            continue
        if p.modality in UNSURE:
            ev.modality, ev.date = p.modality, p.date
            continue
        if default is None or ev.date != default or p.date in (None, default) or p.modality not in FACTUAL \
                or doc.tokens[c - 1].text not in ("،", ","):
            continue
        before = valued_times(doc, ev.sentence.start, p.trigger.start)
        last = max(before, key=lambda ts: ts.start) if before else None
        e = doc.token_at(last.end - 1) if last is not None else None
        if last is None or e is None or dated(last.value) != p.date or c - e > TIME_REACH or not _open(doc, e + 1, c):
            continue
        stop = next((t for t in range(c + 1, len(doc.tokens)) if doc.tokens[t].start >= ev.sentence.end
                     or doc.tokens[t].text in ("،", ",") + BARRIERS), None)
        if valued_times(doc, ev.trigger.end, doc.tokens[stop].start if stop is not None else ev.sentence.end):
            continue  # a time of its own in its clause
        ev.date = p.date

"""Round ev485: the noun of «إن/أن» that is a bombing is the subject of the verb of attack that comes after its
phrase: «ذكرت الوكالة أن «هجوما انتحاريا بواسطة جرار زراعي مفخخ بنحو طنين من المتفجرات، استهدف فجر الأحد مخفرا»:
the verb («استهدف», with no doer of its own) tells the suicide bombing again, CAMEO 1831, not the conventional force
(190) of its own lexicon entry.

The bombing noun (an 18x event) stands right after a particle of «إن» and its sisters (function words
``inna_particles``: «إن», «أن», «فإن», «بأن»; a quote mark between), the verb in its sentence after it within
``REACH`` tokens, with no other act and no sentence end between (the noun's phrase may be set off by a comma). Not a
verb whose own subject is named («أن هجوما انتحاريا وقع ... واستهدفت القوات»: another act between, or a doer), nor a
bombing noun that is no subject of «إن» («قتل جندي في هجوم انتحاري، واستهدف الجيش ...»: «في» before it).

Round mend508: that verb tells the noun's act, not a second one: it joins the noun's event (:func:`inna_joins`), whose
triggers it adds to, and whose target, place and day (the verb's own: «استهدف فجر الأحد») it gives where the noun
names none («استهدف مخفرا للدرك في مدينة دوغوبيازيد»: one 1831 event, target الدرك, place دوغوبيازيد).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw_keys
from .joined_places import join_place
from .repeats import join_triggers
from ..text.marks import LEADING_QUOTES, SENTENCE_ENDS

REACH = 16  # tokens from the bombing noun to the verb whose subject it is


def _inna_noun(doc: Doc, i: int) -> bool:
    """Whether the token ``i`` comes right after a particle of «إن» (past a quote mark)."""
    k = i - 1
    while k >= 0 and doc.tokens[k].text in LEADING_QUOTES:
        k -= 1
    return k >= 0 and doc.tokens[k].norm_key in fw_keys("inna_particles")


def inna_subject(doc: Doc, ev: Event, noun: Event, events: list[Event]) -> bool:
    """Whether the bombing noun event ``noun`` is the «إن» subject of the verb event ``ev`` after it (module doc)."""
    if ev.attrs.get("pos") != "V" or noun.attrs.get("pos") != "N" or noun.sentence.start != ev.sentence.start:
        return False
    i, j, v = doc.token_at(noun.trigger.start), doc.token_at(noun.trigger.end - 1), doc.token_at(ev.trigger.start)
    if i is None or j is None or v is None or not 0 < v - j <= REACH or not _inna_noun(doc, i):
        return False
    if any(doc.tokens[t].text in SENTENCE_ENDS for t in range(j + 1, v)):
        return False
    return not any(o is not ev and o is not noun and noun.trigger.end <= o.trigger.start < ev.trigger.start
                   for o in events)


def _no_doer(ev: Event) -> bool:
    return ev.source is None and ev.attrs.get("source_span") is None


def inna_joins(doc: Doc, events: list[Event]) -> list[Event]:
    """Join each 18x verb with no doer of its own whose subject is a bombing noun of «إن» (:func:`inna_subject`) to
    that noun's event of the same code: the list without the verbs joined (module doc)."""
    gone: set[int] = set()
    for ev in events:
        if not ev.code.startswith("18") or not _no_doer(ev):
            continue
        noun = next((o for o in events if o.code == ev.code and id(o) not in gone
                     and inna_subject(doc, ev, o, events)), None)
        if noun is None:
            continue
        gone.add(id(ev))
        if noun.target is None and noun.attrs.get("target_span") is None:
            noun.target = ev.target
            if ev.attrs.get("target_span") is not None:
                noun.attrs["target_span"] = ev.attrs["target_span"]
        if noun.date == default_day(doc):
            noun.date = ev.date  # («استهدف فجر الأحد»: the verb's own day, see ``shared_time``)
        join_triggers(noun, ev)
        join_place(noun, ev, doc.entities)
    return [ev for ev in events if id(ev) not in gone]

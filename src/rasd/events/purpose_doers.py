"""Round oe366: a protest's purpose masdar is done by the one who does the protest it is the purpose of.

«ووصل الرئيس الأميركي جورج بوش الى جاكرتا امس، وتظاهر الآلاف احتجاجا على زيارته»: «احتجاجا» is the accusative
of purpose (المفعول لأجله) of «وتظاهر», and such a masdar has no subject of its own: its doer is the subject of the
verb it depends on, «الآلاف», not the visitor the argument rules read before it. A protest noun that is a word of
protest purpose (function words ``protest_purposes``: «احتجاجا», «تنديدا», «رفضا», «للاحتجاج») takes the source
(entity or unnamed phrase) of the protest verb told before it in its sentence, when no other act's trigger and no
complementizer («أن», «إن») stand between them and no more than ``REACH`` tokens part them. A verb with no source
gives nothing; a masdar told alone («احتجاجا على القرار، قال فلان») has no verb before it and keeps what it has.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw
from .source_set import copy_phrase, name_party
from .word_tests import PLAIN_COMPLEMENTIZERS, clause_break

PROTEST = "14"
REACH = 12  # tokens from the protest verb to its purpose masdar


def _purpose(doc: Doc, k: int) -> bool:
    """Token ``k`` is a word of protest purpose («احتجاجا», «وتنديدا»)."""
    return doc.tokens[k].norm_key.removeprefix("و") in fw("protest_purposes")


def _governing(doc: Doc, events: list[Event], ev: Event, k: int) -> Event | None:
    """The protest verb before token ``k`` whose purpose the masdar ``ev`` tells (module docstring), or None."""
    before = [e for e in events if e.sentence == ev.sentence and e.trigger.end <= ev.trigger.start]
    if not before:
        return None
    last_end = max(e.trigger.end for e in before)
    head = next((e for e in before if e.trigger.end == last_end), None)
    if head is None or not head.code.startswith(PROTEST) or head.attrs.get("pos") != "V":
        return None
    h = doc.token_at(head.trigger.start)
    if h is None or k - h > REACH:
        return None
    for u in range(h + 1, k):
        text = doc.tokens[u].text
        if clause_break(text) or doc.tokens[u].norm_key in PLAIN_COMPLEMENTIZERS:
            return None
    return head


def purpose_doers(doc: Doc, events: list[Event]) -> None:
    """Give each protest purpose masdar the source of the protest verb it depends on (module docstring)."""
    for ev in events:
        if not ev.code.startswith(PROTEST) or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not _purpose(doc, k):
            continue
        head = _governing(doc, events, ev, k)
        if head is None:
            continue
        if head.source is not None:
            if head.source != ev.source or ev.attrs.get("source_span") is not None:
                name_party(ev, "source", head.source)
                ev.attrs["source_purpose"] = True
        elif head.attrs.get("source_span") is not None and head.attrs.get("source_span") != ev.attrs.get(
                "source_span"):
            name_party(ev, "source", None)
            copy_phrase(ev, "source", head)
            ev.attrs["source_purpose"] = True

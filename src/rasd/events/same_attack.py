"""Round 216: «... اقتحم انتحاري مركزا للشرطة بجرار مفخخ. وهو أول هجوم من نوعه منذ ...»: an attack noun the sentence
opens with after a pronoun or a demonstrative («هو/هي/هذا/هذه», function words ``same_act_openers``), an ordinal or
a superlative between at most (``same_act_fillers``: «أول», «أكبر»), names the act the sentence right before told
(the pronoun ties it to it across a paragraph break too): where that sentence told one act of force (CAMEO
18/19/20), this one takes its code (the finer one: «1831» for a bare «هجوم»), its doer, and its target and place
where it has none.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from .forms import fw_keys, nkey

FORCE_ROOTS = ("18", "19", "20")


def _opens_sentence(doc: Doc, ev: Event, start: int) -> bool:
    """Whether the trigger of ``ev`` comes right after a pronoun or demonstrative that opens its sentence (past at
    most one ordinal or superlative)."""
    k = doc.token_at(ev.trigger.start)
    first = doc.token_at(start)
    if k is None or first is None or k - first not in (1, 2):
        return False
    if doc.tokens[first].norm_key.removeprefix("و") not in fw_keys("same_act_openers"):
        return False
    return k - first == 1 or doc.tokens[first + 1].norm_key in fw_keys("same_act_fillers")


def same_attack(doc: Doc, events: list[Event]) -> None:
    """Give an attack noun that names the act told right before its code and parties (module doc)."""
    starts = [x.start for x in doc.sentences]
    for ev in events:
        if ev.source is not None or not ev.code.startswith(FORCE_ROOTS) or ev.attrs.get("pos") != "N":
            continue
        k = bisect_right(starts, ev.trigger.start) - 1
        if k < 1 or not _opens_sentence(doc, ev, doc.sentences[k].start):
            continue
        prev = doc.sentences[k - 1]
        kin = [o for o in events if o is not ev and prev.start <= o.trigger.start < prev.end
               and o.code.startswith(FORCE_ROOTS)]
        if len(kin) != 1:
            continue
        told = kin[0]
        if len(told.code) > len(ev.code) or ev.code.endswith("0") and told.code[:2] == ev.code[:2]:
            ev.code = told.code
        ev.source = told.source
        if ev.target is None:
            ev.target = told.target
        if ev.location is None:
            ev.location = told.location
        if told.source is not None or told.target is not None:
            ev.attrs["parties_pointed_back"] = True

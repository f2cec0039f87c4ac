"""Round 196: the protest purpose «احتجاجا على» of a protest not held.

«وقررت المعارضة تنظيم مسيرة غدا احتجاجا على الغلاء», «دعت النقابات إلى المشاركة في مظاهرة اليوم احتجاجا على
مقتل صبي», «وهدد العمال بالإضراب احتجاجا على تأخر الرواتب»: «احتجاجا» names the aim of the protest told before it
in its sentence; where that protest is planned, called for, asked about, denied or only threatened, no protest is
told by its aim either (the purpose takes the modality of the protest it is the aim of, «planned» for a threat).
A protest told as done before it («تظاهر المئات أمس احتجاجا على») keeps it asserted.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import nkey
from .lexicon import Hit
from .modality import FACTUAL
from .protests import REASONS
from .unperformed import threatened


def purpose_modality(doc: Doc, hit: Hit, hits: list[Hit], done: list[tuple[Hit, list[Event]]]) -> str | None:
    """The modality the protest purpose masdar ``hit`` («احتجاجا») takes from the nearest protest trigger before it
    in its sentence (``hits``; ``done``: the hits already made into events), or None where that protest is told as
    fact, was dropped, or there is none."""
    if hit.entry.id != "protest" or hit.pos != "N" or nkey(doc.tokens[hit.i].text) not in REASONS:
        return None
    prev: Hit | None = None
    for h in hits:
        if h.j < hit.i and h.entry.plover == "PROTEST":
            prev = h
    if prev is None:
        return None
    if threatened(doc, prev, hits):
        return "planned"  # «هدد العمال بالإضراب احتجاجا على»: the strike is threatened, none held
    for h, evs in done:
        if h.i == prev.i and h.j == prev.j:
            for e in evs:
                if e.modality not in FACTUAL:
                    return e.modality
            return None
    return None


__all__ = ["purpose_modality"]

"""Round 196: the protest purpose «احتجاجا على» of a protest not held, and a protest told as what was dispersed.

«وقررت المعارضة تنظيم مسيرة غدا احتجاجا على الغلاء», «دعت النقابات إلى المشاركة في مظاهرة اليوم احتجاجا على
مقتل صبي», «وهدد العمال بالإضراب احتجاجا على تأخر الرواتب»: «احتجاجا» names the aim of the protest told before it
in its sentence; where that protest is planned, called for, asked about, denied or only threatened, no protest is
told by its aim either (the purpose takes the modality of the protest it is the aim of, «planned» for a threat).
A protest told as done before it («تظاهر المئات أمس احتجاجا على») keeps it asserted.

«قتل شخص عندما فرقت الميليشيات بالقوة مظاهرة احتجاج», «قوى الأمن التي كانت تفرق مظاهرة», «منعت الشرطة
المسيرة»: a protest noun that is the object of a verb of dispersing, repressing, banning or besieging
(``protest_dispersal_verbs``, ``repression_words``) before it in its clause is what the sentence tells the
security forces did to: the protest is its background, no protest report (:func:`dispersed`: the cue
«dispersed», scored as a background, which the report filter does not overrule; the protest is kept, told as
fact, but not ``specific``).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import clause_stop
from .forms import fw, nkey
from .lexicon import Hit
from .modality import FACTUAL
from .assault_earlier import earlier_assault
from .protest_earlier import earlier_protest
from .protests import REASONS
from .unperformed import threatened
from .word_tests import bare_key_at

DISPERSAL_REACH = 5  # words before a protest noun read for the verb of dispersal whose object it is


def purpose_modality(doc: Doc, hit: Hit, hits: list[Hit], done: list[tuple[Hit, list[Event]]]) -> str | None:
    """The modality the protest purpose masdar ``hit`` («احتجاجا») takes from the nearest protest trigger before it
    in its sentence (``hits``; ``done``: the hits already made into events), or None where that protest is told as
    fact, was dropped, or there is none."""
    if hit.entry.id != "protest" or hit.pos != "N" or doc.tokens[hit.i].norm_key not in REASONS:
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


def dispersed(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether the PROTEST noun ``hit`` is the object of a verb (or masdar) of dispersing, repressing, banning or
    besieging within ``DISPERSAL_REACH`` words before it in its clause (sentence from token ``a``), no other
    trigger between: «فرقت الشرطة بالقوة مظاهرة», «لتفريق التظاهرة», «منعت السلطات المسيرة»."""
    if hit.entry.plover != "PROTEST" or hit.pos != "N":
        return False
    first = hit.i
    moved = True
    while moved:
        moved = False
        for h in hits:
            if h.entry.plover == "PROTEST" and h.j == first - 1:
                first, moved = h.i, True
                break
    # (read from the protest noun it is the genitive or the adjective of: «مظاهرة احتجاج», «مسيرة احتجاجية»)
    for t in range(first - 1, max(a, first - DISPERSAL_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare_key_at(doc, t, "protest_dispersal_verbs") in fw("protest_dispersal_verbs") or \
                bare_key_at(doc, t, "repression_words") in fw("repression_words"):
            return True  # (the verb of dispersal may be a trigger of its own: «فرقت»)
        if any(h.i <= t <= h.j and h.entry.plover != "PROTEST" for h in hits):
            return False  # (another trigger between: the verb's object is that one; a protest noun between, as in
            # «تفرق مظاهرة احتجاج», is the same protest's)
    return False


def no_report(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> bool:
    """Whether the protest ``hit`` is vetoed as no report: dispersed (:func:`dispersed`) or done before
    (round oe568, :func:`rasd.events.protest_earlier.earlier_protest`: «وسبق لعدد من الناشطين أن نظموا مظاهرة»);
    and the assault ``hit`` told in an embedded pluperfect (round oe722, :func:`rasd.events.assault_earlier.
    earlier_assault`: «جثة صحافي كان قد خطف الشهر الماضي»)."""
    return dispersed(doc, hit, hits, a) or earlier_protest(doc, hit, a) or earlier_assault(doc, hit, a)


__all__ = ["dispersed", "no_report", "purpose_modality"]

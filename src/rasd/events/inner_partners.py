"""Round 229: «عقد الوزراء اجتماعا تنسيقيا للتحضير لاجتماع مع كيري»: the party after «مع» past another noun act of
the same kind (its CAMEO root: a meeting inside the phrase of a meeting) is the partner of that inner act, not of
the first one; the first keeps its other parties (``outer_partners`` in the stage; ``inner_partner`` for the
«مع» party of ``deep_targets``)."""

from __future__ import annotations

from ..doc import Entity, Event
from .chunks import Chunk
from .lexicon import Hit


def _inner(hit: Hit, hits: list[Hit], t: Chunk) -> bool:
    """Is a noun act of ``hit``'s kind between ``hit`` and the «مع» chunk ``t``?"""
    for h in hits:
        if h.pos == "N" and hit.j < h.i and h.j < t.i and h.entry.code[:2] == hit.entry.code[:2]:
            return True
    return False


def outer_partners(hit: Hit, hits: list[Hit], targets: list[Chunk] | None) -> list[Chunk] | None:
    """``targets`` without a «مع» party that belongs to an inner act of the same kind (module docstring)."""
    if hit.pos != "N" or not targets:
        return targets
    kept = [t for t in targets if t.prep != "مع" or not _inner(hit, hits, t)]
    return kept or None


def inner_partner(ev: Event, events: list[Event], ent: Entity) -> bool:
    """Does another event of ``ev``'s kind have its trigger between ``ev``'s and the first mention of ``ent`` after
    it (the «مع» party ``deep_targets`` found is that inner act's)?"""
    at = min((m.start for m in ent.mentions if m.start >= ev.trigger.end), default=-1)
    for o in events:
        if o is not ev and o.code[:2] == ev.code[:2] and ev.trigger.end <= o.trigger.start and o.trigger.end <= at:
            return True
    return False

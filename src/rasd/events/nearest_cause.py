"""Round ev475: a count of dead or wounded told as an argument-less repeat in its sentence («وأدت إلى مقتل 32 من
الناشطين») is the result of the act of force told nearest before it, its cause, not of an act told earlier in the
sentence: «أطلق حربا على الإرهاب تستهدف الحزب ...، المتهم بالوقوف خلف العملية الانتحارية ...، وأدت إلى مقتل 32»:
the killing is the suicide bombing's, not the war's; «صعدت المقاومة هجماتها ...، وأسفر الكمين عن مقتل 13»: the
ambush's, not the campaign's. Where that nearer act is no act the casualty noun may repeat (``same_act``: clashes,
«أسفرت المواجهات عن مقتل قائد»), it joins the first act as before (a retold killing, not one of its own)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Event
from .lexicon import same_act

CASUALTY_NOUNS = ("kill", "wound")  # lexicon entries of a casualty noun («مقتل», «قتلى», «جرحى»)
FORCE_CODES = ("18", "19", "20")  # CAMEO acts of force: assault, fight, mass violence


def _last_before(ev: Event, at: int) -> int:
    """The start of the latest trigger of ``ev`` before offset ``at`` (-1 if none)."""
    return max((t.start for t in ev.triggers or [ev.trigger] if t.start < at), default=-1)


def cause_host(out: Sequence[Event], told: Event, ev: Event) -> Event:
    """The event the casualty noun ``ev`` joins instead of ``told`` (the first act of its sentence it may repeat):
    ``told`` itself unless another act of force of its sentence is told nearer before it; then that act if ``ev``
    may repeat it, else ``told`` still (see the module)."""
    if ev.attrs.get("pos") != "N" or ev.attrs.get("trigger_id") not in CASUALTY_NOUNS:
        return told
    acts = [p for p in out if p.sentence == ev.sentence and p.code[:2] in FORCE_CODES]
    nearest = max(acts, key=lambda p: _last_before(p, ev.trigger.start), default=told)
    if nearest is told or _last_before(nearest, ev.trigger.start) <= _last_before(told, ev.trigger.start):
        return told
    return nearest if same_act(nearest, ev) else told

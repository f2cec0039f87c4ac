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
from .repeats import FORCE_FAMILY

CASUALTY_NOUNS = ("kill", "wound")  # lexicon entries of a casualty noun («مقتل», «قتلى», «جرحى»)
FORCE_CODES = ("18", "19", "20")  # CAMEO acts of force: assault, fight, mass violence


def _last_before(ev: Event, at: int) -> int:
    """The start of the latest trigger of ``ev`` before offset ``at`` (-1 if none)."""
    return max((t.start for t in ev.triggers or [ev.trigger] if t.start < at), default=-1)


def cause_host(out: Sequence[Event], told: Event, ev: Event) -> Event | None:
    """The event the casualty noun ``ev`` joins instead of ``told`` (the first act of its sentence it may repeat):
    ``told`` itself unless another act of force of its sentence is told nearer before it; then that act if ``ev``
    may repeat it, else ``told`` still (see the module); round mn1001: none where ``told`` is shelling or an air
    strike (``FORCE_FAMILY``) and the nearer act clashes («قصفت الميليشيات أحياء ...، وأن مواجهات دارت ...، وأن
    قتلى في صفوف الحوثيين»: the clashes' dead, no toll of the shelling)."""
    if ev.attrs.get("pos") != "N" or ev.attrs.get("trigger_id") not in CASUALTY_NOUNS:
        return told
    acts = [p for p in out if p.sentence == ev.sentence and p.code[:2] in FORCE_CODES]
    nearest = max(acts, key=lambda p: _last_before(p, ev.trigger.start), default=told)
    if nearest is told or _last_before(nearest, ev.trigger.start) <= _last_before(told, ev.trigger.start):
        return told
    if same_act(nearest, ev):
        return nearest
    return None if told.code.startswith(FORCE_FAMILY) and not nearest.code.startswith(FORCE_FAMILY) else told


def shared_doer(told: Event, ev: Event) -> bool:
    """Round mn1001: «شنت الطائرات الإسرائيلية غارة على قافلة ...، أسفرت عن مقتل خمسة عناصر»: a casualty noun whose
    source is the act's own, read off the same phrase (the subject of its light verb), names no doer of its own:
    it may still repeat that act (``duplicates._repeat`` asks for a repeat with no source otherwise)."""
    span = ev.attrs.get("source_span")
    return ev.attrs.get("pos") == "N" and ev.attrs.get("trigger_id") in CASUALTY_NOUNS and ev.source is not None \
        and ev.source == told.source and isinstance(span, list) and span == told.attrs.get("source_span")

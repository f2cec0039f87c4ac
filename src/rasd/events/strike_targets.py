"""Round 202: the target of a strike told by the verb of aiming that follows it.

An air strike or a shelling (CAMEO 194, 195) with no target, whose sentence goes on, after it, with a verb or
noun of aiming (a trigger whose key holds one of the function words ``targeting_stems``: «استهدفت», «تستهدف»,
«باستهداف») that an event of its own holds with a named target («بدأت الغارات ... باستهداف مواقع تابعة لتنظيم داعش»,
«غارات جوية ...، واستهدفت تجمعات عناصر التنظيم», «سلسلة من الغارات، مشيرة إلى أنها تستهدف ناشطين من حزب X»):
the strikes hit that target. Not where another act of force starts between the two (the aiming is that act's),
nor where the aiming's doer is another than the strike's, nor where that target is the strike's source.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .forms import fw, nkey

STRIKE_CODES = ("194", "195")
FORCE_PREFIXES = ("18", "19", "20")


def _aiming(doc: Doc, span: Span) -> bool:
    k = nkey(doc.text[span.start : span.end])
    return any(s in k for s in fw("targeting_stems"))


def _force(code: str) -> bool:
    return any(code.startswith(p) for p in FORCE_PREFIXES)


def strike_targets(doc: Doc, events: list[Event]) -> None:
    for ev in events:
        if ev.code not in STRIKE_CODES or ev.target is not None or ev.attrs.get("target_text"):
            continue
        sent = ev.sentence
        at = ev.trigger.end
        best: tuple[int, str] | None = None
        for other in events:
            if other is ev or other.target is None or other.target == ev.source or not (
                    other.source is None or ev.source is None or other.source == ev.source):
                continue
            for t in other.triggers or [other.trigger]:
                if sent.start <= t.start < sent.end and t.start >= at and _aiming(doc, t) and (
                        best is None or t.start < best[0]):
                    best = (t.start, other.target)
        if best is None:
            continue
        aim = best[0]
        if any(o is not ev and _force(o.code) and at <= o.trigger.start < aim and not _aiming(doc, o.trigger)
               for o in events):
            continue  # («بعد تفجير انتحاري استهدف مدينة»: the bombing's aim)
        ev.target = best[1]

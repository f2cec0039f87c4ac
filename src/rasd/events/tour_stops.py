"""Round mn1001: the stops of a tour. «غادر كيري واشنطن في جولة تشمل محطات عدة ...، استهلها بمصر لإجراء محادثات»:
a meeting noun told as the purpose («لـ») of a stop, right after the place of that stop with «بـ» or «إلى», in the
sentence of the tour or visit its party makes (CAMEO 042/043), is held at that stop (:func:`stop_places`), and is an
act of its own during the tour: ``duplicates.dedup`` joins it to no meeting of its party told in another sentence at
another place or with another partner (:func:`stop_apart`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Event
from .forms import PLACES, nkey
from .where_links import MEETINGS, VISITS

TO = nkey("إلى")
STOP_REACH = 2  # tokens from the place of a stop to the meeting noun («بمصر لإجراء محادثات», «بمصر للقاء»)


def _tour_before(events: Sequence[Event], ev: Event) -> bool:
    """Whether a tour or visit (``VISITS``) of the party of ``ev``, or of anyone where ``ev`` has no party, is told
    before ``ev`` in its sentence."""
    return any(t.code[:3] in VISITS and t.sentence == ev.sentence and t.trigger.end <= ev.trigger.start
               and (ev.source is None or t.source == ev.source) for t in events)


def _stop_place(doc: Doc, ev: Event) -> str | None:
    """The place of a stop the meeting ``ev`` is the purpose of (see the module), else None."""
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return None
    toks = doc.tokens
    lam = next((u for u in range(k, max(-1, k - STOP_REACH), -1) if toks[u].norm_key.startswith("ل")), None)
    if lam is None or lam < 1 or lam != k and lam != k - 1:
        return None
    end = toks[lam - 1].end
    for ent in doc.entities:
        if ent.type not in PLACES:
            continue
        for m in ent.mentions:
            if m.end != end:
                continue
            first = doc.token_at(m.start)
            if first is None:
                continue
            with_bi = toks[first].norm_key.startswith("ب") and toks[first].start < m.start  # «بمصر»
            if with_bi or first >= 1 and toks[first - 1].norm_key == TO:  # «إلى مصر»
                return ent.id
    return None


def stop_places(doc: Doc, events: list[Event]) -> None:
    """A meeting noun told as the purpose of a tour's stop takes the stop's place (in place; see the module)."""
    for ev in events:
        if not ev.code.startswith(MEETINGS) or ev.code[:3] in VISITS or ev.attrs.get("pos") != "N":
            continue
        if not _tour_before(events, ev):
            continue
        place = _stop_place(doc, ev)
        if place is not None:
            ev.location = place
            ev.attrs["tour_stop"] = True


def stop_apart(o: Event, ev: Event) -> bool:
    """Whether the meeting ``ev`` at a tour's stop (:func:`stop_places`) is another act than ``o``, told in another
    sentence at another place or with another partner."""
    if not (ev.attrs.get("tour_stop") or o.attrs.get("tour_stop")) or o.sentence == ev.sentence:
        return False
    return o.location != ev.location or o.target != ev.target


__all__ = ["stop_apart", "stop_places"]

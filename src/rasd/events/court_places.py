"""Round mn984: a trial, a charge or a sentence (CAMEO 173) with no place of its own is where the court that
tries it sits, where the court's name holds the name of a place the article names (see
``where_carry.carried_places``); narrow: a null is better than a wrong place.

«في القضية التي نظرت فيها محكمة بروكسل الجنائية، وواجه فيها 32 شخصا اتهامات تتعلق ... للقتال في سوريا»: the
charges are faced in Brussels (Syria is their matter, :func:`.where.other_act_place`); «وأدانت محكمة بروكسل
الجنائية فلانا»: in Brussels too. The court is the act's source, or, where it has none, a court named before the
trigger in its sentence."""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import PLACES, fw, nkey

LEGAL = "173"  # arrest, detain, or charge with legal action


def _court(doc: Doc, eid: str | None) -> Entity | None:
    ent = doc.entity(eid)
    words = ent.name.split() if ent is not None else []
    return ent if ent is not None and len(words) > 1 and nkey(words[0]) in fw("court_heads") else None


def _seat(doc: Doc, court: Entity) -> str | None:
    """The place entity whose name is a word of the court's name past its head («محكمة بروكسل الجنائية»)."""
    words = {nkey(w) for w in court.name.split()[1:]}
    return next((e.id for e in doc.entities if e.type in PLACES and nkey(e.name) in words), None)


def court_places(doc: Doc, events: list[Event]) -> None:
    """Give a legal action with no place the seat of the court that tries it (module docstring)."""
    for ev in events:
        if ev.location is not None or ev.code != LEGAL:
            continue
        court = _court(doc, ev.source)
        if court is None and ev.source is None:
            named = [(m.start, e.id) for e in doc.entities for m in e.mentions
                     if ev.sentence.start <= m.start < ev.trigger.start and _court(doc, e.id) is not None]
            court = _court(doc, max(named)[1]) if named else None
        if court is not None and (seat := _seat(doc, court)) is not None:
            ev.location = seat


__all__ = ["court_places"]

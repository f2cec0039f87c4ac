"""Round lo464: a killing told with no place, right before a «عندما/حين/حينما» clause that opens with an act of force
given a place («قتل سبعة جنود أمس، عندما اقتحم متشددون نقطة تفتيش خارج مدينة أجدابيا»; «قتلوا، وفقد 15 آخرون
عندما هاجم مقاتلو داعش نقطة التفتيش خارج مدينة أجدابيا»), happened where that act did: the clause tells the
occasion of the killing (the clause act as ``when_doers.when_clause_act`` reads it). Run late, once the clause
act has its place (``where_carry.carried_places``); narrow: a null is better than a wrong place."""

from __future__ import annotations

from ..doc import Doc, Event
from .when_doers import FORCE, when_clause_act


def when_clause_places(doc: Doc, events: list[Event]) -> None:
    """Give an act of force with no place the place of the act of force its «عندما» clause opens with (module
    docstring), where that act is told in the same sentence and has a place."""
    by_start = {o.trigger.start: o for o in events}
    for ev in events:
        if ev.location is not None or not ev.code.startswith(FORCE):
            continue
        found = when_clause_act(doc, ev, by_start)
        if found is not None and found[0].location is not None and found[0].sentence == ev.sentence:
            ev.location = found[0].location

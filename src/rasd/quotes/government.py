"""«وأكدت الحكومة أن ...» with no government named in full, for the ``quotes`` stage (round 282): the bare
«الحكومة» or «الرئاسة» (state_body_heads) is the government of the one state the article is about, its country's
entity, where the article makes that state unambiguous: every entity of a state (the country itself, or a body or
person of its state: government, army, police, courts, parliament; ``gentilics.STATE_SECTORS``) named before the cue,
and the dateline's place, are of that one country («السلطات المصرية ... وزارة الأوقاف ... وأكدت الحكومة»: Egypt).
None where two states are named (a Yemeni article from Riyadh: whose government?), or the country has no entity of
its own. (A government named in full before, «الحكومة الأسترالية», is ``institutions._the_one_body``'s.)
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, key_past_and
from ..events.gentilics import STATE_SECTORS, country_entity

_CODE = 3  # letters of a state's code at the head of an actor code («EGYGOV»: EGY)


def state_government(doc: Doc, i: int, at: int) -> str | None:
    """The country's entity a one-word «الحكومة/الرئاسة» at token ``i`` stands for, before character ``at`` (see the
    module); None otherwise."""
    if key_past_and(doc.tokens[i].text) not in fw_keys("state_body_heads"):
        return None
    states: set[str] = set()
    for ent in doc.entities:
        actor = ent.actor or ""
        if len(actor) >= _CODE and actor[_CODE:] in STATE_SECTORS and any(m.end <= at for m in ent.mentions):
            states.add(actor[:_CODE])
    line = doc.dateline
    if line is not None and line.place is not None:
        place = next((e for e in doc.entities if any(m.start == line.place.start for m in e.mentions)), None)
        if place is not None and place.country:
            states.add(place.country)
    if len(states) != 1:
        return None
    state = country_entity(doc, next(iter(states)))
    return state.id if state is not None else None

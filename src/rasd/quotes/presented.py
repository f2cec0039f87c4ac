"""A person the narration presents as its new topic («..., كانت امرأة ...، هي فلانة، والدة ... . وقالت»), for the
quotes stage: a dropped subject that opens the next sentence is that person, not the one quoted last.
"""

from __future__ import annotations

from ..doc import Doc, Quote
from ..events.forms import nkey
from .carry import Scene
from .cues import Cue


def presented_topic(doc: Doc, scene: Scene, t: int, cue: Cue, quotes: list[Quote]) -> str | None:
    """The person named right after a comma and the pronoun of identity («، هي فلانة», «، هو فلان») of the cue's
    gender in the sentence right before the one the verb cue at ``t`` opens with «و/ف», where that sentence reports
    nothing; None otherwise (a singular cue only)."""
    if cue.kind != "verb" or cue.plural or scene.si < 1 or t != scene.ranges[scene.si][1]:
        return None
    if doc.tokens[t].norm_key[:1] not in ("و", "ف"):
        return None
    prev, a, b = scene.ranges[scene.si - 1]
    if any(prev.start <= q.cue.start < prev.end for q in quotes) or any(
            d.start <= prev.start < d.end for d in scene.direct):
        return None
    pronoun = nkey("هي" if cue.gender == "f" else "هو")
    found: str | None = None
    for u in range(a + 1, b - 1):
        if doc.tokens[u].norm_key != pronoun or doc.tokens[u - 1].text not in ("،", ","):
            continue
        after = doc.tokens[u + 1].start
        person = next((e.id for e in doc.entities if e.type == "PERSON" for m in e.mentions if m.start == after), None)
        if person is not None:
            found = person
    return found

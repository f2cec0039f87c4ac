"""Round mend561: an act of force told as done takes the place of the act it aims at.

«هاجم مسلحون مواقع المقاومة. ويهدف الهجوم إلى اقتحام بلدة قعطبة»: the storming is only aimed at (planned, round
ev561's :mod:`.aim_named`), but the attack aimed at storming a town is at that town. An act of force of no place,
told as fact, whose trigger is the subject of an aim verb (function words ``aim_clause_verbs``: «يهدف», «ترمي») right
after it («ويهدف الهجوم إلى اقتحام»), or the noun it describes right before it («شنوا هجوما يهدف إلى اقتحام»,
«الهجوم الذي يهدف إلى ...»), takes the place of the planned act of force in that verb's complement
(:func:`.aim_named.content_head`). So the place goes on to the attack told again in the next sentence («وتمكنت
المقاومة من صد الهجوم»: :func:`.where_carry.retold_places`). A plan, a decision or a campaign of words («وتهدف
الخطة إلى اقتحام ...») is no act of force and takes nothing."""

from __future__ import annotations

from ..doc import Doc, Event
from .aim_named import bare_key, content_head
from .forms import fw_keys
from .modality import FACTUAL

FORCE = ("18", "19", "20")  # assault, fight, mass violence (as ``where_carry.FORCE``)


def _governors(doc: Doc, v: int, sent_start: int) -> list[int]:
    """The tokens that can name what the aim verb at ``v`` is said of: its subject right after it («ويهدف
    الهجوم»), the noun right before it («هجوما يهدف»), or the noun before a relative right before it («الهجوم الذي
    يهدف»)."""
    found = [v + 1]
    if v - 1 >= sent_start:
        found.append(v - 1)
        if v - 2 >= sent_start and bare_key(doc, v - 1) in fw_keys("relatives"):
            found.append(v - 2)
    return found


def _told_at(events: list[Event], doc: Doc, t: int) -> Event | None:
    """The act of force told as fact, of no place, one of whose triggers starts at token ``t``."""
    start = doc.tokens[t].start
    return next((ev for ev in events if ev.location is None and ev.code.startswith(FORCE)
                 and ev.modality in FACTUAL and any(s.start == start for s in ev.triggers or [ev.trigger])), None)


def aim_places(doc: Doc, events: list[Event]) -> None:
    """Acts of force told as fact of no place take the place of the planned act of force they aim at (see the
    module; in place)."""
    for aim in events:
        if aim.location is None or aim.modality != "planned" or not aim.code.startswith(FORCE):
            continue
        k, s = doc.token_at(aim.trigger.start), doc.token_at(aim.sentence.start)
        if k is None or s is None:
            continue
        v = content_head(doc, k, s)
        if v is None or bare_key(doc, v) not in fw_keys("aim_clause_verbs"):
            continue
        for g in _governors(doc, v, s):
            if g < k and (done := _told_at(events, doc, g)) is not None:
                done.location = aim.location
                break


__all__ = ["aim_places"]

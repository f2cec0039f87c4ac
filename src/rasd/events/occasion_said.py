"""Round dt313: a statement made during a meeting told right after its verb takes that meeting's day.

«وأكد الوزير، خلال لقائه مع رؤساء تحرير الصحف، مساء أمس، أن العلاقات ...»: the time set off after the meeting
noun dates the meeting (the dating of the verb leaves it to the noun), and the verb said what it says on that
occasion, so on that day, not on the article's. A statement verb (CAMEO 01x) dated by default (no time of its own)
takes the day of a meeting event (CAMEO 04x) or a statement noun («في تصريحات صحافية أمس»: «وهو ما أكده فلان، في
تصريحات صحافية أمس، قائلا») whose trigger follows it within ``OCCASION_REACH`` tokens right after
«خلال/أثناء/في/لدى» (``_OCCASION_PREPS``), before any «أن/إن» its words open with or the end of the clause.

Not where the meeting has no day of its own or the article's («خلال لقائه أمس» with no day is nothing to take).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import ENDS_AND_QUOTES
from .attached import default_day
from .modality import FACTUAL

__all__ = ["occasion_said"]

STATEMENT = "01"  # make a public statement (CAMEO 01x)
MEETINGS = "04"  # consult, meet (CAMEO 04x): the occasion a statement is made on
OCCASION_REACH = 14  # tokens from the statement verb to the meeting noun (past its subject and titles)
_OCCASION_PREPS = frozenset(("خلال", "اثنا", "اثناء", "في", "لدي", "لدى"))
_OPENERS = frozenset(("ان", "أن", "إن", "بان", "بأن"))  # the «أن/إن» the statement's words open with


def _meeting_day(doc: Doc, events: list[Event], ev: Event, k: int, default: str) -> str | None:
    """The day of the meeting told right after the statement verb at token ``k``, if any."""
    end = min(k + 1 + OCCASION_REACH, len(doc.tokens))
    for t in range(k + 1, end):
        tok = doc.tokens[t]
        if tok.start >= ev.sentence.end or tok.text in ENDS_AND_QUOTES or tok.norm_key in _OPENERS or tok.text in _OPENERS:
            return None
        if t == 0 or doc.tokens[t - 1].norm_key not in _OCCASION_PREPS:
            continue
        meeting = next((o for o in events if o is not ev and o.trigger.start == tok.start and (
            o.code.startswith(MEETINGS) or o.code.startswith(STATEMENT) and o.attrs.get("pos") == "N")), None)
        if meeting is None:
            continue
        day = meeting.date
        return day if day is not None and len(day) == 10 and day != default else None
    return None


def occasion_said(doc: Doc, events: list[Event]) -> None:
    """Each default-dated factual statement verb told on a meeting named right after it takes the meeting's day
    (see the module)."""
    default = default_day(doc)
    if default is None:
        return
    for ev in events:
        if ev.date != default or ev.modality not in FACTUAL or ev.attrs.get("pos") != "V" \
                or not ev.code.startswith(STATEMENT):
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        day = _meeting_day(doc, events, ev, k, default)
        if day is not None:
            ev.date = day

"""Round 106, after the events are made: a party named in the clause that the argument rules left unattached.

- ``accused_apposition``: «تنظيم داعش، المتهم بالوقوف خلف العملية الانتحارية»: an act whose source phrase is a
  participle of accusation (function words ``accused_participles``: «المتهم», «المسؤول») set off by a comma right
  after a named body or person is that name's (the participle describes it); not where the participle is any
  other phrase's, nor further than ``REACH`` tokens before the trigger.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from .forms import fw, nkey
from .source_set import name_party

ACTORS = ("PERSON", "ORGANIZATION")
CLOSING_QUOTES = ("»", '"', "”")
REACH = 4  # tokens from the participle to the trigger («المتهم بالوقوف خلف العملية»)


def _named_before(doc: Doc, k: int) -> str | None:
    """The person or body whose mention ends right before token ``k`` (past a closing quotation mark)."""
    if k > 0 and doc.tokens[k - 1].text in CLOSING_QUOTES:
        k -= 1
    if k <= 0:
        return None
    end = doc.tokens[k - 1].end
    m = next((m for m in doc.mentions if m.end == end and m.entity is not None), None)
    ent = doc.entity(m.entity) if m is not None else None
    return ent.id if ent is not None and ent.type in ACTORS else None


def accused_apposition(doc: Doc, events: list[Event]) -> None:
    """Give an act whose source phrase is an accusing participle in apposition the name it describes."""
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or not isinstance(span, list) or ev.attrs.get("source_carried"):
            continue
        k = doc.token_at(span[0])
        t = doc.token_at(ev.trigger.start)
        if k is None or t is None or doc.token_at(span[1] - 1) != k or not 0 < t - k <= REACH or k < 2:
            continue
        if doc.tokens[k].norm_key not in fw("accused_participles") or doc.tokens[k - 1].text not in COMMAS:
            continue
        eid = _named_before(doc, k - 1)
        if eid is None or eid == ev.target:
            continue
        name_party(ev, "source", eid)
        ev.attrs["source_apposed"] = True


def unattached_parties(doc: Doc, events: list[Event]) -> None:
    """Run the rules of this module in order (module docstring)."""
    accused_apposition(doc, events)

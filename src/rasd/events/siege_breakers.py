"""Round ev1004: who broke a siege told in the passive. «تم فك الحصار الخانق على محافظة الضالع» with the fighting
that broke it in its sentence («وبتحرير العند»: ``lifting``'s CAMEO 190, a siege broken by force) names no doer; told
in the words of a body's spokesman («وقال فلان، المتحدث الرسمي باسم المقاومة الشعبية الجنوبية، ... إنه وبتحرير
العند «تم فك الحصار»») or of the body itself, it is that body's own side that broke it: the speaker's body is the
source. Not a siege eased (0872) or sanctions lifted (085): those are the besieger's or the sanctioner's acts, whom
the speaker need not be; nor words of a person who speaks for no named body (a witness, an analyst).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import nkey
from .lifting import BREAK_SIEGE, LIFTS
from .source_set import name_party

SPEAKS_FOR = frozenset(nkey(w) for w in ("باسم", "بلسان"))  # «المتحدث باسم X»: the body X he speaks for


def _spoken_for(doc: Doc, eid: str | None) -> str | None:
    """The body the speaker ``eid`` speaks for: the speaker itself where it is an organisation, else the organisation
    named after «باسم/بلسان» in one of his roles («المتحدث الرسمي باسم المقاومة الشعبية الجنوبية»); None where none."""
    ent = doc.entity(eid)
    if ent is None:
        return None
    if ent.type == "ORGANIZATION":
        return ent.id
    for role in ent.roles:
        words = [nkey(w) for w in role.split()]
        at = next((n for n, w in enumerate(words) if w in SPEAKS_FOR), -1)
        body = " ".join(words[at + 1:]) if at >= 0 else ""
        got = next((e.id for e in doc.entities if e.type == "ORGANIZATION" and body and (
            " ".join(nkey(w) for w in e.name.split()) == body)), None)
        if got is not None:
            return got
    return None


def siege_breakers(doc: Doc, events: list[Event]) -> None:
    """Give a siege broken by force with no source the body whose speaker tells it (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.code != BREAK_SIEGE or ev.attrs.get("trigger_id") not in LIFTS:
            continue
        quote = next((q for q in doc.quotes if q.content.start <= ev.trigger.start < q.content.end), None)
        body = _spoken_for(doc, quote.speaker) if quote is not None else None
        if body is not None and body != ev.target:
            name_party(ev, "source", body)

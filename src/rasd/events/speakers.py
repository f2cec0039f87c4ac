"""Who speaks or acts where the events stage carries an actor: the actors told so far (a quote's speaker, a verb's
named subject), the speaker of the quote a trigger stands in or after, and a first-person subject in the words."""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc, Span
from .forms import fw_keys
from .interview_answers import answerer


@dataclass(slots=True)
class CarriedActor:
    offset: int
    entity: str
    span: list[int] | None = None  # the phrase that named it, reported with a verb that carries it
    plover: str = ""  # the category of the event it acted in
    reported: bool = False  # round 138: the subject of a verb in reported words, carried in its sentence only


def mention_span(doc: Doc, eid: str, at: int) -> list[int] | None:
    """The mention of entity ``eid`` nearest to offset ``at`` (a quote's speaker named by its cue)."""
    ent = doc.entity(eid)
    if ent is None or not ent.mentions:
        return None
    m = min(ent.mentions, key=lambda m: abs(m.start - at))
    return [m.start, m.end]


FIRST_PERSON = fw_keys("first_person_words")


def first_person(doc: Doc, i: int, a: int) -> bool:
    """A first-person subject or auxiliary in the three words before token ``i`` («أننا سنقوم باستهدافهم»)."""
    return any(doc.tokens[k].norm_key in FIRST_PERSON for k in range(max(a, i - 3), i))


def quoting(doc: Doc, sent: Span, at: int) -> str | None:
    """The speaker of the last quote of sentence ``sent`` opened before offset ``at``."""
    best = None
    for q in doc.quotes:
        if sent.start <= q.cue.start < at or sent.start <= q.content.start < at:
            who = q.actor()
            if who is not None and (best is None or q.content.start > best[0]):
                best = (q.content.start, who)
    return best[1] if best else None


def inside_quote(doc: Doc, at: int) -> str | None:
    """The speaker of the quote whose content holds offset ``at``."""
    return next((q.actor() for q in doc.quotes if q.content.start <= at < q.content.end and q.actor()), None)


def first_person_speaker(doc: Doc, sent: Span, at: int, inside: bool) -> str | None:
    """Who a first-person act at offset ``at`` is of: the speaker of the quote that holds it (``inside``: any
    quote's content; else the last opened before it in sentence ``sent``), else the one interviewed where it stands
    in a printed interview's answer (round ev454: «- ... ونحن نقدم مساعدات مباشرة»)."""
    return (inside_quote(doc, at) if inside else None) or quoting(doc, sent, at) or answerer(doc, at)


def carried_actor(actors: list[CarriedActor], offset: int, since: int) -> CarriedActor | None:
    """The last actor told before ``offset``; one named in reported words only from offset ``since`` on (its
    sentence: «أن ... هاجمت مجاميع من تنظيم القاعدة مدينة المكلا، وسيطرت على المدينة»)."""
    return next((a for a in reversed(actors) if a.offset < offset and (not a.reported or a.offset >= since)), None)

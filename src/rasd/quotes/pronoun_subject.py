"""Round 51: the person a title or an office after «لكن/غير أن» names («غير أن مكتب رئيس الوزراء فلان، أكد»); a participle whose clause has for its subject only a noun with a pronoun of its speaker («وكان طرحه
قويا ...، مؤكدا», «وشدد على التزام بلاده ...، موضحا»: his proposal, his country): the person the pronoun stands for,
as a dropped subject would carry him (the latest speaker of his gender, else the person of that gender named last
within PRONOUN_REACH sentences), not an unnamed body.
"""

from __future__ import annotations

from ..doc import Doc, Quote
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .agreement import _agrees
from .carry import Scene, carry
from .cues import Cue
from .phrases import title_head
from .unnamed import last_person

PRONOUN_REACH = 3  # sentences back to the person a pronoun stands for where no speaker of his gender was quoted

_PRONOUNS = {"ه": "m", "ها": "f"}


def pronoun_only(doc: Doc, subject: Chunk, cue: Cue) -> bool:
    """``subject`` names no one, is no title and opens with a bare noun that bears a pronoun of the participle's
    gender («طرحه», «بلاده»; singular: no «ـهم»)."""
    if subject.entity is not None or subject.title or subject.number or cue.plural or cue.dual:
        return False
    words = doc.tokens[subject.i].words
    if any(w.kind == "proclitic" for w in words):
        return False  # («لبلاده», «وبلاده»: a phrase of a preposition or a second noun)
    pronoun = next((nkey(w.norm) for w in words if w.kind == "enclitic"), None)
    return pronoun is not None and _PRONOUNS.get(pronoun) == cue.gender


def pronoun_referent(doc: Doc, t: int, cue: Cue, quotes: list[Quote], heard: dict[str, str],
                     scene: Scene) -> str | None:
    """The person the pronoun of a participle's subject stands for: the latest speaker of its gender, else the
    person of that gender named last within PRONOUN_REACH sentences before the cue at ``t``; None otherwise."""
    carried = carry(doc, quotes, cue, heard, scene, persons=True)
    ent = doc.entity(carried)
    if ent is not None and ent.type == "PERSON" and _agrees(doc, carried, cue.gender, heard):
        return carried
    if carried is not None or scene.held is not None:
        return None  # an unnamed source or a body holds the chain
    since = scene.ranges[max(0, scene.si - PRONOUN_REACH)][0].start
    return last_person(doc, t, cue.gender, heard, since=since)


def titled_contrast(doc: Doc, chunks: list[Chunk], head: Chunk) -> str | None:
    """The SVO subject after «لكن/غير أن» read as a title or an office with no name of its own («لكن الوزير | فلان،
    أكد», «غير أن مكتب رئيس الوزراء | فلان، أكد»): the person named right after it; None otherwise."""
    if head.entity is not None or head.prep is not None:
        return None
    if not (title_head(doc, head) or doc.tokens[head.i].norm_key.removeprefix("و") in fw("speaking_offices")):
        return None
    d = next((d for d in chunks if d.i == head.j + 1), None)
    return d.entity if d is not None and d.entity is not None and d.prep is None and d.etype == "PERSON" else None

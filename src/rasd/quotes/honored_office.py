"""An office after an honorific in a cue's subject place, for the ``quotes`` stage: «ورأى معالي وزير الخارجية أن»
after «وزير الخارجية الأستاذ عادل الجبير» and «وزير الخارجية الألماني فلان»: the person whose role is that office
with nothing more (no country adjective that makes it another's), before any nearest person is carried over.
"""

from __future__ import annotations

from ..doc import Doc, Quote
from ..events.chunks import Chunk
from ..events.forms import PLACES, fw, nkey, plain_keys
from .phrases import honored_title


def _standing() -> frozenset[str]:
    return frozenset(nkey(w).removeprefix("ال") for w in fw("academic_honorifics"))


def honored_office(doc: Doc, c: Chunk, t: int) -> str | None:
    """The person named before the cue at ``t`` who holds the office the unnamed subject ``c`` names after an
    honorific («معالي», «سمو»: honorifics): the one whose role is exactly its words (past a standing such as
    «الأستاذ»), else the one whose role opens with them; None where no one or more than one does."""
    if c.entity is not None:
        return None
    if doc.tokens[c.i].norm_key.removeprefix("و") in fw("honorifics"):
        first = c.i + 1  # the honorific inside the phrase
    elif c.i > 0 and doc.tokens[c.i - 1].norm_key.removeprefix("و") in fw("honorifics"):
        first = c.i  # «معالي» left out of the phrase, right before it
    else:
        return None
    if first > c.j:
        return None
    office = plain_keys(doc.text[doc.tokens[first].start : doc.tokens[c.j].end])
    if not office:
        return None
    at = doc.tokens[t].start
    standing = _standing()
    exact: set[str] = set()
    opened: set[str] = set()
    for ent in doc.entities:
        if ent.type in PLACES or ent.type != "PERSON" or not any(m.end <= at for m in ent.mentions):
            continue
        for role in ent.roles:
            words = [w for w in plain_keys(role) if w not in standing]
            if words == office:
                exact.add(ent.id)
            elif words[: len(office)] == office:
                opened.add(ent.id)
    if len(exact) == 1:
        return next(iter(exact))
    return next(iter(opened)) if not exact and len(opened) == 1 else None


def honored_speaker(doc: Doc, c: Chunk | None, quotes: list[Quote], since: int) -> str | None:
    """The speaker of the latest quote (its cue at or after character ``since``) that the honorific pronoun ``c``
    («وشدد معاليه») stands for where the entity layer tied the pronoun to another person: he bears the title the
    pronoun is said of («معاليه»: a minister) and is the one the narration goes on about; None otherwise."""
    if c is None or c.i != c.j or c.entity is None or not quotes:
        return None
    if doc.tokens[c.i].norm_key.removeprefix("و") not in fw("honorific_pronouns"):
        return None
    last = quotes[-1]
    ent = doc.entity(last.speaker)
    if last.cue.start < since or ent is None or ent.type != "PERSON" or ent.id == c.entity:
        return None
    return ent.id if honored_title(doc, c, ent.roles) else None

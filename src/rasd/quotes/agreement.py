"""The grammatical gender of a speaker, for the quotes stage: an entity's gender (the entity layer's, the verb it was
the subject of, a feminine head), whether it agrees with a cue, and the gender a title phrase before a name or the
head of a phrase a name is set off from tells.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw_bare_keys, nkey
from .phrases import governed, title_head


def _gender(doc: Doc, eid: str, heard: dict[str, str]) -> str | None:
    """An entity's grammatical gender: a person's from the entity layer, else the gender of the verb it was first
    the subject of right after (``heard``: «وقالت كاسلو»), else masculine."""
    ent = doc.entity(eid)
    if ent is None:
        return None
    if ent.type == "PERSON":
        known = ent.attrs.get("gender")
        return known if isinstance(known, str) else heard.get(eid, "m")
    head = ent.name.split()[0] if ent.name else ""
    if head.endswith("ة") or head.endswith("ات"):
        return "f"
    return None  # countries, agencies: either agreement is written


def unsexed(doc: Doc, eid: str) -> bool:
    """A person whose gender neither a title nor a given name told the entity layer."""
    ent = doc.entity(eid)
    return ent is not None and ent.type == "PERSON" and not isinstance(ent.attrs.get("gender"), str)


def _agrees(doc: Doc, eid: str | None, gender: str, heard: dict[str, str]) -> bool:
    if eid is None:
        return False
    g = _gender(doc, eid, heard)
    return g is None or g == gender


def title_gender(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """The gender of a title phrase right before the name ``c`` («الناشطة المدنية يسرى مجيد»: feminine, whatever
    the given name told the entity layer); None where no title stands right before it."""
    d = next((d for d in chunks if d.j == c.i - 1), None)
    if d is None or d.entity is not None or governed(doc, d) or not title_head(doc, d):
        return None
    return "f" if doc.tokens[d.i].norm_key.removeprefix("و").endswith("ه") else "m"


def set_off_gender(doc: Doc, c: Chunk, d: Chunk, gender: str) -> bool:
    """The name ``d`` is set off by a comma after the subject phrase ``c`` whose head has the cue's ``gender``
    («وقالت نائبة المتحدث ...، فلانة،»): the head tells the gender a foreign given name does not."""
    head = doc.tokens[c.i].norm_key.removeprefix("و")
    return doc.tokens[d.i - 1].text in ("،", ",") and ("f" if head.endswith("ه") else "m") == gender


def head_agrees(doc: Doc, c: Chunk, gender: str) -> bool:
    """The subject ``c`` is a bare definite head noun of a body (named_group_heads, definite_body_heads: «التنظيم»,
    «الحركة») of the cue's ``gender``, which the entity layer tied to a body named otherwise («وقد أعلن التنظيم» for
    «جبهة النصرة»): the verb agrees with the head it names it by, whatever the body's own name (round 241)."""
    key = doc.tokens[c.i].norm_key.removeprefix("و")
    if c.i != c.j or not key.startswith("ال"):
        return False
    key = key.removeprefix("ال")
    if key not in fw_bare_keys("named_group_heads") and key not in fw_bare_keys("definite_body_heads"):
        return False
    return ("f" if key.endswith("ه") else "m") == gender


def apposed_feminine(doc: Doc, eid: str, lo: int, hi: int) -> bool:
    """A mention of ``eid`` between offsets ``lo`` and ``hi`` is set off by a comma and a noun of the feminine in
    «ة» right after it («لافيدي موريس، مراسلة صحيفة ...»): the apposition tells a foreign name's gender (round
    q304)."""
    ent = doc.entity(eid)
    for m in ent.mentions if ent is not None else ():
        if not lo <= m.start < hi:
            continue
        u = doc.token_from(m.end)
        if u is None or u + 1 >= len(doc.tokens) or doc.tokens[u].text not in ("،", ","):
            continue
        head = doc.tokens[u + 1].norm_key.removeprefix("و")
        if len(head) > 3 and head.endswith("ه") and not any(w.kind == "enclitic" for w in doc.tokens[u + 1].words):
            return True
    return False

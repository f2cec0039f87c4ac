"""Offices held by the people a quote could be carried to: whether a title phrase is a person's office, who holds
a title named before a cue, and the words titles are compared by (split from quotes.carry)."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Span
from ..events.forms import fw, nkey, plain_keys


OFFICE_REACH = 60  # characters either side of a person's mention where the title he holds is looked for


def holds_office(doc: Doc, eid: str | None, phrase: Span) -> bool:
    """The title phrase a sentence opens with («وذكر وزير الإدارة المحلية») is the office of ``eid``, the speaker a
    dropped subject would be carried to: its first two words open one of his roles or stand by a mention of him
    («وزير الإدارة المحلية فلان»; not «رئيس الحكومة» for «رئيس مجلس النواب فلان»)."""
    ent = doc.entity(eid)
    title = _title_words(doc.text[phrase.start : phrase.end])
    if ent is None or not title:
        return False
    if any(_title_words(r)[: len(title)] == title for r in ent.roles):
        return True
    for m in ent.mentions:
        before = doc.text[max(0, m.start - OFFICE_REACH) : m.start].rsplit(".", 1)[-1]
        near = _title_words(before + doc.text[m.start : m.end + OFFICE_REACH].split(".", 1)[0], 0)  # its sentence
        if any(near[n : n + len(title)] == title for n in range(len(near))):
            return True
    return False


def title_holder(doc: Doc, t: int, phrase: Span) -> str | None:
    """The person named last before the cue at ``t`` who holds the title ``phrase`` heads («وقال الرئيس التونسي»
    after his spokesman was quoted: the president): the title's first word opens one of his roles or stands right
    before a mention of him («أعلن الرئيس فلان»); None where no one does."""
    head = _title_words(doc.text[phrase.start : phrase.end], 1)
    at = doc.tokens[t].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "PERSON":
            continue
        held = any(_title_words(r, 1) == head for r in ent.roles)
        for m in ent.mentions:
            if m.end <= at and (best is None or m.start > best[0]) and (
                    held or _title_words(" ".join(doc.text[max(0, m.start - OFFICE_REACH) : m.start].split()[-1:]), 1)
                    == head):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


_STANDING = frozenset(nkey(w) for w in ("شيخ", "دكتور"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(nkey(w).removeprefix("ال") for w in fw("titles"))


def has_office(doc: Doc, eid: str | None) -> bool:
    """The entity ``eid`` has an office among its roles («رئيس مجلس النواب»), not only a standing («الشيخ»,
    «الدكتور»): another title is someone else's."""
    ent = doc.entity(eid)
    titles = _titles()
    return ent is not None and any((w := _title_words(r, 1)) and w[0] in titles and w[0] not in _STANDING
                                   for r in ent.roles)


def _title_words(text: str, n: int = 2) -> list[str]:
    """The first ``n`` words of ``text`` (all with 0) without «و» and the article, to compare titles by."""
    words = plain_keys(text)
    return words[:n] if n else words


def named_holder(doc: Doc, eid: str | None) -> str | None:
    """``eid``, unless it is an official the article names by his title only (`rasd.entities.titleholders`: his name
    is his role, «وزير مالية سريلانكا»): a title of another office («وقال الأمين العام») is not carried to him."""
    ent = doc.entity(eid)
    return None if ent is not None and ent.name in ent.roles else eid

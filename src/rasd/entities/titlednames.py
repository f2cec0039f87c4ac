"""Round ents94: a title word that is a word of a listed person's name, right before his surname («وهنأ قايد السبسي»:
«قائد» is no commander there, it is the middle of «الباجي قائد السبسي»), is part of the name, not his role (called by
:mod:`.stage`, after the tagger).

A PERSON mention the title run read with a role of one word right before it, whose text is the surname of listed
persons one (and only one) of whose full names ends in that word and the surname, spans the word too and keeps no role, sector
or title from it (so the resolver links it to the listed man, with his own code: TUNGOV, not a commander's MIL).
Not a role of two words or more («قائد الجيش السبسي»), nor a definite one («ولد الشيخ أحمد»: «الشيخ» there is
read whole with «ولد» by the descent rules), nor one after a particle of descent, nor a surname no listed name holds with that word before it
(«القائد حفتر», «العقيد القذافي»: real titles)."""

from __future__ import annotations


from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Gazetteer
from .units import DESCENT, JOINERS, NASAB

_TITLE_ATTRS = ("role", "sector", "role_country", "title_kind", "head")


def title_word_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«قايد السبسي» (role «قايد») → one name «قايد السبسي», of the listed «الباجي قائد السبسي» (in place)."""
    for m in mentions:
        role = m.attrs.get("role")
        if m.type != "PERSON" or m.source != "title" or not isinstance(role, str) or " " in role.strip() \
                or " " in m.text.strip():
            continue
        start = m.start - len(role) - 1
        if start < 0 or doc.text[start : m.start] != role + " " or role.startswith("ال"):
            continue  # (a definite title is a title: «ولد الشيخ أحمد» is read whole by the descent rules)
        before = doc.text[max(0, start - 12) : start].split()
        if before and norm_key(before[-1]) in DESCENT | NASAB | JOINERS:
            continue  # «ولد قايد ...»: a particle of descent, read with what follows it by the name rules
        tail = " " + norm_key(role) + " " + norm_key(m.text)
        people = [p for p in gaz.surnames.get(norm_key(m.text), ()) if (" " + norm_key(p.name)).endswith(tail)]
        if len(people) != 1:
            continue
        span = doc.text[start : m.end]
        attrs = {k: v for k, v in m.attrs.items() if k not in _TITLE_ATTRS}
        attrs.update(gid=people[0].id, kind="person")  # (the listed man, as a gazetteer's mention of him is keyed)
        m.start, m.text, m.key, m.attrs = start, span, norm_key(span), attrs

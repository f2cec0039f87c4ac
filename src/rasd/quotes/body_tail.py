"""The «لـ» complement that is part of a body's name, for the ``quotes`` stage (round 224): an unnamed speaker's
phrase that stops before it runs on to its end, «مراسل الهيئة السورية | للإعلام», «مسؤول في الهيئة العامة |
للاستثمار»: where the entity layer names a body whose mention the phrase stops inside, to that mention's end; else
over a word in «للـ» of a field a body's name closes with (body_name_complements, admin_domain_nouns) right after a
phrase with a body's head in it. Not «للصحيفة» or «لـ» with a person: whom one spoke to.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .edges import body_head


def _body_word(key: str) -> bool:
    """``key`` (normalised, «و» off) heads a body's name: «الهيئة», «المركز», «وكالة», «الوزارة»."""
    core = key.removeprefix("ال")
    return (body_head(key) or core in fw("described_body_heads") or key in fw("institutions")
            or key in fw("definite_body_heads"))


def _field(doc: Doc, u: int) -> bool:
    """Token ``u`` is a field in «للـ» a body's name closes with («للإعلام», «للأنباء», «للاستثمار»)."""
    key = doc.tokens[u].norm_key
    field = "ال" + key[2:] if key.startswith("لل") else ""
    return bool(field) and (field in fw("body_name_complements") or field in fw("admin_domain_nouns"))


def body_name_span(doc: Doc, given: Span) -> Span | None:
    """The phrase ``given`` run on to the end of the body's name it stops inside of: the organisation's mention it
    ends in, where that mention goes on with a field in «للـ»; or that field right after it where the phrase holds a
    body's head; None where it stops at no such name."""
    for e in doc.entities:
        if e.type != "ORGANIZATION":
            continue
        for m in e.mentions:
            if given.start <= m.start < given.end < m.end:
                u = doc.token_from(given.end)
                return Span(given.start, m.end) if u is not None and _field(doc, u) else None
    u = doc.token_from(given.end)
    lo = doc.token_from(given.start)
    if u is None or lo is None or u >= len(doc.tokens) or not _field(doc, u):
        return None
    if not any(_body_word(doc.tokens[k].norm_key.removeprefix("و")) for k in range(lo, u)):
        return None
    return Span(given.start, doc.tokens[u].end)

"""The body behind an «according to» source (round 185).

- ``issued_data``: «وفقا للأرقام/للبيانات/للإحصاءات الصادرة عن X» (issued_data_nouns, then «الصادرة/الصادر» and
  «عن») is X's word: the entity named right after «عن»; None where none is named there.
- ``body_sources``: «بحسب مصادر صحيفة X», «وفقا لمصادر أمنية في وزارة X», «بحسب مصادر مقربة من X», «وحسب مصادر
  «X»» (a quoted name, round q374): unnamed sources (body_source_nouns) of the body or person named right after
  them, past up to BODY_ADJECTIVES adjectives and one preposition «في/داخل/من/لدى»: (the sources' phrase, the
  entity) — they speak, X is their affiliation, not the speaker; None where no such name follows (a verb, a comma
  or another word comes first)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, fw_keys, nkey

BODY_ADJECTIVES = 2  # adjectives between «مصادر» and the body it belongs to («مصادر أمنية مطلعة في»)
_ISSUED = fw_keys("issued_adjectives")
_BODY_PREPS = frozenset(nkey(w) for w in ("في", "داخل", "من", "لدى", "ب"))
_ADJ_ENDINGS = ("يه", "ي", "ين", "ون", "ه")
_TYPES = ("ORGANIZATION", "GPE", "PERSON")


def _key(text: str) -> str:
    return nkey(text).removeprefix("و").removeprefix("ل").removeprefix("ل").removeprefix("ال")


def _mention_from(doc: Doc, u: int) -> str | None:
    """The entity one of whose mentions starts with token ``u`` (or right after its «ال/لـ» proclitic)."""
    tok = doc.tokens[u]
    for ent in doc.entities:
        if ent.type in _TYPES and any(tok.start <= m.start <= tok.start + 2 and m.start < tok.end
                                      for m in ent.mentions):
            return ent.id
    return None


def _source_token(doc: Doc, t: int) -> int | None:
    u = t + 1
    while u < len(doc.tokens) and doc.tokens[u].norm_key == "ل":
        u += 1  # «وفقا لـ مصادر»
    return u if u < len(doc.tokens) else None


def issued_data(doc: Doc, t: int) -> str | None:
    """The issuer of the figures the «according to» cue at token ``t`` names (module docstring)."""
    u = _source_token(doc, t)
    if u is None or u + 3 >= len(doc.tokens):
        return None
    nouns = {_key(w) for w in fw("issued_data_nouns")}
    if _key(doc.tokens[u].text) not in nouns or doc.tokens[u + 1].norm_key not in _ISSUED:
        return None
    if doc.tokens[u + 2].norm_key != "عن":
        return None
    return _mention_from(doc, u + 3)


def body_sources(doc: Doc, t: int) -> tuple[Span, str] | None:
    """(the unnamed sources' phrase, the body they belong to) of the «according to» cue at token ``t`` (module
    docstring)."""
    u = _source_token(doc, t)
    if u is None or _key(doc.tokens[u].text) not in {_key(w) for w in fw("body_source_nouns")}:
        return None
    tok = doc.tokens[u]
    start = tok.start + max(tok.text.find("مصد"), 0)  # «لمصادر»: past the «لـ»
    last = u
    v = u + 1
    while v < len(doc.tokens) and v <= u + BODY_ADJECTIVES + 2:
        if doc.tokens[v].text == "«" and v + 1 < len(doc.tokens):
            v += 1  # «وحسب مصادر «الشرق الأوسط»»: the body's name in quote marks (round q374)
            continue
        ent = _mention_from(doc, v)
        if ent is not None and v > u:
            return Span(start, doc.tokens[last].end), ent
        key = doc.tokens[v].norm_key
        if key in _BODY_PREPS and v + 1 < len(doc.tokens):
            ent = _mention_from(doc, v + 1)
            return (Span(start, doc.tokens[last].end), ent) if ent is not None else None
        if (v - u > BODY_ADJECTIVES or not doc.tokens[v].text[:1].isalpha() or key in fw("prepositions")
                or not key.endswith(_ADJ_ENDINGS)):
            return None
        last = v
        v += 1
    return None

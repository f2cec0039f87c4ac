"""The actor a verb of force with no subject of its own carries from the clause told right before it.

«وحلقت طائرات التحالف الدولي فوق المدينة. وقصفت مواقع التنظيم»: the second verb drops its subject, which is the
named subject of the verb that opens the clause before (VSO), where the two verbs agree in gender. The stage's carry
takes actors only from quotes and from earlier verb events; a verb that is no trigger («حلقت») names none there.
"""

from __future__ import annotations

from ..doc import Doc
from .actors import can_act, first_conjunct, resolve_title
from .chunks import build_chunks, finite_verb, named_genitive
from .forms import PLACES, bare, fw, nkey
from .lexicon import Hit

FORCE_CODES = ("17", "18", "19")  # coerce, assault, fight: the verbs of force that carry a subject this way


def _gender(key: str) -> str:
    """A verb's agreement: feminine for a perfect in «ـت» or an imperfect in «تـ» («قصفت», «تفرض»), else masculine
    (a plural «ـوا/ـون» is read as masculine: «تقدم مقاتلو المعارضة ... واقتحموا»)."""
    if key.endswith(("وا", "ون")):
        return "m"
    return "f" if key.endswith("ت") or key.startswith("ت") else "m"


def _opens(doc: Doc, p: int, a: int) -> bool:
    """Token ``p`` opens a clause: the first of its sentence (from token ``a``), or right after a comma or «ثم»
    (function words ``sequence_openers``)."""
    if p == a:
        return True
    prev = doc.tokens[p - 1].text
    return prev in ("،", ",") or bare(nkey(prev), "sequence_openers") in fw("sequence_openers")


def _verb_start(doc: Doc, i: int, a: int) -> int:
    """The first token of the clause a verb at token ``i`` opens, past an auxiliary or «ثم» before it («ثم قد»)."""
    p = i
    while p > a and (bare(nkey(doc.tokens[p - 1].text), "auxiliaries") in fw("auxiliaries")
                     or bare(nkey(doc.tokens[p - 1].text), "sequence_openers") in fw("sequence_openers")):
        p -= 1
    return p


def prior_subject(doc: Doc, mentions: dict[int, tuple[str, str, int, int]], hit: Hit, a: int,
                  lo: int) -> tuple[int, str, list[int]] | None:
    """For a verb of force at ``hit`` that opens its clause (in the sentence from token ``a``): the named subject
    of the verb that opens the clause before it, in the same sentence or the one from token ``lo`` («وحلقت طائرات
    التحالف ... . وقصفت»), as (the offset of that verb, the entity, the phrase's span). The verb must have a feminine
    past shape or agree with the verb of force, its subject follow it (VSO) not governed by a preposition, and the
    subject be a person or a body that can act; None where the clause before is another kind (a statement: its
    speaker is carried as a quote's, «وقال المرصد»)."""
    start = _verb_start(doc, hit.i, a)
    if hit.pos != "V" or not hit.entry.code.startswith(FORCE_CODES) or not _opens(doc, start, a):
        return None
    chunks = build_chunks(doc, lo, hit.i, mentions, set(), verbs=True)
    for p in range(start - 1, lo - 1, -1):
        if not _opens(doc, p, lo if p < a else a) or doc.tokens[p].text in ("،", ","):
            continue
        tok = doc.tokens[p]
        if any(c.i <= p <= c.j for c in chunks) or not finite_verb(tok):
            return None  # the clause before opens with no verb of the shape that tells it («وقال المرصد»)
        if any(q.cue.start == tok.start for q in doc.quotes):
            return None
        if _gender(nkey(tok.text)) != _gender(hit.cand.key):
            return None
        c = next((c for c in chunks if c.i == p + 1), None)
        if c is None or c.prep is not None or c.number:
            return None
        c = first_conjunct(chunks, resolve_title(chunks, c, doc) if c.title else c)
        whole = named_genitive(doc, chunks, c)  # «طائرات التحالف»: the body whose craft or men they are
        name = c if c.entity is not None else next((d for d in chunks if d.i == c.j + 1 and d.j <= whole.j), None)
        if name is None or name.entity is None or name.etype in PLACES or not can_act(doc, c):
            return None
        return tok.start, name.entity, [whole.start, whole.end]
    return None

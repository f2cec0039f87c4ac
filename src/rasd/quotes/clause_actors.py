"""Who a cue's dropped or fronted subject is where the clause around it names the one acting, for the ``quotes``
stage (round 55): the person a relative clause makes the last one acting in the sentence before («برئاسة فلان،
الذي افتتح الجلسة ... . وأعلن»: he, not the council), the unnamed group a plural relative clause hangs on before a
plural participle («المرشحين الذين انتقدوا ...، معتبرين»: the candidates, not a person named before them), the
unnamed subject of a clause «أن/إن» opens («إن التحقيقات كشفت أن»: the inquiries), and an unnamed plural subject
a time clause parts from its plural verb («كثيرون بعد أن ... يقولون»)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import PLACES, fw, fw_keys, nkey
from ..text.marks import CUE_ENDS
from .cues import is_complementizer
from .phrases import phrase_span
from .relatives import antecedent_phrase

_RELATIVE_OF = {"m": nkey("الذي"), "f": nkey("التي")}


def bodily(doc: Doc, eid: str) -> bool:
    """The entity ``eid`` is a body, no person: it holds no person's title, and does not act in its chair's place."""
    ent = doc.entity(eid)
    return ent is not None and ent.type != "PERSON" and ent.type not in PLACES  # (no starred tuple: mypyc)


def relative_actor(doc: Doc, a: int, b: int, gender: str) -> str | None:
    """The person named in tokens ``a``..``b`` (a sentence before the cue) right before «، الذي/التي» of ``gender``
    and a verb («الرئيس فلان، الذي افتتح الجلسة بـ...»), where no other person is named after him in the sentence:
    the one its last clause makes act; None where none is."""
    rel = _RELATIVE_OF.get(gender)
    people = sorted((m.start, m.end, e.id) for e in doc.entities if e.type == "PERSON" for m in e.mentions
                    if doc.tokens[a].start <= m.start and m.end <= doc.tokens[b - 1].end)
    if rel is None or not people:
        return None
    start, end, eid = people[-1]
    u = next((k for k in range(a, b) if doc.tokens[k].start >= end), None)
    if u is None or u + 2 >= b or doc.tokens[u].text not in ("،", ","):
        return None
    if doc.tokens[u + 1].norm_key != rel or not doc.tokens[u + 2].text[:1].isalpha():
        return None
    verb = doc.tokens[u + 2].norm_key
    if verb in fw("auxiliaries") or verb.startswith("ال") or is_complementizer(doc, u + 2):
        return None  # «الذي كان ...», «الذي الـ...»: no act of his own read here
    return eid


def relative_group(doc: Doc, t: int, sent: Span, chunks: list[Chunk], speaker: str) -> Span | None:
    """For a plural participle at token ``t`` given ``speaker`` from its clause: the unnamed plural phrase a plural
    relative («الذين») after the speaker's last mention in the sentence hangs on («مع المرشحين الجمهوريين الذين
    انتقدوا ...، معتبرين»): those people, not the one named before them; None otherwise."""
    ent = doc.entity(speaker)
    if ent is None:
        return None
    named = max((m.end for m in ent.mentions if sent.start <= m.start < doc.tokens[t].start), default=-1)
    if named < 0:
        return None
    rel = next((u for u in range(t - 1, -1, -1) if doc.tokens[u].start < named
                or doc.tokens[u].norm_key.removeprefix("و") in fw_keys("plural_only_relatives")), None)
    if rel is None or doc.tokens[rel].start < named:
        return None
    return antecedent_phrase(doc, rel + 1, chunks)


def opened_unnamed(doc: Doc, chunks: list[Chunk], v: int) -> Span | None:
    """The unnamed definite phrase ending at token ``v`` right before a verb cue, itself right after «أن/إن» (the
    subject of the clause it opens: «وأضافت أن التحقيقات كشفت أن»): its phrase; None otherwise."""
    c = next((c for c in chunks if c.j == v and c.prep is None and c.entity is None and c.definite), None)
    if c is None or c.i < 1 or not is_complementizer(doc, c.i - 1):
        return None
    return phrase_span(doc, c)


PAST_CLAUSE_REACH = 16  # tokens from a fronted plural subject to its verb across a time clause


def fronted_past_clause(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> Span | None:
    """A plural verb cue at token ``t`` whose sentence opens with an unnamed plural phrase («كثيرون», «مسؤولون
    كبار») that a time clause («بعد أن», «بعدما», «عندما»: temporal_conjunctions) parts from the verb, with no stop
    or comma between («كثيرون بعد أن تتردد أمامهم القصة يقولون إن»): that phrase; None otherwise."""
    first = next((c for c in chunks if doc.tokens[c.i].start >= sent.start), None)
    if first is None or doc.tokens[first.i].start != sent.start or first.entity is not None or first.prep is not None:
        return None
    if first.number or t - first.j > PAST_CLAUSE_REACH or first.j + 2 >= t:
        return None
    keys = [doc.tokens[u].norm_key for u in range(first.i, first.j + 1)]
    if not any(k.endswith(("ون", "ين")) for k in keys):
        return None
    nxt = doc.tokens[first.j + 1].norm_key
    if not (nxt in fw("temporal_conjunctions") or (nxt == "بعد" and is_complementizer(doc, first.j + 2))):
        return None
    if any(doc.tokens[u].text in CUE_ENDS or doc.tokens[u].text in ("،", ",") for u in range(first.j + 1, t)):
        return None
    return phrase_span(doc, first)

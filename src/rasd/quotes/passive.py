"""The passive reading of a verb of announcing with no subject, for the ``quotes`` stage: «أُعلن في تل أبيب، أمس، أن
...» (it was announced in a place: no one named, and no speaker carried over from before), and the agent a passive
names («أُعلن على لسان المتحدث فلان أن», «أعلن من قبل الوزارة أن»); and the passive reading of a verb of considering
(«يُعتبر الحد الأدنى»: no one speaks)."""

from __future__ import annotations

from ..doc import Doc
from ..events.actors import can_act, resolve_title
from ..events.chunks import Chunk
from ..events.forms import PLACES, fw, nkey
from .phrases import adverb, is_time, subject_slot

def _agent_opens(doc: Doc, u: int) -> bool:
    """«على لسان», «من قبل» (by whom) begins at token ``u``."""
    if u + 2 >= len(doc.tokens):
        return False
    pair = (doc.tokens[u].norm_key, doc.tokens[u + 1].norm_key)
    return pair == (nkey("على"), "لسان") or pair == ("من", "قبل")


def _agent(doc: Doc, u: int, limit: int) -> str | None:
    """The one «على لسان / من قبل» at ``u`` names before ``limit``: a person named there (past his title: «على لسان
    المتحدث باسم الحكومة فلان»), else the first body named."""
    lo, hi = doc.tokens[u + 2].start, doc.tokens[limit - 1].end
    named = [(m.start, e.type, e.id) for e in doc.entities for m in e.mentions if lo <= m.start < hi]
    named = [n for n in sorted(named) if n[1] not in PLACES]
    person = next((n for n in named if n[1] == "PERSON"), None)
    return (person or named[0])[2] if person or named else None


def passive_agent(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> tuple[bool, str | None]:
    """(True, agent or None) where the verb cue at ``t`` with no subject after it reads as a passive of announcing
    (passive_announcing: «أعلن», no auxiliary or enclitic) before the «أن» at ``limit``: right after it a place
    («في تل أبيب»; not after «و») or «على لسان / من قبل X» (the agent, X), and between them and «أن» only times,
    adverbs and commas. (False, None) otherwise: «وأعلن في مؤتمر صحافي أنه», «كان قد أعلن في ... أن» keep their subject."""
    tok = doc.tokens[t]
    key = tok.norm_key
    if key.removeprefix("و") not in fw("passive_announcing") or any(w.kind == "enclitic" for w in tok.words):
        return False, None
    if key not in fw("passive_announcing"):  # «وأعلن»: passive only with its agent named («وأعلن من قبل X أن»)
        return (True, _agent(doc, t + 1, limit)) if t + 1 < limit and _agent_opens(doc, t + 1) else (False, None)
    if t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw("verb_particles") | {"كان", "كانت"}:
        return False, None
    passive, u = False, t + 1
    while u < limit:
        if doc.tokens[u].text in ("،", ","):
            u += 1
            continue
        if _agent_opens(doc, u):
            return True, _agent(doc, u, limit)  # «أُعلن على لسان فلان أن»: he announced it
        c = next((c for c in chunks if c.i == u or (c.prep is not None and c.i == u + 1)), None)
        if c is None:
            if not any(x.start <= doc.tokens[u].start < x.end for x in doc.times):
                return False, None
            u += 1  # «أمس»: a time the chunks leave out
            continue
        if c.prep == "في" and c.entity is not None and c.etype in PLACES and u == t + 1:
            passive = True  # «أعلن في تل أبيب»: where, not who
        elif not (is_time(doc, c) or adverb(doc, c)):
            return False, None
        u = c.j + 1
    return passive, None


def read_passive(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> bool:
    """«يُعتبر الحد الأدنى», «تعتبر سلبية»: a verb of considering read as a passive (or with two objects and no
    subject) where no «أن» follows it and the phrase after it names no one."""
    if doc.tokens[t].norm_key.removeprefix("و") not in fw("passive_readable_cues") or limit == t + 1:
        return False
    first = subject_slot(doc, t, chunks, limit)
    if first is None:
        return True
    named = resolve_title(chunks, first, doc)
    return named.entity is None or (named.etype in PLACES and not can_act(doc, named))

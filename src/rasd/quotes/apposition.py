"""Appositions between a subject and its verb, for the quotes stage: a name set off by commas before a reporting
verb («X، مدير المستشفى، أكد», «X، الذي يشغل ...، أكد»), and where a name opens its clause (the sentence, a comma,
«أن», «لكن», a title it names).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.chunks import Chunk
from ..events.forms import bare, fw, nkey
from .cues import is_complementizer
from .content import clause_end
from .phrases import governed, title_head


APPOSITION_REACH = 16  # tokens from the comma before a cue back over the appositions to the name they describe
OPEN_APPOSITION = 8  # tokens of an apposition with no comma to close it before the cue


def apposed_subject(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> str | None:
    """SVO with an apposition set off by commas between the subject and the verb at ``t`` («X، مدير المستشفى، أكد»,
    «ويذكر أن النائب عن الحزب، X، المنتمي لحزب ...، أشار»): the person or body named right before the comma that opens
    one or two appositions ending in the comma right before the verb, where it opens its clause (the sentence, «أن»,
    «لكن», a comma, «و», or a title it names); also with no comma to close a short apposition where the name is
    itself set off after a title («النائب الألماني، X، المنتمي لحزب اليسار أشار»). None where a quote mark, «أن» or a
    stop stands between, or the phrase before such a comma names no one."""
    if t < 3:
        return None
    closed = doc.tokens[t - 1].text in ("،", ",")
    commas = 0
    for u in range(t - 2 if closed else t - 1, max(-1, t - 2 - APPOSITION_REACH), -1):
        tok = doc.tokens[u]
        if tok.start < sent.start or clause_end(doc, u):
            return None
        if tok.text not in ("،", ","):
            continue
        if not closed and t - u > OPEN_APPOSITION + 1:
            return None
        commas += 1
        c = next((c for c in chunks if c.j == u - 1), None)
        if c is not None and c.entity is not None:
            if c.etype not in ("PERSON", "ORGANIZATION") or governed(doc, c) or not _opens_clause(doc, chunks, c, sent):
                return None
            if not closed and not (c.etype == "PERSON" and _after_title(doc, chunks, c)):
                return None
            return c.entity
        if commas >= 2 or not closed:
            return _relative_apposed(doc, chunks, t, sent) if closed else None
    return _relative_apposed(doc, chunks, t, sent) if closed else None


RELATIVE_APPOSITION_REACH = 48  # tokens from the comma before a cue back to «، الذي» after the subject


def _relative_apposed(doc: Doc, chunks: list[Chunk], t: int, sent: Span) -> str | None:
    """SVO with a long relative clause set off by commas between the subject and the verb at ``t`` («X، الذي يشغل
    ... منذ ...، أكد»), past APPOSITION_REACH: the person or body named right before the nearest «، الذي/التي»
    within RELATIVE_APPOSITION_REACH tokens, where it opens its clause; None where a stop, a quote mark or «أن»
    comes first, or the relative follows no such name."""
    for u in range(t - 2, max(0, t - 2 - RELATIVE_APPOSITION_REACH), -1):
        tok = doc.tokens[u]
        if tok.start < sent.start or clause_end(doc, u):
            return None
        if doc.tokens[u - 1].text not in ("،", ",") or bare(tok.norm_key, "relatives") not in fw("relatives"):
            continue
        c = next((c for c in chunks if c.j == u - 2), None)
        if (c is None or c.entity is None or c.etype not in ("PERSON", "ORGANIZATION") or governed(doc, c)
                or not _opens_clause(doc, chunks, c, sent)):
            return None
        return c.entity
    return None


def _after_title(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """The name ``c`` is set off by a comma after a title phrase («نائب البرلمان الألماني، X»)."""
    if c.i < 2 or doc.tokens[c.i - 1].text not in ("،", ","):
        return False
    d = next((d for d in chunks if d.j == c.i - 2), None)
    return d is not None and d.entity is None and not governed(doc, d) and (
        title_head(doc, d) or any(title_head(doc, e) for e in chunks if e.i < d.i and e.j >= d.i - 2))


_CLAUSE_OPENERS = frozenset(nkey(w) for w in ("لكن", "ولكن", "أما", "وأما", "و"))


def boundary(doc: Doc, k: int) -> bool:
    """Token ``k`` ends what comes before a clause's subject: a comma, «أن», «لكن», «أما», a lone «و», «فيما»."""
    key = doc.tokens[k].norm_key
    return (doc.tokens[k].text in ("،", ",") or is_complementizer(doc, k) or key in _CLAUSE_OPENERS
            or key.removeprefix("و") in fw("contrast_openers"))


def _opens_clause(doc: Doc, chunks: list[Chunk], c: Chunk, sent: Span) -> bool:
    """The name ``c`` stands where a clause's subject does: first in the sentence, after «أن», «لكن», «أما», a lone
    «و», a contrast opener («فيما»), a comma (an apposition to what comes before), or a title phrase it names."""
    k = c.i - 1
    if k < 0 or doc.tokens[k].end <= sent.start:
        return True
    if boundary(doc, k):
        return True
    d = next((d for d in chunks if d.j == k), None)
    return d is not None and d.entity is None and title_head(doc, d) and not governed(doc, d)

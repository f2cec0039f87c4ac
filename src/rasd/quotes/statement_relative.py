"""Round 52: a verb cue with no «و/ف» right after an indefinite statement noun, past a time the times layer read
(«وأصدرت مجموعة استثمارية تقريرا هذا الأسبوع قال إن», «ونشرت الجماعة بيانا يقول إن»), is a relative clause on
that noun: the statement says it, its issuer speaks (the one named right after the verb that issued it, else no one
named), not a person quoted before."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .cues import is_complementizer
from .issuers import ISSUER_REACH

TIME_REACH = 3  # tokens of a time («هذا الأسبوع», «أمس») between the statement noun and the cue


def _in_time(doc: Doc, u: int) -> bool:
    tok = doc.tokens[u]
    return any(x.start < tok.end and tok.start < x.end for x in doc.times)


def statement_relative(doc: Doc, t: int) -> tuple[str | None, Span] | None:
    """(the issuer named, else None; the issuer's phrase, else the statement noun's) where the verb cue at ``t``,
    with «أن/إن» right after it and no «و/ف» on it, stands right after an indefinite statement noun (statement_nouns,
    past up to TIME_REACH tokens of a time); None otherwise."""
    if t < 2 or t + 1 >= len(doc.tokens) or not is_complementizer(doc, t + 1):
        return None
    if any(w.kind == "proclitic" for w in doc.tokens[t].words):
        return None
    n = t - 1
    while n > 0 and t - 1 - n < TIME_REACH and _in_time(doc, n):
        n -= 1
    noun = doc.tokens[n].norm_key
    if noun not in fw("statement_nouns") or _in_time(doc, n) or doc.tokens[n - 1].norm_key.removeprefix("و") in fw("prepositions"):
        return None  # («وفي تقرير أمس قال إن»: he said it in a report)
    k = next((u for u in range(n - 1, max(-1, n - 1 - ISSUER_REACH), -1)
              if doc.tokens[u].norm_key.removeprefix("و") in fw("issuing_verbs")), None)
    if k is None or k + 1 >= n or any(doc.tokens[u].text in ("،", ",", ".") for u in range(k + 1, n)):
        return None, Span(doc.tokens[n].start, doc.tokens[n].end)
    at = doc.tokens[k + 1].start
    eid = next((e.id for e in doc.entities for m in e.mentions if m.start == at and m.end <= doc.tokens[n - 1].end), None)
    return eid, Span(at, doc.tokens[n - 1].end)

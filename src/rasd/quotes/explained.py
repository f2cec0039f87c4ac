"""A statement that opens its sentence and then speaks after «إذ/حيث», for the ``quotes`` stage: «وهدف بيان لشركة
X نشر على موقعها، إلى تهدئة المخاوف، إذ قال: «...»»: the verb after «، إذ» has no subject of its own; the statement of
the main clause says it, for the body that issued it (named in the statement's phrase), not a person quoted before.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from .issuers import named_in

OPENING_REACH = 3  # tokens from the sentence's start to the statement noun (a verb, or «كان», before it)


def explained_statement(doc: Doc, t: int, sent: Span) -> str | None:
    """The body that issued the statement noun (statement_nouns) near the start of ``sent`` whose clause the verb cue
    at ``t`` goes on after «، إذ/حيث» (explaining_openers), where the statement's phrase up to its first comma names
    it; None otherwise."""
    if t < 2 or doc.tokens[t].norm_key[:1] in ("و", "ف"):
        return None
    if doc.tokens[t - 1].norm_key not in fw("explaining_openers") or doc.tokens[t - 2].text not in ("،", ","):
        return None
    lo = doc.token_from(sent.start) or 0
    for k in range(lo, min(t - 2, lo + OPENING_REACH)):
        if doc.tokens[k].norm_key.removeprefix("و").removeprefix("ال") not in fw("statement_nouns"):
            continue
        end = k
        while end + 1 < t - 2 and doc.tokens[end + 1].text not in ("،", ",", ":"):
            end += 1
        return named_in(doc, doc.tokens[k].end, doc.tokens[end].end)
    return None

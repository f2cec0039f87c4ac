"""A counted group set off after «كان» as a plural verb cue's subject, for the ``quotes`` stage (round qu945):
«وكان ثلاثة من أبرز قيادات الحركة وأعضاء في مجلس الشورى، تحدثوا إلى وسائل إعلام محلية بأن ...». The verb (plural,
no «و/ف» on it: the clause goes on) follows a comma; before it, within COUNTED_REACH tokens and with no other comma,
full stop or colon between, stands «(و)كان/كانت» + a numeral (numerals) + «من»; the body named within BODY_REACH
tokens after «من» («من أبرز قيادات طالبان») is whom the group belongs to. The group speaks: its phrase, from the
numeral to the end of that body's name, with the body as its affiliation (as «بحسب مصادر في وزارة X»:
``according_body``). None where no such group and body stand there.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import bare, fw, nkey
from ..events.stops import clause_stop
from .cues import QUOTE_MARK, Cue

COUNTED_REACH = 25  # tokens from «كان» to the comma before the verb
BODY_REACH = 4  # tokens from «من» to the body's name («من أبرز قيادات طالبان»)


def counted_subject(doc: Doc, t: int, cue: Cue) -> tuple[Span, str] | None:
    """(the counted group's phrase, its body's entity) that the plural verb cue at ``t`` has as its subject (module
    note); None otherwise."""
    toks = doc.tokens
    if cue.kind != "verb" or not cue.plural or toks[t].norm_key[:1] in ("و", "ف"):
        return None
    v = t - 1
    if v >= 0 and toks[v].norm_key in fw("verb_particles"):
        v -= 1  # «، قد أكدوا»
    if v < 3 or toks[v].text not in ("،", ","):
        return None
    numerals = {nkey(w) for w in fw("numerals")}
    for k in range(v - 1, max(-1, v - 1 - COUNTED_REACH), -1):
        if clause_stop(toks[k].text):
            return None
        if bare(toks[k].norm_key, "auxiliaries") not in ("كان", "كانت"):
            continue
        if k + 3 >= v or toks[k + 1].norm_key not in numerals or toks[k + 2].norm_key != "من":
            return None
        return _with_body(doc, k + 1, k + 3, v)
    return None


def _with_body(doc: Doc, first: int, after: int, comma: int) -> tuple[Span, str] | None:
    """The phrase from token ``first`` to the end of the first organisation named from token ``after`` on (within
    BODY_REACH tokens, before token ``comma``), with that organisation; None where none is named there."""
    lo, hi = doc.tokens[after].start, doc.tokens[min(after + BODY_REACH, comma) - 1].end
    found = [(m.start, m.end, e.id) for e in doc.entities if e.type == "ORGANIZATION" for m in e.mentions
             if lo <= m.start < hi]
    if not found:
        return None
    start, end, eid = min(found)
    if any(QUOTE_MARK.fullmatch(doc.tokens[u].text) for u in range(after, comma) if doc.tokens[u].end <= start):
        return None  # (a quotation before the body: no plain phrase)
    return Span(doc.tokens[first].start, end), eid

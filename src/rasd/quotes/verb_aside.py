"""Round 218: «according to» right after the verb that opens its sentence, before the verb's subject («ويعد بحسب
الخبراء عسكريا، نشوب الخلاف ... نجاحا عسكريا»): the source is an aside set off by the comma after it, and what it
reports is the proposition after the aside, the verb's subject and what is said of it, not the lone verb before
it. Only one or two words stand before the cue, with no punctuation and no «أن/إن» among them; the comma
comes within VERB_ASIDE_AHEAD tokens with no stop or quote mark before it, and a word follows it."""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.marks import CUE_ENDS
from .cues import QUOTE_MARK, is_complementizer, trim

VERB_ASIDE_AHEAD = 8  # tokens from «according to» to the comma that closes its source
OPENING_WORDS = 2  # words at most before the cue in its sentence


def verb_aside(doc: Doc, t: int, start: int, end: int) -> Span | None:
    """What an «according to» cue at ``t`` reports from inside the clause that opens at character ``start`` (module
    docstring): from past the aside's comma to token ``end`` (exclusive); None where the rule does not hold."""
    toks = doc.tokens
    a = doc.token_from(start)
    if a is None or not 1 <= t - a <= OPENING_WORDS:
        return None
    for u in range(a, t):
        if not toks[u].text[:1].isalnum() or is_complementizer(doc, u):
            return None
    for u in range(t + 2, min(end - 1, t + VERB_ASIDE_AHEAD)):
        tok = toks[u]
        if tok.text in CUE_ENDS or QUOTE_MARK.fullmatch(tok.text):
            return None
        if tok.text in ("،", ","):
            nxt = toks[u + 1]
            if not nxt.text[:1].isalnum() or is_complementizer(doc, u + 1):
                return None
            return trim(doc.text, nxt.start, toks[end - 1].end)
    return None

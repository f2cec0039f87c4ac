"""Content a verb cue reaches that the usual search (a «أن/إن» or a colon within COMPLEMENT_WINDOW tokens) misses,
for the ``quotes`` stage: a colon and its quotation past a long description of the speaker («يقول متحدث باسم شركة
X، التي ...، لـ«الصحيفة»: «...»»), and the main clause after «وفقا/طبقا لما يراه X» with no «أن» («وطبقا لما يراه
خبراء سيبقى الوضع ...»: what they see)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span, Token
from ..events.chunks import mention_index
from ..events.word_tests import verb_like
from ..events.forms import fw, fw_keys, nkey
from ..text.marks import CUE_ENDS
from .cues import Cue, is_complementizer, match_cue, trim

FAR_COLON = 60  # tokens from the cue to the colon of a quotation past a long description of the speaker
SEEN_MIN = 3  # tokens the main clause after «لما يراه X» has at least


def far_colon(doc: Doc, start: int, end: int, direct: Sequence[Span], t: int) -> tuple[Span, int] | None:
    """(the quotation, the colon's token) of a colon between tokens ``start`` and ``end`` (the cue at ``t``'s
    sentence end or next cue, at most FAR_COLON tokens past it) right before a quotation: no «أن/إن», stop or
    other cue between (a quote mark around a name is passed over); None otherwise."""
    for u in range(start, min(end - 1, t + FAR_COLON)):
        tok = doc.tokens[u]
        if tok.text == ":":
            nxt = doc.tokens[u + 1]
            op = [d for d in direct if d.start - 1 == nxt.start]
            return (op[0], u) if op else None
        if tok.text in CUE_ENDS or is_complementizer(doc, u) or match_cue(doc, u) is not None:
            return None
    return None


_SEEING = fw_keys("seeing_forms")
_AS = frozenset(nkey(w) for w in ("لما", "ما"))


def seen_clause(doc: Doc, t: int, cue: Cue, end: int) -> tuple[Span, int] | None:
    """(the main clause, the subject's last token) of «وفقا/طبقا لما يراه X» at the verb cue ``t``
    (seeing_according): X, the words right after the verb up to a comma or a verb (SEEN_SUBJECT tokens at most),
    then the clause that follows when no «أن/إن» opens it, to the next comma or ``end``; None otherwise («وفق ما
    يراه مناسبا»: a predicate, no one who sees)."""
    if cue.kind != "verb" or t < 2 or doc.tokens[t].norm_key not in _SEEING or doc.tokens[t - 1].norm_key not in _AS:
        return None
    if doc.tokens[t - 2].norm_key.removeprefix("و") not in fw("seeing_according"):
        return None
    head = doc.tokens[t + 1].norm_key if t + 1 < end else ""
    if not head.isalpha() or (head.endswith("ا") and t + 1 not in mention_index(doc)):
        return None
    u = t + 2
    while u < min(end, t + 1 + SEEN_SUBJECT) and doc.tokens[u].text not in ("،", ",") and not _verb(doc.tokens[u]):
        if doc.tokens[u].text in CUE_ENDS or is_complementizer(doc, u):
            return None
        u += 1
    last = u - 1
    if u < end and doc.tokens[u].text in ("،", ","):
        u += 1
    elif u >= end or not _verb(doc.tokens[u]):
        return None
    if end - u < SEEN_MIN or is_complementizer(doc, u) or doc.tokens[u].text in CUE_ENDS:
        return None
    stop = next((k for k in range(u + 1, end) if doc.tokens[k].text in ("،", ",")), end)
    span = trim(doc.text, doc.tokens[u].start, doc.tokens[stop - 1].end)
    return (span, last) if span is not None else None


SEEN_SUBJECT = 8  # tokens the subject of «لما يراه» spans at most


def _verb(tok: Token) -> bool:
    """A verb opening a clause: a finite verb's shape, a future in «سـ», or a bare imperfect in «يـ/تـ»."""
    key = tok.norm_key
    return verb_like(tok, 4, ("ه", "ات", "ية")) or (len(key) > 3 and key[:2] in ("سي", "ست", "سن"))

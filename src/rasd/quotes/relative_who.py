"""«ويرى من يدفعون فلانا نحو الترشح أن ...», for the ``quotes`` stage (round 53): «من» right after a verb cue and
right before a verb is the relative «those who», the cue's subject, an unnamed speaker up to the «أن/إن» that opens
the words; not the preposition («وقال من جهته», «وأعلن من القاهرة»: a noun after it), nor a man named before carried
over the dropped subject."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import nkey
from ..events.word_tests import verb_like
from .cues import Cue, is_complementizer

WHO_REACH = 10  # tokens from «من» to the «أن/إن» of the words


def relative_who(doc: Doc, t: int, cue: Cue, content: Span) -> Span | None:
    """The span of «من» + its relative clause right after the verb cue at ``t`` (see the module), or None."""
    toks = doc.tokens
    if cue.kind != "verb" or t + 2 >= len(toks) or toks[t + 1].norm_key != "من":
        return None
    if not verb_like(toks[t + 2], 4, ("ه", "ة", "ات")):
        return None
    for u in range(t + 3, min(len(toks), t + 2 + WHO_REACH)):
        if toks[u].text in ("،", ",", ".", ":", "«", '"') or toks[u].start >= content.start:
            return None
        if is_complementizer(doc, u):
            return Span(toks[t + 1].start, toks[u - 1].end) if toks[u].end <= content.start else None
    return None

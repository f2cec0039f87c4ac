"""Round q364: an «according to» cue set off by commas right after a reporting verb and its subject, the verb's
object after the source («وأكدت العائلة، وفقا لقناة «جيو»، رفض عائلة الملا عمر مبايعة الزعيم الجديد، حسبما»): what
the source reports is the object past the aside (up to the next comma or the sentence's end), not the verb and its
subject before it, which say nothing by themselves.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.marks import CUE_ENDS
from ..text.normalize import COMMAS
from .cues import match_cue

VERB_PHRASE = 4  # tokens at most of the reporting verb and its subject before the cue («وأكدت العائلة»)
ASIDE_REACH = 10  # tokens from the «according to» cue to the comma that closes its source
REST_WORDS = 3  # words the object past the aside must run on for


def object_past_source(doc: Doc, cue_at: int, content: Span) -> Span | None:
    """The object past the source of the «according to» cue at character ``cue_at`` where ``content`` (the words
    before the cue) is only a verb cue and its subject (module docstring); None otherwise."""
    toks = doc.tokens
    span = doc.token_range(content)
    cue = doc.token_from(cue_at)
    if cue is None or content.end > cue_at or not 1 < len(span) <= VERB_PHRASE:
        return None
    said = match_cue(doc, span[0])
    if said is None or said.kind != "verb" or any(not toks[u].text[:1].isalpha() for u in span):
        return None
    if toks[cue - 1].text not in COMMAS:
        return None
    close = next((k for k in range(cue + 1, min(len(toks), cue + ASIDE_REACH)) if toks[k].text in COMMAS
                  or toks[k].text in CUE_ENDS), None)
    if close is None or toks[close].text not in COMMAS or close + 1 >= len(toks):
        return None
    end = close + 1
    while end + 1 < len(toks) and toks[end + 1].text not in COMMAS and toks[end + 1].text not in CUE_ENDS:
        end += 1
    if end - close < REST_WORDS:
        return None
    return Span(toks[close + 1].start, toks[end].end)

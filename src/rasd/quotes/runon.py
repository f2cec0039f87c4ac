"""Reported words that run on into the writer's own sentence, for the ``quotes`` stage: a cue inside a temporal or
conditional clause («لكنه عندما يعترف بأن ...، فذلك يعني ...») reports up to the «، فـ» that opens the writer's
answer to that clause (the apodosis), no further; a content that opens with the speaker's own words in guillemets
and goes on unquoted («من أنه «لن يتراجع» أمام المتمردين ...، حيث قتلت جماعة ...») ends before the writer's
«، حيث» background clause after those words.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey
from ..text.normalize import COMMAS as _COMMAS
from .cues import trim


def _outside_quotes(doc: Doc, start: int, at: int) -> bool:
    """Whether character ``at`` lies outside every guillemet pair opened from character ``start`` on."""
    piece = doc.text[start:at]
    return piece.count("«") <= piece.count("»")


def apodosis_end(doc: Doc, t: int, content: Span) -> Span:
    """A cue at token ``t`` right after a temporal or conditional subordinator (apodosis_subordinators: «عندما
    يعترف بأن», «إذا قال إن»): its ``content`` ends at the first comma, outside guillemets, followed by the «فـ» of
    the apodosis (apodosis_openers: «، فذلك يعني», «، فإن»), which is the writer's. As it is otherwise."""
    if t == 0 or doc.tokens[t - 1].norm_key.removeprefix("و").removeprefix("ل") not in fw("apodosis_subordinators"):
        return content
    a = doc.token_at(content.start)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a + 1, b):
        tok = doc.tokens[u]
        if (tok.text in _COMMAS and doc.tokens[u + 1].norm_key in fw("apodosis_openers")
                and _outside_quotes(doc, content.start, tok.start)):
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content


def unquoted_background_end(doc: Doc, content: Span) -> Span:
    """A ``content`` that opens with a guillemet quote closed inside it («لن يتراجع أبدا» أمام المتمردين ...): the
    writer goes on in words of his own, and a «، حيث» or «، لكن(هم)» clause after them, outside guillemets, is his background; the
    content ends at that comma. As it is otherwise (a «حيث» of the speaker's inside a quote that runs to the end)."""
    if not doc.text.startswith("«", content.start):
        return content
    closed = doc.text.find("»", content.start, content.end)
    if closed < 0:
        return content
    a = doc.token_from(closed + 1)
    b = doc.token_at(max(content.start, content.end - 1))
    if a is None or b is None:
        return content
    for u in range(a, b):
        tok = doc.tokens[u]
        nxt = doc.tokens[u + 1].norm_key.removeprefix("و")
        if (tok.text in _COMMAS and (nxt == "حيث" or nxt.startswith("لكن"))
                and "«" not in doc.text[closed:tok.start]):
            return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
    return content

"""The words that open the next clause, left at the end of a content, for the ``quotes`` stage: a content cut where
the next cue begins keeps the conjunction or relative that cue's clause opens with («إن الهجوم أسفر عن مقتل العشرات،
في الوقت الذي [كشف فيه شهود]», «يعود لموقف الوزير الذي [أوضح أن]», «أو كما [قال]»); those words belong to the
writer's next clause, not to what was said, and the content ends before them (and the comma or «أو» before them).
Round qu432: so too a whole conditional or temporal clause cut at the next cue («يرى الوزير أن ...، فإذا كان ظريف قد
[قال]»): the last comma's clause opens with a subordinator (apodosis_subordinators, after «فـ/و»), its cue the
writer's frame for the next quote; the content ends before that comma.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey, phrase_keys
from ..text.prefixes import past_and
from .cues import match_cue, trim

_JOINERS = ("أو", "او", "و")  # «أو كما قال»: the «or» that joins the writer's clause


def dangling_end(doc: Doc, content: Span) -> Span:
    """``content`` without the clause opener it ends with (dangling_clause_openers: «في الوقت الذي», «الذي»,
    «كما», «عندما»; dangling_contrast_openers: «لكنه» [يشير]), nor a comma or «أو» right before that opener; as it
    is where it ends otherwise, or where nothing but the opener would be left."""
    b = doc.token_at(max(content.start, content.end - 1))
    a = doc.token_at(content.start)
    if a is None or b is None or b <= a:
        return content
    keys = [doc.tokens[u].norm_key for u in range(a, b + 1)]
    openers = fw("dangling_clause_openers") | fw("dangling_contrast_openers")
    for phrase in sorted(phrase_keys(openers), key=len, reverse=True):
        n = len(phrase)
        if len(keys) <= n + 1 or tuple(keys[-n:]) != phrase:
            continue
        u = b - n  # the last token kept
        while u > a and (doc.tokens[u].text in ("،", ",") or doc.tokens[u].text in _JOINERS):
            u -= 1
        return trim(doc.text, content.start, doc.tokens[u].end) or content
    return _frame_end(doc, content, a, b)


def _frame_end(doc: Doc, content: Span, a: int, b: int) -> Span:
    """Round qu432: ``content`` (tokens ``a`` to ``b``) cut right before a cue, whose last clause after a comma
    opens with a conditional or temporal subordinator («، فإذا كان ظريف قد [قال]»), without that clause and its
    comma; as it is otherwise (no cue right after it, a guillemet in that clause, or no such clause)."""
    if b + 1 >= len(doc.tokens) or match_cue(doc, b + 1) is None:
        return content
    for u in range(b, a, -1):
        text = doc.tokens[u].text
        if "«" in text or "»" in text:
            return content
        if text in ("،", ","):
            key = doc.tokens[u + 1].norm_key if u < b else ""
            key = past_and(key)
            if key in fw("apodosis_subordinators"):
                return trim(doc.text, content.start, doc.tokens[u - 1].end) or content
            return content
    return content

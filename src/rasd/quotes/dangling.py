"""The words that open the next clause, left at the end of a content, for the ``quotes`` stage: a content cut where
the next cue begins keeps the conjunction or relative that cue's clause opens with («إن الهجوم أسفر عن مقتل العشرات،
في الوقت الذي [كشف فيه شهود]», «يعود لموقف الوزير الذي [أوضح أن]», «أو كما [قال]»); those words belong to the
writer's next clause, not to what was said, and the content ends before them (and the comma or «أو» before them).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey, phrase_keys
from .cues import trim

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
    return content

"""A quotation opened and never closed that runs over a few sentences to its paragraph's end (round q308):
«وأصدر الرئيس بيانا جاء فيه: «استيقظنا اليوم على خبر حزين. قتل طفل رضيع في منزله، لقد جرحت قلوبنا.» with no
«»» before the paragraph ends: the sentence splitter, which does not see the quotation, cuts it at the first full
stop; the words said are all of it, to the paragraph's end, where no other quote mark and no reporting cue stand
in the sentences after the first (the writer's narration would take up again with one of them).
"""

from __future__ import annotations

from ..doc import Doc, Span
from .cues import match_cue, trim

_OPEN = "«"
_CLOSE = "»"
RUN_SENTENCES = 3  # sentences a never-closed quotation may run past its first one to its paragraph's end
RUN_CHARS = 600  # characters it may run past its first sentence


def unclosed_run(doc: Doc, content: Span) -> Span | None:
    """``content`` run on to its paragraph's end (module docstring), or None: it must open right after «« (blanks
    between), no mark closes it before the paragraph ends, it ends at a full stop, and the rest of the paragraph
    (at most RUN_SENTENCES sentences, RUN_CHARS characters) holds no quote mark and no cue."""
    text = doc.text
    k = content.start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != _OPEN or _CLOSE in text[content.start:content.end] or _OPEN in text[content.start:content.end]:
        return None
    rest = text[content.end:].lstrip(" ")
    if not rest.startswith("."):
        return None
    end = text.find("\n", content.end)
    end = len(text) if end < 0 else end
    tail = text[content.end:end]
    if not tail.strip(" .") or len(tail) > RUN_CHARS or _OPEN in tail or _CLOSE in tail or '"' in tail:
        return None
    if sum(1 for s in doc.sentences if content.end <= s.start < end) > RUN_SENTENCES:
        return None
    if any(match_cue(doc, t) is not None for t in doc.token_range(Span(content.end, end))):
        return None
    return trim(text, content.start, end)

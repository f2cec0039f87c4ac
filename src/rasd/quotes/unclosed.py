"""Direct speech whose closing quote mark is missing (round 185): «وأضاف الوزير «إن الحكومة ستواصل ...» with no
«»» to the paragraph's end. The quote's content already ends at the paragraph end or before the next cue; it is
still the speaker's own words, so it is direct.

- ``unclosed_quotation``: an opening «« (or a straight «"») stands between the cue and its content, and no closing
  mark follows it before the paragraph ends (the content ends at or before that end)."""

from __future__ import annotations

from ..doc import Doc, Span

_OPEN = "«"
_CLOSE = "»"


def unclosed_quotation(doc: Doc, cue_end: int, content: Span) -> bool:
    """Whether the content (after a cue ending at character ``cue_end``) opens a quotation never closed (module
    docstring)."""
    text = doc.text
    between = text[cue_end : content.start]
    if between.count(_OPEN) != 1 or _CLOSE in between or "\n" in between:
        return False
    mark = cue_end + between.index(_OPEN)
    end = text.find("\n", mark)
    end = len(text) if end < 0 else end
    if content.end > end:
        return False
    return _CLOSE not in text[mark:end] and _OPEN not in text[mark + 1 : end]

"""Indirect content that is in fact the speaker's words in quote marks (rounds 185, qd437): direct speech.

- ``quoted_passage``: for a quote found indirect, (content, direct?) made direct where
  - its quotation is never closed (``unclosed_quotation``, round 185: «وأضاف «إن الحكومة ...» to the paragraph end);
  - the content opens a few words into a quotation that opened after the cue and runs to its closing mark («قال
    فلان، «يشرفني أن أنقل ...»»: the «أن» of «يشرفني أن» taken for «that»): the whole quotation, direct (an
    «أن/بأن» that opens it left out, as ``past_that`` does: «وأوضح فلان، «أن الإدارة ...»»);
  - every word of the content lies inside quote marks and one of the quotations is speech, not a quoted name
    («قال مدير المرصد إن «جبهة النصرة».. «تسعى إلى ...»»): the same content, direct.
  So too for an «according to» cue (round qu450: «ووفقا للوكالة، فإن «هجوما انتحاريا ... استهدف ...»»: the agency's
  words, taken inside its marks as any direct quote is), but for a quotation never closed.
  Scare quotes around a name inside reported speech («أن "داعش" تسعى إلى ...») leave words outside any marks: still
  indirect."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Span
from ..text.marks import has_letters_or_digits
from .content import past_that
from .cues import QUOTE_MARK
from .unclosed import unclosed_quotation

LEAD_MAX = 3  # words of the quotation before the content («يشرفني أن»), left out by the «أن» taken for «that»


def _lead_in(doc: Doc, t: int, content: Span, direct: Sequence[Span]) -> Span | None:
    """The quotation after the cue at token ``t`` whose first at most LEAD_MAX words come before the content, which
    runs on to the quotation's end."""
    text = doc.text
    for span in direct:
        if not (doc.tokens[t].end <= span.start < content.start < span.end):
            continue
        if has_letters_or_digits(text[content.end : span.end]) or has_letters_or_digits(text[span.end : content.end]):
            continue  # the content stops short of the closing mark, or runs on past it
        lead = [tok for tok in doc.tokens if span.start <= tok.start and tok.end <= content.start]
        if 0 < len(lead) <= LEAD_MAX and not QUOTE_MARK.search(text[span.start : content.start]):
            return span
    return None


def _all_quoted(text: str, content: Span, direct: Sequence[Span], quoted: Sequence[Span]) -> bool:
    """Whether every letter of the content lies inside some quotation, one of them speech (in ``direct``)."""
    if not any(content.start <= d.start and d.end <= content.end for d in direct):
        return False
    inside = [s for s in quoted if s.start < content.end and content.start < s.end]
    return not any(ch.isalnum() and not any(s.start <= k < s.end for s in inside)
                   for k, ch in enumerate(text[content.start : content.end], content.start))


def quoted_passage(doc: Doc, t: int, content: Span, direct: Sequence[Span], quoted: Sequence[Span],
                   kind: str = "verb") -> tuple[Span, bool]:
    """(content, direct?) for the indirect content of the cue of ``kind`` at token ``t`` (module docstring); a
    quotation never closed is not taken for an «according to» cue's words."""
    if kind != "according" and unclosed_quotation(doc, doc.tokens[t].end, content):
        return content, True
    whole = _lead_in(doc, t, content, direct)
    if whole is not None:  # («وأوضح فلان، «أن الإدارة ...»»: not the «أن» written inside the marks)
        return past_that(doc.text, whole) or whole, True
    if not _all_quoted(doc.text, content, direct, quoted):
        return content, False
    return _one_pair(doc.text, content, direct) or content, True


def _one_pair(text: str, content: Span, direct: Sequence[Span]) -> Span | None:
    """The quotation inside its marks where the content is that one quotation and nothing else («ووفقا للوكالة، فإن
    «هجوما ...»»: «هجوما ...», as for any direct quote); None where it holds more than one («إن «جبهة النصرة»..
    «تسعى ...»»)."""
    whole = [d for d in direct if content.start <= d.start and d.end <= content.end
             and not has_letters_or_digits(text[content.start : d.start]) and not has_letters_or_digits(text[d.end : content.end])]
    return whole[0] if len(whole) == 1 else None

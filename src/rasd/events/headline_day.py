"""Round 303: the act of a headline in a digest of news takes the day its lead gives (see ``dating.event_date``).

«استهداف وزير مالية سريلانكا في إطلاق نار بالعاصمة» on a line of its own, then «كولومبو - «الشرق الأوسط»: قالت
الشرطة، أمس (الجمعة)، إن شخصا قتل ...»: a headline (a line with no end punctuation, right before a line that
opens with a dateline «Place - source:») names the act its lead tells; an act of the headline with no time of its
own takes the first day or month of the lead's sentence, not the article's date.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan

HEADLINE_ENDS = (".", "!", "؟", "?", ":", "»", '"', "،")  # what ends a sentence of prose, no headline
DATELINE_REACH = 40  # characters from a lead's start to the colon that closes its dateline
DATELINE_DASHES = (" - ", " – ", " ـ ")


def _dateline_opens(text: str) -> bool:
    """Whether ``text`` opens with a dateline: a dash, then a colon within ``DATELINE_REACH`` characters
    («كولومبو - «الشرق الأوسط»:», «باماكو - رويترز:»)."""
    head = text[:DATELINE_REACH]
    dash = min((head.find(d) for d in DATELINE_DASHES if d in head), default=-1)
    return dash > 0 and ":" in head[dash:]


def headline_day(doc: Doc, pos: int, valued: tuple[TimeSpan, ...]) -> TimeSpan | None:
    """For an act at offset ``pos``: where its sentence is a headline (no end punctuation, a line break after it)
    and the next sentence, on the next line, opens with a dateline, the first time among ``valued`` (times of a
    day or a month) in that next sentence; None otherwise."""
    sents = doc.sentences
    k = next((n for n, s in enumerate(sents) if s.start <= pos < s.end), None)
    if k is None or k + 1 >= len(sents):
        return None
    own, lead = sents[k], sents[k + 1]
    line = doc.text[own.start : own.end].strip()
    if not line or line.endswith(HEADLINE_ENDS) or "\n" in line or "\n" not in doc.text[own.end : lead.start + 1]:
        return None
    if not _dateline_opens(doc.text[lead.start : lead.end]):
        return None
    return next((ts for ts in sorted(valued, key=lambda ts: ts.start) if lead.start <= ts.start < lead.end), None)

"""The main verb after a relative clause's cue, for the ``quotes`` stage: «إن المقاومة في المحافظة، التي أعلنت
في وقت سابق أنها ستلتحم مع المقاومة في المدينة، تمكنت من السيطرة على موقع»: the cue right after «، الذي/التي»
reports up to the comma that closes the relative clause; the bare finite verb right after that comma («تمكنت») is
the main clause's verb on the head noun, not part of what the relative clause's subject said. A verb joined by
«و/ف» after the comma («، وقتلت») may go on in the words and is kept."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.forms import bare, fw, nkey
from ..events.word_tests import finite_verb


def relative_main_end(doc: Doc, t: int, content: Span) -> Span | None:
    """The content of the cue at token ``t`` cut at the comma before the main verb (see the module's note); None
    where the cue does not open a relative clause set off by a comma or no such verb follows in its content."""
    if t < 2 or doc.tokens[t - 2].text not in ("،", ","):
        return None
    if bare(doc.tokens[t - 1].norm_key, "relatives") not in fw("relatives"):
        return None
    if any(w.kind == "proclitic" for w in doc.tokens[t].words):
        return None
    for u in doc.token_range(content):
        if doc.tokens[u].text not in ("،", ",") or u + 1 >= len(doc.tokens):
            continue
        nxt = doc.tokens[u + 1]
        if nxt.end > content.end or len(nxt.words) != 1 or not finite_verb(nxt):
            continue
        end = doc.tokens[u - 1].end
        return Span(content.start, end) if end > content.start else None
    return None


def head_quote_on(doc: Doc, t: int, quotes: list[Quote], whole: Span, cut: Span) -> None:
    """Where the content of the relative cue at token ``t`` was cut from ``whole`` to ``cut``, the indirect quote
    whose content ends right before the relative clause's comma (the head noun its last words) goes on with the
    main clause: to the end of ``whole`` («إن المقاومة ...، التي أعلنت ...، تمكنت من السيطرة على موقع»)."""
    if cut.end >= whole.end or t < 2:
        return
    comma = doc.tokens[t - 2].start
    for q in reversed(quotes):
        if q.direct or q.content.end > comma or doc.text[q.content.end : comma].strip():
            continue
        q.content = Span(q.content.start, whole.end)
        return

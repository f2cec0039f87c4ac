"""«وأضاف القطاع وفقا لتقرير لمصرف X إلى محفظته ...», «يصل عدد المعاهد - بحسب مصادر في الأوقاف - إلى 15 معهدا»:
an «according to» cue (``وفقا لـ/بحسب/حسب/نقلا عن``) standing inside the clause it attributes names the source, it
says nothing itself. Round qu844: such a quote keeps its whole clause as content (the clause cut at the source
loses its verb or subject, round q374), and gets as ``content_parts`` the two halves around the source phrase,
the attribution left out («وأضاف القطاع» and «إلى محفظته ...»), as a «، كما» aside does (``mid_aside``)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..text.normalize import COMMAS
from .cues import match_cue, trim
from .written import ASIDE_MARKS

ASIDE_REACH = 8  # tokens from the cue to the mark that closes a source set off by commas or dashes
REST_MIN = 2  # tokens at least of the clause after the source


def according_parts(doc: Doc, quotes: list[Quote]) -> None:
    """Give each indirect quote whose «according to» cue stands inside its content the halves before and after
    the source phrase (:func:`_source_close`) as ``content_parts``; quotes with parts already are left alone."""
    for q in quotes:
        if q.direct or "content_parts" in q.attrs or not q.content.start < q.cue.start < q.content.end:
            continue
        t = doc.token_from(q.cue.start)
        cue = match_cue(doc, t) if t is not None else None
        if t is None or cue is None or cue.kind != "according":
            continue
        opened = t > 0 and doc.tokens[t - 1].text in ASIDE_MARKS and doc.tokens[t - 1].start >= q.content.start
        close = _source_close(doc, q, t, opened)
        if close is None or close >= q.content.end:
            continue
        before = trim(doc.text, q.content.start, doc.tokens[t - 1].start if opened else q.cue.start)
        after = trim(doc.text, close, q.content.end)
        if before is None or after is None or len(doc.text[after.start : after.end].split()) < REST_MIN:
            continue
        q.attrs["content_parts"] = [before, after]


def _source_close(doc: Doc, q: Quote, t: int, opened: bool) -> int | None:
    """The character where the clause goes on past the source of the cue at token ``t``: after the mark that
    closes a source set off by a comma or dash before the cue («، بحسب المتحدث باسمه،», «- بحسب مصادر في
    الأوقاف -»: the same kind of mark within ASIDE_REACH tokens); else the end of the speaker's phrase or of the
    speaker's first mention after the cue («وفقا لتقرير لمصرف أبوظبي الإسلامي إلى»); None where neither is."""
    toks = doc.tokens
    if opened:
        mark = toks[t - 1].text
        kind: tuple[str, ...] = COMMAS if mark in COMMAS else (mark, "-", "–", "—")
        for k in range(t + 1, min(len(toks), t + 1 + ASIDE_REACH)):
            if toks[k].start >= q.content.end:
                return None
            if toks[k].text in kind:
                return toks[k].end
        return None
    given = q.attrs.get("speaker_text")
    if isinstance(given, Span) and given.start > q.cue.start:
        return given.end
    ent = doc.entity(q.speaker) if q.speaker is not None else None
    ends = [m.end for m in ent.mentions if q.cue.end <= m.start] if ent is not None else []
    end = min(ends) if ends else None
    if end is None or any(tok.text in COMMAS or tok.text in ("«", "»") for tok in toks[t:]
                          if q.cue.start <= tok.start < end):
        return None  # a source that runs over a comma or a quote mark: not one phrase
    return end

"""The ``times`` stage: temporal expressions resolved to ISO 8601 values, and the document date.

The document date: ``--date`` (date_source "given") wins, else the dateline's (set by the dateline stage),
else it is inferred from the text: «اليوم (الاثنين)» / «أمس الأحد» fix its week-day, and the first such day on
or after the latest absolute day named in the same sentence is taken (date_source "inferred"). A given or dateline date
that contradicts what the text says of the week-day is kept, with a warning in ``doc.warnings``; when the text's
week-days put its writing 1 to 3 days before that date, its relative times are counted from the day it was written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .doc import Doc, Span, TimeSpan
from .pipeline import stage
from .time import calendar as cal
from .time.context import TimeMatch
from .time.grammar import find_times, prepare


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def infer_date(hits: list[TimeMatch], sentences: Sequence[Span] = ()) -> dt.date | None:
    """The document date implied by a week-day claim («اليوم (الاثنين)») and an absolute day named in the same
    sentence (the first such week-day on or after it), or None.  Absolute days elsewhere in the article are
    too often history (a 1990 date, a Hijri decree date) to anchor it."""

    def sent(h: TimeMatch) -> int:
        return next((k for k, s in enumerate(sentences) if s.start <= h.start < s.end), -1)

    for claimed in hits:
        if claimed.claim is None:
            continue
        days = [h.day for h in hits if h.day is not None and not h.anchored and sent(h) == sent(claimed)]
        if not days:
            continue
        offset, weekday = claimed.claim
        ref_weekday = (weekday - offset) % 7
        base = max(days)
        return base + dt.timedelta(days=(ref_weekday - base.weekday()) % 7)
    return None


def claim_warnings(doc: Doc, ref: dt.date, hits: list[TimeMatch]) -> list[str]:
    """«given date 2014-10-09 is a Thursday, the text says اليوم (الاثنين)» for each contradicted claim."""
    out = []
    for h in hits:
        if h.claim is None:
            continue
        offset, weekday = h.claim
        day = ref + dt.timedelta(days=offset)
        if day.weekday() != weekday:
            said = doc.text[h.start : h.end]
            name = cal.WEEKDAYS[day.weekday()]
            what = f"is a {name}" if offset == 0 else f"makes it {day.isoformat()}, a {name}"
            out.append(f"{doc.date_source or 'document'} date {ref.isoformat()} {what}, the text says {said}")
    return out


WRITING_LAG = 3  # days: the most a given date may lie after the day the text says it was written


def written_on(ref: dt.date, hits: list[TimeMatch]) -> dt.date | None:
    """Round 88: the day the text was written, when its week-day claims («يوم أمس (الثلاثاء)», «اليوم (الأربعاء)»)
    all put it 1 to ``WRITING_LAG`` days before the given date ``ref``; else None. A given date is when the piece was
    published or collected, often a day or two after it was written; the week-day is what the writer said, so the
    days counted from «اليوم/أمس» in the text are counted from that day."""
    lags = set()
    for h in hits:
        if h.claim is None:
            continue
        offset, weekday = h.claim
        lags.add((ref.weekday() - (weekday - offset)) % 7)
    if len(lags) != 1:
        return None
    lag = lags.pop()
    return ref - dt.timedelta(days=lag) if 1 <= lag <= WRITING_LAG else None


def to_spans(doc: Doc, hits: list[TimeMatch]) -> list[TimeSpan]:
    return [
        TimeSpan(h.start, h.end, doc.text[h.start : h.end], h.value, h.kind, h.anchored)
        for h in hits
        if h.value is not None
    ]


@stage("times", requires=("tokens", "sentences", "numbers", "dateline"), assigns=("times",))
def times_stage(doc: Doc) -> None:
    ref = parse_iso(doc.date)
    prepared = prepare(doc.tokens, doc.sentences)
    hits = find_times(doc.tokens, doc.sentences, ref, prepared)
    if ref is None:
        ref = infer_date(hits, doc.sentences)
        if ref is not None:
            doc.date, doc.date_source = ref.isoformat(), "inferred"
            hits = find_times(doc.tokens, doc.sentences, ref, prepared)
    if ref is not None and doc.date_source != "inferred":
        doc.warnings.extend(claim_warnings(doc, ref, hits))
        written = written_on(ref, hits)
        if written is not None:
            hits = find_times(doc.tokens, doc.sentences, written, prepared)
            doc.written = written.isoformat()
    for h in hits:
        doc.warnings.extend(w for w in h.warnings if w not in doc.warnings)
    doc.times = to_spans(doc, hits)


def analyze_times(raw: str, date: str | None = None, id: str = "-") -> Doc:
    """Run only the layers the time layer needs (tokens … times) on ``raw``: for evaluation and tests.

    Imports the stage modules directly, so a stage elsewhere in the default pipeline cannot stop it.
    """
    from .text.clean import clean
    from .text.dateline import dateline_stage
    from .text.numbers import numbers_stage
    from .text.segment import tokens_stage
    from .text.sentences import sentences_stage

    text, omap = clean(raw)
    doc = Doc(text=text, id=id, raw=raw, offset_map=omap)
    if date is not None:
        doc.date, doc.date_source = date, "given"
    for fn in (tokens_stage, sentences_stage, numbers_stage, dateline_stage, times_stage):
        fn(doc)
    return doc

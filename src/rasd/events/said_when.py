"""Round 64: the date of an act told in what was said on an earlier day. «كشفت منظمة حقوقية أمس عن أن تعذيب
السجين ...», «وأفاد المرصد أمس، باندلاع اشتباكات»: an act with no time of its own, told in the complement of a
statement made on a day before the article's, happened no later than that day; the article's date, after the
statement, cannot be its date, so it takes the statement's day."""

from __future__ import annotations

from datetime import date, timedelta

from ..doc import Doc, Event, Span
from .forms import fw, fw_keys, nkey
from .informed_of import inform_verb
from .attached import default_day
from .dating import dated
from .modality import FACTUAL
from .when import RECENT_DAYS
from .shared_time import shared_times
from .word_tests import valued_times

__all__ = ["said_days", "shared_times"]

STATEMENT = "01"  # make a public statement (CAMEO 01x): the acts in its complement are what it tells
COMPLEMENT_REACH = 8  # tokens from a statement's trigger to an act in its complement with no quote found for it


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value is not None and len(value) == 10 else None
    except ValueError:
        return None


def cue_day(doc: Doc, cue: Span, content: Span, sent: Span) -> str | None:
    """The day of a quote's cue: the time nearest to it before the content in its sentence, when it is a day."""
    times = valued_times(doc, sent.start, content.start)
    if not times:
        return None
    ts = min(times, key=lambda x: abs(x.start - cue.end) if x.start >= cue.end else cue.start - x.end)
    return ts.value if _day(ts.value) is not None else None


def _tagged(doc: Doc, start: int) -> bool:
    """Whether the token before the one at offset ``start`` is a report tag (``report_tags``: «كما أفاد»)."""
    k = doc.token_at(start)
    return k is not None and k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") in fw("report_tags")


def _informer(doc: Doc, ev: Event) -> tuple[int, int, str | None, bool] | None:
    """Round tm591: the verb of reporting whose «بـ» masdar phrase holds ``ev`` (``informed_of.inform_verb``), with
    the day told between the verb and that phrase: «وأفاد المرصد أمس، باندلاع اشتباكات» → (أفاد, yesterday)."""
    i, lo = doc.token_at(ev.trigger.start), doc.token_at(ev.sentence.start)
    got = inform_verb(doc, i, lo) if i is not None and lo is not None else None
    if got is None:
        return None
    verb, phrase = doc.tokens[got[0]], doc.tokens[got[1]]
    told = valued_times(doc, verb.end, phrase.start)
    return verb.start, verb.end, min(told, key=lambda x: x.start).value if told else None, True


def _sayers(doc: Doc, events: list[Event], ev: Event) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, day, whether ``ev`` is in its quote's content) of each statement before ``ev`` in its sentence:
    a statement event (CAMEO 01x) or the cue of a quote; or after it, opened by a report tag, with no time between
    (round 102)."""
    out: list[tuple[int, int, str | None, bool]] = []
    quotes = [q for q in doc.quotes if q.content.start <= ev.trigger.start < q.content.end]
    for o in events:
        if o is not ev and o.code.startswith(STATEMENT) and ev.sentence.start <= o.trigger.start \
                and o.trigger.end <= ev.trigger.start:
            inside = any(q.cue.start < o.trigger.end and o.trigger.start < q.cue.end for q in quotes)
            out.append((o.trigger.start, o.trigger.end, o.date, inside))
    for o in events:  # round 102: «وردت ... باستهداف مقرات ...، كما أفاد المرصد أمس»: a report tag after the act
        if o is not ev and o.code.startswith(STATEMENT) and ev.trigger.end <= o.trigger.start < ev.sentence.end \
                and _tagged(doc, o.trigger.start) and not any(
                    ev.trigger.end <= ts.start and ts.end <= o.trigger.start for ts in doc.times if ts.value):
            out.append((o.trigger.start, o.trigger.end, o.date, True))
    for q in quotes:  # (and a quote's cue after its content: «...، كما أفاد المرصد أمس»)
        if q.cue.start >= ev.trigger.end and q.cue.end <= ev.sentence.end and _tagged(doc, q.cue.start) \
                and not any(a < q.cue.end and q.cue.start < b for a, b, _, _ in out):
            after = [ts for ts in doc.times if ts.value and q.cue.end <= ts.start and ts.end <= ev.sentence.end]
            day = min(after, key=lambda x: x.start).value if after else None
            out.append((q.cue.start, q.cue.end, day if _day(day) is not None else None, True))
    for q in quotes:
        if ev.sentence.start <= q.cue.start and q.cue.end <= ev.trigger.start \
                and not any(a < q.cue.end and q.cue.start < b for a, b, _, _ in out):
            out.append((q.cue.start, q.cue.end, cue_day(doc, q.cue, q.content, ev.sentence), True))
    informer = _informer(doc, ev)
    if informer is not None and not any(a < informer[1] and informer[0] < b for a, b, _, _ in out):
        out.append(informer)
    return out


def _participle_between(doc: Doc, lo: int, hi: int) -> bool:
    """A comma and a participle of the sayer's (``circumstantial_participles``: «، مبرزة») among tokens lo..hi-1."""
    return any(doc.tokens[t].norm_key in fw_keys("circumstantial_participles")
               and doc.tokens[t - 1].text in ("،", ",") for t in range(max(lo, 1), hi))


def said_days(doc: Doc, events: list[Event]) -> None:
    """Each event of ``events`` dated by default with the article's date (no time of its own) that is told in the
    complement of a statement before it in its sentence (a quote's content, else a few tokens on with no end of a
    clause between: «أفاد المرصد أمس باندلاع اشتباكات») dated a day within ``RECENT_DAYS`` before the article's takes
    that day: what was said yesterday happened yesterday or before, never today; so with a month before the article's
(round 71)."""
    default = default_day(doc)
    today = _day(default[:10]) if default else None
    if today is None:
        return
    for ev in events:
        if ev.date != today.isoformat() or ev.modality not in FACTUAL:
            continue
        sayers = _sayers(doc, events, ev)
        if not sayers:
            continue
        start, end, said, inside = max(sayers, key=lambda x: x[0])
        day = _day(said)
        month = said is not None and len(said) == 7 and said[4] == "-" and said < today.isoformat()[:7]
        if not month and (day is None or not today - timedelta(days=RECENT_DAYS) <= day < today):
            continue  # (round 71: «وأعلنت أنقرة في يوليو أنها سمحت ... بشن هجمات», said in a month before)
        # no time of the act's own between the statement and the end of the sentence (only the statement's day)
        # (round 253: the statement's own week, «أكدت بيجو، الأسبوع الماضي أنها تمضي في مفاوضات», is its month)
        if any(end <= ts.start and ts.end <= ev.sentence.end and ts.value[:10] != said and dated(ts.value) != said
               for ts in doc.times if ts.value):
            continue
        a, b = doc.token_at(end - 1), doc.token_at(ev.trigger.start)
        near = a is not None and b is not None and b - a <= COMPLEMENT_REACH and not any(
            doc.tokens[t].norm_key in (".", "؛", ";") for t in range(a + 1, b))
        if a is not None and b is not None and _participle_between(doc, a + 1, b):
            continue  # round 177: «اهتمت بإعلان النادي أمس أن ...، مبرزة تنديد»: the sayer's own act after a comma
        if inside or near:
            ev.date = said

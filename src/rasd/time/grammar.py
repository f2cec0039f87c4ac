"""A small grammar over token units: each parser reads lexicon categories (``rasd/data/time``) from a position
and returns a hit; :func:`find_times` keeps the longest hit at each position, then joins «X الموافق Y» pairs.
The parsers: days and ranges of days in :mod:`rasd.time.dates`, years in :mod:`rasd.time.years`, days named from
the document date and weekdays in :mod:`rasd.time.days`, weeks, months, years and seasons in
:mod:`rasd.time.positions`, durations in :mod:`rasd.time.durations`, decades and ranges of months in
:mod:`rasd.time.periods`.

Values are resolved against ``ref`` (the document date).  Relative forms get no value without one; the hits
still carry what the text says about the document date (``claim``: «اليوم (الاثنين)» says ref is a Monday)
so the stage can infer or check it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..doc import Span, Token
from .anniversary import anniversaries
from .context import Ctx, TimeMatch
from .dates import p_date, p_day_pair, p_dayrange
from .days import p_relday, p_weekday
from .durations import p_ago, p_window
from .earlier_week import earlier_weeks
from .week_frame import week_frames
from .speech_day import speech_days
from .first_month import first_day_months
from .after_then import after_then
from .glosses import read_glosses
from .lexicon import Lexicon, Unit, lexicon, make_units
from .paired_months import paired_months
from .periods import p_decade, p_month_range
from .positions import p_period, p_unit
from .story_year import story_years
from .memoir_year import memoir_years
from .told_year import fit_years
from .ago_year import ago_years
from .years import p_year


_PARSERS = (
    p_dayrange, p_date, p_unit, p_period, p_relday, p_weekday, p_year, p_ago, p_window, p_decade,
    p_month_range, p_day_pair,
)  # fmt: skip


Parser = Callable[[Ctx, int], "TimeMatch | None"]
_NONE: frozenset[str] = frozenset()


def _gates(lex: Lexicon) -> list[tuple[Parser, frozenset[str] | None, frozenset[str]]]:
    """Each parser in ``_PARSERS`` order with the first words of the categories it opens with, also behind a
    proclitic (``Lexicon.gate_heads``; None: asked at every unit), and those it takes only as they stand
    (``Lexicon.window_key_heads``). A parser of «أمس», «منذ», «خلال» ... reads that phrase at its first unit or
    returns None, so a unit none of them opens is passed over without the call («قال» opens no weekday)."""
    out: list[tuple[Parser, frozenset[str] | None, frozenset[str]]] = []
    for p in _PARSERS:
        name = p.__name__
        out.append((p, lex.gate_heads.get(name), lex.window_key_heads if name == "p_window" else _NONE))
    return out


def _unit_at(units: list[Unit]) -> dict[int, int]:
    """Unit index by start offset, the start of its bare word included."""
    unit_at = {u.start: k for k, u in enumerate(units)}
    unit_at.update({u.bare_start: k for k, u in enumerate(units)})
    return unit_at


def _merge_equivalents(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """«25 شوال 1436 هـ الموافق 10 أغسطس 2015 م» → one match valued by the Gregorian side."""
    out: list[TimeMatch] = []
    unit_at: dict[int, int] | None = None  # built when first needed (rarely)
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ctx.is_("equivalent", prev.j)
            and (unit_at := unit_at or _unit_at(ctx.units)).get(h.start) == prev.j + 1
        ):
            a, b = prev, h
            # the Gregorian side of a Hijri date, the absolute side of «اليوم (الاثنين) الموافق 3 أغسطس»
            take_b = (a.hijri is not None and b.hijri is None) or (a.anchored and not b.anchored) or a.value is None
            value = b.value if take_b else a.value
            merged = TimeMatch(
                a.start, b.end, value, b.kind if take_b else a.kind, a.anchored and b.anchored, a.claim or b.claim,
                b.day if take_b else a.day, a.hijri or b.hijri, a.warnings + b.warnings, h.j,
            )  # fmt: skip
            if a.day and b.day and abs((a.day - b.day).days) > 1:
                merged.warnings.append(
                    f"the Hijri and Gregorian dates disagree: {a.day.isoformat()} vs {b.day.isoformat()}"
                )
            out[-1] = merged
            continue
        out.append(h)
    return out


@dataclass(slots=True)
class Prepared:
    """What scanning a text for times needs whatever the reference date: its units, each unit's sentence, and
    where an expression may start. Made once by :func:`prepare` when a text is scanned twice (before and after
    its date is inferred)."""

    units: list[Unit]
    sent_of: list[tuple[int, int]]  # per unit: (first, last+1) unit index of its sentence
    live: list[bool]  # per unit, plus two False: can an expression start at or be introduced by it?


def prepare(tokens: list[Token], sentences: list[Span]) -> Prepared:
    units = make_units(tokens)
    starts = [s.start for s in sentences]
    # per unit: the (first, last+1) unit range of its sentence; units and sentences are both in text order, so a
    # sentence's units are one run: each run's range is given to its units when the run ends
    sent_of: list[tuple[int, int]] = []
    si, final = 0, len(starts) - 1
    lo = 0  # first unit of the run of sentence ``si``
    for k, u in enumerate(units):
        if si < final and starts[si + 1] <= u.start:
            if k > lo:
                sent_of.extend([(lo, k)] * (k - lo))
            lo = k
            si += 1
            while si < final and starts[si + 1] <= u.start:
                si += 1
    if len(units) > lo:
        sent_of.extend([(lo, len(units))] * (len(units) - lo))
    lex = lexicon()
    # an expression starts at most two units before a word that can open one («في يوم», «مطلع عام»)
    live = [lex.could_open(u) for u in units] + [False, False]
    return Prepared(units, sent_of, live)


def find_times(
    tokens: list[Token], sentences: list[Span], ref: dt.date | None, prepared: Prepared | None = None
) -> list[TimeMatch]:
    """Every time expression in ``tokens``; relative ones valued only when ``ref`` is known (value None else).
    ``prepared``: :func:`prepare` of the same tokens and sentences, when the caller has it."""
    prep = prepared or prepare(tokens, sentences)
    units, live = prep.units, prep.live
    ctx = Ctx(units, ref, lexicon(), prep.sent_of)
    hits: list[TimeMatch] = []
    gates = _gates(ctx.lex)
    i = 0
    while i < len(units):
        if not (live[i] or live[i + 1] or live[i + 2]):
            i += 1
            continue
        best: TimeMatch | None = None
        u = units[i]
        key, bare = u.key, u.bare_key
        for p, heads, as_written in gates:
            if heads is not None and not (key in heads or (bare != "" and bare in heads) or key in as_written):
                continue  # (its first unit opens none of the categories it reads first: it would find nothing)
            h = p(ctx, i)
            if h is not None and (best is None or h.j > best.j):
                best = h
        if best is None:
            i += 1
            continue
        hits.append(best)
        i = best.j
    hits = speech_days(ctx, week_frames(ctx, earlier_weeks(ctx, _merge_equivalents(ctx, hits))))  # tm574
    hits = read_glosses(ctx, anniversaries(ctx, memoir_years(ctx, story_years(ctx, ago_years(ctx, fit_years(hits))))))
    return first_day_months(ctx, paired_months(ctx, after_then(ctx, hits)))  # round 287: «في أبريل أو مايو عام 2016»

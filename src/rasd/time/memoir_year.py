"""Round dt353: the year of a part of a month told with no year, fronted in its sentence, in a narrative of a
past year.

A day, a month or a part of a month with no year («في أواخر أغسطس الدامي، ... أمر الملك») that opens its sentence
(nothing but «في/و/خلال» before it), with no word of the future around it, whose document-date guess falls after the
document date, is told of the past the article narrates: it takes the past year told most often before it in the
article (at least twice, more often than any other). Where no past year is told before it, or no one year is told
most, the guess stands (a time left with no value would drop out of the times altogether).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter

from .context import Ctx, TimeMatch
from .story_year import revalue, set_value

FRONT_KEYS = frozenset(("في", "وفي", "و", "خلال", "وخلال"))  # what may stand before a fronted time
MIN_TOLD = 2  # times a past year must be told before to be the year of the narrative


def _first_day(value: str) -> dt.date | None:
    part = value.split("/")[0]
    try:
        if len(part) == 10:
            return dt.date.fromisoformat(part)
        if len(part) == 7:
            return dt.date(int(part[:4]), int(part[5:7]), 1)
    except ValueError:
        return None
    return None


def _told_year(hits: list[TimeMatch], ref_year: int) -> int | None:
    """The past year told most often in ``hits`` where it is told at least ``MIN_TOLD`` times and more often than
    any other; else None."""
    years: Counter[int] = Counter()
    for h in hits:
        if h.year_from in ("guessed", "past") or not h.value or not h.value[:4].isdigit():
            continue
        if len({part[:4] for part in h.value.split("/")}) != 1:
            continue  # a span of years («أواخر الستينات») is no one year
        if int(h.value[:4]) < ref_year:
            years[int(h.value[:4])] += 1
    if not years:
        return None
    ranked = years.most_common(2)
    if ranked[0][1] < MIN_TOLD or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def memoir_years(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    if ctx.ref is None:
        return hits
    starts = [u.start for u in ctx.units]
    for n, h in enumerate(hits):
        if h.year_from not in ("guessed", "past") or not h.anchored or not h.value:
            continue
        day = _first_day(h.value)
        if day is None or day <= ctx.ref:
            continue
        first = max(0, bisect_right(starts, h.start) - 1)
        lo = ctx.sent_of[first][0]
        if any(ctx.key(k) not in FRONT_KEYS for k in range(lo, first)) or ctx.future(first, h.j):
            continue
        year = _told_year(hits[:n], ctx.ref.year)
        if year is not None:
            set_value(h, revalue(h.value, year))
    return hits

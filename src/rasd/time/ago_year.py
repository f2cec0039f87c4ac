"""Round 153: the year of a day and a month told with no year, from «قبل N عاما» told with it.

«في الثاني من أغسطس، قبل 25 عاما، اجتاحت القوات البلاد»: a day whose year the text does not give (the document
date's guess, ``year_from`` «guessed»/«past») and a count of years back from the document date («قبل 25 عاما»,
«منذ 25 عاما»: a year from :func:`rasd.time.durations.p_ago`) within ``AGO_REACH`` units of it in the same
sentence: the day is of that year (the document date's year less the count). A year said as such («عام 1990») is
no count back and is left to :mod:`rasd.time.story_year`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import calendar as cal
from .context import Ctx, TimeMatch

AGO_REACH = 4  # units between the day and the count of years back
_YEAR = re.compile(r"\d{4}")


def _unit(ctx: Ctx, starts: list[int], offset: int) -> int:
    """The unit index at character ``offset``."""
    return max(0, bisect_right(starts, offset) - 1)


def _counted_back(ctx: Ctx, h: TimeMatch, starts: list[int]) -> bool:
    """A year counted back from the document date: «قبل 25 عاما», «منذ 25 عاما» (a ``span_ago`` head)."""
    if h.kind != "year" or not h.anchored or not _YEAR.fullmatch(h.value or "") or ctx.ref is None:
        return False
    head = ctx.m("span_ago", _unit(ctx, starts, h.start), clitic=True)
    return head is not None and int(head[0]) < 0 and int(h.value or "0") < ctx.ref.year


def ago_years(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    if ctx.ref is None or not hits:
        return hits
    starts = [u.start for u in ctx.units]
    backs = [h for h in hits if _counted_back(ctx, h, starts)]
    if not backs:
        return hits
    for h in hits:
        if h.day is None or h.year_from not in ("guessed", "past"):
            continue
        first, last = _unit(ctx, starts, h.start), h.j
        sent = ctx.sent_of[first] if first < len(ctx.sent_of) else None
        for b in backs:
            b_first = _unit(ctx, starts, b.start)
            if sent is None or b_first >= len(ctx.sent_of) or ctx.sent_of[b_first] != sent:
                continue
            if not (0 <= b_first - last <= AGO_REACH or 0 <= first - b.j <= AGO_REACH):
                continue
            day = cal.safe_date(int(b.value or "0"), h.day.month, h.day.day)
            if day is not None:
                h.value, h.day, h.anchored, h.year_from, h.warnings = day.isoformat(), day, False, None, []
            break
    return hits

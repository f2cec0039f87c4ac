"""Round tm488: a time counted from the time told just before it: «وبعدها بعام», «وبعد ذلك بشهرين», «بعده بيوم»;
round ti845: and back from it, «قبل ذلك بيوم», «وقبلها بأسبوع» (``before_then``).

«وقعت الدولتان اتفاقية دفاع في عام 1955، وبعدها بعام أعلنت المملكة التعبئة»: a word of «after that»
(``after_then``: «بعدها», «بعد ذلك») and a unit of time with «بـ» («بعام», «بيومين», ``span_unit``) is that many
units after the last time valued before it in its sentence or the one before (1956). The value is at the unit's
precision (a day, the ISO week, a month, a year), and only where the time before is at least that precise: «في عام
1955 ... بعدها بشهر» gives no month and is left out.
"""

from __future__ import annotations

import re
from datetime import date

from .context import Ctx, TimeMatch
from .durations import _point

_PRECISION = {"day": 3, "week": 3, "month": 2, "year": 1}  # how precise a time before must be for each unit
_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _before(ctx: Ctx, hits: list[TimeMatch], i: int) -> TimeMatch | None:
    """The last valued day, month or year ending before unit ``i``, in its sentence or the one before."""
    lo = ctx.sent_of[i][0]
    if lo > 0:
        lo = ctx.sent_of[lo - 1][0]
    start, first = ctx.units[i].start, ctx.units[lo].start
    told = [h for h in hits if first <= h.start and h.end <= start and _VALUE.fullmatch(h.value or "")]
    return told[-1] if told else None


def _after_then(ctx: Ctx, hits: list[TimeMatch], i: int) -> TimeMatch | None:
    """The time «بعدها بعام» opening at unit ``i``, valued from the time before it; None when there is none."""
    head = ctx.m("after_then", i, clitic=True)
    sign = 1
    if head is None:
        head, sign = ctx.m("before_then", i, clitic=True), -1  # round ti845: «قبل ذلك بيوم», that many before
    if head is None:
        return None
    k = head[1]
    if k >= len(ctx.units) or not ctx.units[k].key.startswith("ب"):
        return None
    got = ctx.m("span_unit", k, clitic=True)
    if got is None or got[1] != k + 1:
        return None
    unit, n = str(got[0][0]), int(got[0][1])
    anchor = _before(ctx, hits, i)
    if n == 0 or unit not in _PRECISION or anchor is None or anchor.value is None:
        return None
    value = anchor.value
    if len(value.split("-")) < _PRECISION[unit]:
        return None
    year, month, day = (int(x) for x in (value + "-01-01")[:10].split("-"))
    told, kind, on = _point(date(year, month, day), unit, sign * n)
    return TimeMatch(head[2], ctx.units[k].end, told, kind, anchored=False, day=on, j=k + 1)


def after_then(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` with each «بعدها بعام» not inside one of them added, valued from the time told before it."""
    taken = [(h.start, h.end) for h in hits]
    added: list[TimeMatch] = []
    for i, u in enumerate(ctx.units):
        if u.key.removeprefix("و") not in ("بعدها", "بعده", "بعد", "قبلها", "قبله", "قبل") or any(a <= u.start < b for a, b in taken):
            continue
        h = _after_then(ctx, hits, i)
        if h is not None:
            added.append(h)
    return sorted(hits + added, key=lambda h: h.start) if added else hits

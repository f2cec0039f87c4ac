"""Periods the date grammar of :mod:`rasd.time.grammar` does not read: decades and ranges of months.

A decade («الأربعينات», «في التسعينيات», «ثمانينيات القرن الماضي», «منتصف الستينات من القرن العشرين», «خمسينات
وستينات القرن الماضي») is valued as a range of years «1940/1949»; a position narrows it (early: the first four
years, mid: the middle four, late: the last three). Without a century it is the twentieth. A decade of a
person's age («في الأربعينات من عمره», «في سن الخمسينات») or of a temperature is no time and is left out.

A range of months («بين يناير ومارس», «من يناير إلى مارس 2019», «من ديسمبر 2014 حتى فبراير 2015») is valued as a
range of months «2019-01/2019-03»; without a year the last month's year comes from the document date as a
single month's does (:func:`rasd.time.components.resolve_day`), and a range that wraps the new year starts in
the year before.
"""

from __future__ import annotations

from . import calendar as cal
from .components import month_at, resolve_day, year_at
from .context import Ctx, TimeMatch, make_hit

_POSITION_YEARS = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}  # years of a decade by its position word


def _near_age(ctx: Ctx, i: int, j: int) -> bool:
    """A word of age or temperature just before units i..j or after them: «في سن الأربعينات», «من عمره»."""
    lo, hi = ctx.sent_of[i]
    for k in (*range(max(lo, i - 3), i), *range(j, min(hi, j + 2))):
        u = ctx.units[k]
        if ctx.lex.has("decade_stop_near", u.key) or (u.bare_key and ctx.lex.has("decade_stop_near", u.bare_key)):
            return True
    return False


def p_decade(ctx: Ctx, i: int) -> TimeMatch | None:
    """«الأربعينات», «أواخر الستينات», «ثمانينات وتسعينات القرن الماضي», «الستينات من القرن العشرين»."""
    j = i
    pos = ctx.m("position", j, clitic=True)
    if pos is not None:
        j = pos[1]
    dec = ctx.m("decade", j, clitic=pos is None)
    if dec is None:
        return None
    start = pos[2] if pos is not None else dec[2]
    first = last = int(dec[0])
    j = dec[1]
    more = ctx.lex.phrases["decade"].get((ctx.key(j)[1:],)) if ctx.key(j).startswith("و") else None
    if more is not None and int(more) > first:  # «وستينات» (read as the key: its clitics may be split oddly)
        last, j = int(more), j + 1
    century = 1900
    k = j + 1 if ctx.is_("of", j) else j
    if (cent := ctx.m("century", k)) is not None:
        century, j = int(cent[0]), cent[1]
    elif _near_age(ctx, i, j):
        return None
    lo, hi = century + first, century + last + 9
    if pos is not None:
        a, b = _POSITION_YEARS[str(pos[0])]
        lo, hi = lo + a, (century + first + b if last == first else hi)
    return make_hit(ctx, start, j, f"{lo:04d}/{hi:04d}", "range", anchored=False)


def p_month_range(ctx: Ctx, i: int) -> TimeMatch | None:
    """«بين يناير ومارس», «من يناير إلى مارس 2019», «من ديسمبر 2014 حتى فبراير 2015», «بين مايو ويوليو الماضيين»."""
    frm = ctx.m("range_from", i, clitic=True)
    if frm is None:
        return None
    start, j = frm[2], frm[1]
    m1 = month_at(ctx, j)
    if m1 is None or m1[1] != "g":
        return None
    k = m1[2]
    y1 = year_at(ctx, k)
    if y1 is not None:
        if y1[2]:
            return None
        k = y1[1]
    if ctx.is_("range_to", k):
        m2 = month_at(ctx, k + 1)
    else:
        m2 = month_at(ctx, k, clitic=True) if ctx.key(k).startswith("و") else None  # «ومارس»
    if m2 is None or m2[1] != "g" or m2[0] == m1[0]:
        return None
    first, last = m1[0], m2[0]
    y2 = year_at(ctx, m2[2])
    if y2 is not None and y2[2]:
        return None
    if y2 is None and y1 is not None:
        year = y1[0] + (1 if last < first else 0)
        return make_hit(ctx, start, m2[2], _months(year, first, last, y1[0]), "range", anchored=False)
    end = resolve_day(ctx, i, start, y2[1] if y2 else m2[2], None, last, "g", y2[0] if y2 else None, True)
    if end is None:
        return None
    if end.value is None:
        return end
    year = int(end.value[:4])
    first_year = y1[0] if y1 is not None else year - (1 if last < first else 0)
    end.value, end.kind = _months(year, first, last, first_year), "range"
    return end


def _months(year: int, first: int, last: int, first_year: int) -> str:
    """Months ``first`` of ``first_year`` to ``last`` of ``year`` as an ISO interval."""
    return f"{cal.iso_month(first_year, first)}/{cal.iso_month(year, last)}"

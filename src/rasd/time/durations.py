"""Time expressions measured from the document date by a duration: a point some time before or after it («قبل
ثلاثة أيام», «منذ أسبوعين», «قبل سنوات», «بعد يومين» in a future sentence) and a window that ends or starts at it
(«خلال الأشهر الأربعة الماضية», «في الأيام الأخيرة», «خلال الـ 48 ساعة الماضية», «في الأسابيع المقبلة»). «في» is
left out of a window's span, as out of every time's (Wojood's convention: «الأيام الأخيرة»); «خلال» is kept.

A point is valued at the precision of its unit: a day (hours and days), an ISO week, a month, a year. A plural
of days without a number («قبل أيام») is a few of them, valued as a range (2–9 days before); round 125: a plural
of years without a number («منذ سنوات», «قبل سنوات طويلة») says too little for a year or a range of years and gets
no value, and so (round 128) does one of months or weeks («منذ أشهر», «قبل أسابيع») (the span is still read, so no other reading takes its words). A window is a range from the document date back (or on) by the duration; without a number,
by a default span of a week for days; round dt394: a plural of weeks, months or years without a number
(«الأشهر الماضية», «السنوات المقبلة») says no bound, so none is invented: it is an ISO 8601-2 interval open at its
far end («../2015-08», «2015/..»), at the unit's precision (days for weeks). A duration measured from another
happening («قبل ثلاثة أيام من الانتخابات», «بعد يومين على الهجوم») is not measured from the document date and is
left out, as is «بعد» + a duration in a sentence that does not speak of the future («وبعد يومين أعلن»: two days
after what the story told before).
"""

from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .context import Ctx, TimeMatch, cardinal, make_hit, number_reader

_FEW = {"hour": (0, 0), "day": (2, 9), "week": (1, 6), "month": (2, 11), "year": (2, 9)}  # «قبل أيام»: 2-9 days
_RECENT = {"hour": 1, "day": 7, "week": 4, "month": 6, "year": 5}  # «في الأيام الأخيرة»: the last 7 days


def _shift(ref: dt.date, unit: str, n: int) -> dt.date:
    """``ref`` moved by ``n`` units (months and years keep the day where the calendar allows)."""
    if unit == "hour":
        return ref + dt.timedelta(days=int(n / 24))
    if unit in ("day", "week"):
        return ref + dt.timedelta(days=n * (7 if unit == "week" else 1))
    y, m = cal.shift_month(ref.year, ref.month, n * (12 if unit == "year" else 1))
    return cal.safe_date(y, m, min(ref.day, cal.month_length(y, m))) or ref


def _point(ref: dt.date, unit: str, n: int) -> tuple[str, str, dt.date | None]:
    """The value of «n units from ref» at the unit's precision: (value, kind, day or None)."""
    d = _shift(ref, unit, n)
    if unit in ("hour", "day"):
        return d.isoformat(), "date", d
    if unit == "week":
        return cal.iso_week(d), "week", None
    if unit == "month":
        return cal.iso_month(d.year, d.month), "month", None
    return f"{d.year:04d}", "year", None


def _range(a: dt.date, b: dt.date, unit: str) -> str:
    """``a``..``b`` (a <= b) as an ISO interval at the unit's precision (days for hours, days and weeks; one day
    for a window of hours within the document's day)."""
    if a == b:
        return a.isoformat()
    if unit == "month":
        return f"{cal.iso_month(a.year, a.month)}/{cal.iso_month(b.year, b.month)}"
    if unit == "year":
        return f"{a.year:04d}/{b.year:04d}"
    return f"{a.isoformat()}/{b.isoformat()}"


def _count(ctx: Ctx, j: int, table: str) -> tuple[str, int, int] | None:
    """A number and a unit at j («ثلاثة أيام», «3 أيام», «يومين», «أسبوع», «أيام»): (unit, n, j after); n 0 for
    a plural without a number."""
    num = cardinal(ctx, j)
    k = num[1] if num is not None else j
    u = ctx.m(table, k)
    if u is None:
        return None
    unit, n = str(u[0][0]), int(u[0][1])
    if num is not None:
        if n == 2:
            return None  # «ثلاثة يومين» is no duration
        n = num[0]
    return unit, n, u[1]


_ORDER = ("hour", "day", "week", "month", "year")


def _and_more(ctx: Ctx, j: int, unit: str) -> tuple[str, int, int] | None:
    """A second, smaller part of a duration after «و» at unit j («سنتين وأربعة أشهر», «عام و3 أشهر», «شهرين
    وأسبوعا»): (its unit, its number, j after), or None."""
    if j >= len(ctx.units):
        return None
    u = ctx.units[j]
    got: tuple[str, int, int] | None = None
    if u.key == "و":
        got = _count(ctx, j + 1, "span_unit")
    elif u.key.startswith("و") and u.bare_key:
        one = ctx.m("span_unit", j, clitic=True)  # «وشهرين», «وشهر»
        if one is not None:
            got = str(one[0][0]), int(one[0][1]), one[1]
        else:
            fn = number_reader()
            res = fn([u.text[u.bare_start - u.start :]] + [x.text for x in ctx.units[j + 1 : j + 4]]) if fn else None
            if res is not None and not res[2] and res[0] == int(res[0]) and res[0] >= 1:
                k = j + res[1]
                v = ctx.m("span_unit", k)
                if v is not None and int(v[0][1]) != 2:
                    got = str(v[0][0]), int(res[0]), v[1]
    if got is None or got[1] == 0 or _ORDER.index(got[0]) >= _ORDER.index(unit):
        return None
    return got


def p_ago(ctx: Ctx, i: int) -> TimeMatch | None:
    """«قبل ثلاثة أيام», «منذ أسبوعين», «قبل نحو عام», «منذ سنوات», «بعد يومين» (future sentences only). Round
    mend508: an approximate one after «أي» (``span_restating``) restates the time just told, no value of its own."""
    head = ctx.m("span_ago", i, clitic=True)
    if head is None:
        return None
    sign, j, start = int(head[0]), head[1], head[2]
    about = ctx.m("span_about", j)
    if about is not None:
        j = about[1]
    got = _count(ctx, j, "span_unit")
    if got is None and about is not None and (ctx.units[i].bare_key or ctx.units[i].key) == "قبل":
        got = _count(ctx, j, "span_unit_about_def")  # round tm488: «قبل قرابة الشهر», «قبل نحو العام»
    if got is None:
        return None
    unit, n, j = got
    if about is not None and ctx.is_("span_restating", i - 1):
        return make_hit(ctx, start, j, None)  # mend508: «في أواخر يونيو الماضي أي قبل قرابة الشهر»: the time told
    if ctx.is_("span_relative_to", j) and ctx.is_("span_now", j + 1):
        j += 2  # round tm488: «قبل نحو عام من الآن»: counted from now, the document date
    if ctx.is_("span_relative_to", j) or ctx.is_("span_side", j) or (
            ctx.is_("span_only", j) and ctx.is_("span_relative_to", j + 1)):
        # «قبل يومين من الهجوم», «قبل 3 أسابيع فقط من البطولة»: measured from something else; «منذ أيام قليلة
        # الماضية» is odd
        return None
    named = j < len(ctx.units) and ctx.units[j].number is not None or cardinal(ctx, j) is not None
    if n == 1 and (named or ctx.m("month_g", j) or ctx.m("month_h", j) or unit == "day" and ctx.m("weekday", j)):
        return None  # «منذ عام 2011», «منذ شهر مايو», ti714 «قبل يوم الثلاثاء المقبل»: it names the year, month, day
    if sign > 0 and not ctx.future(i, j):
        return None
    if ctx.ref is None:
        return make_hit(ctx, start, j, None)
    ref = ctx.ref
    if unit == "hour" and n < 24:
        return make_hit(ctx, start, j, ref.isoformat(), day=ref)
    more = _and_more(ctx, j, unit) if n > 0 else None
    if more is not None:  # «قبل سنتين وأربعة أشهر»: both parts, at the precision of the smaller unit
        unit2, n2, j = more
        d = _shift(_shift(ref, unit, sign * n), unit2, sign * n2)
        value, kind, day = _point(d, unit2, 0)
        return make_hit(ctx, start, j, value, kind, day=day)
    if n == 0 and unit in ("year", "month", "week"):
        if ctx.is_("span_long", j):
            j += 1  # «منذ سنوات طويلة»
        # «منذ سنوات», «قبل سنوات» (round 125), «منذ أشهر», «قبل أسابيع» (round 128): how many is not told, no value
        return make_hit(ctx, start, j, None)
    if n == 0:
        lo, hi = _FEW[unit]
        a, b = sorted((_shift(ref, unit, sign * lo), _shift(ref, unit, sign * hi)))
        return make_hit(ctx, start, j, _range(a, b, unit), "range")
    value, kind, day = _point(ref, unit, sign * n)
    return make_hit(ctx, start, j, value, kind, day=day)


def p_window(ctx: Ctx, i: int) -> TimeMatch | None:
    """«خلال الأشهر الأربعة الماضية», «في الأيام الأخيرة», «الأسابيع القليلة الماضية», «خلال الشهرين
    الماضيين», «خلال الـ 48 ساعة الماضية», «في السنوات المقبلة»."""
    j, start = i, ctx.units[i].start
    prep = ctx.m("span_window", j, clitic=True)
    if prep is not None:
        j, start = prep[1], prep[2]
        if j < len(ctx.units) and ctx.lex.has("span_window_out", ctx.units[i].bare_key or ctx.key(i)):
            start = ctx.units[j].start  # «في الأيام الأخيرة»: the span is what follows «في» (Wojood)
    elif ctx.m("span_unit_def", j) is None and ctx.key(j) not in ("ال", "الـ"):
        return None
    if ctx.key(j) in ("ال", "الـ"):  # «الـ 48 ساعة»: the article written apart from the number
        got = _count(ctx, j + 1, "span_unit")
        if got is None or got[1] == 0:
            return None
        unit, n, j = got
        if prep is None:
            start = ctx.units[i].start
    else:
        u = ctx.m("span_unit_def", j)
        if u is None:
            return None
        if prep is None:
            start = u[2]
        unit, n, j = str(u[0][0]), int(u[0][1]), u[1]
        num = cardinal(ctx, j)
        if num is not None and n == 0:
            n, j = num
    few = ctx.m("span_few", j)
    if few is not None and ctx.m("span_side", few[1]) is not None:
        j = few[1]
    side = ctx.m("span_side", j)
    if side is None:
        return None
    sign, j = int(side[0]), side[1]
    if ctx.is_("span_relative_to", j):
        return None  # «في الأيام الأخيرة من رمضان»: the end of another period
    if ctx.ref is None:
        return make_hit(ctx, start, j, None)
    ref = ctx.ref
    if n == 0 and unit in ("year", "month", "week"):
        # «الأشهر الماضية», «السنوات المقبلة» (round dt394): how far is not told; an interval open at its far end
        here = ref.isoformat() if unit == "week" else _point(ref, unit, 0)[0]
        return make_hit(ctx, start, j, f"../{here}" if sign < 0 else f"{here}/..", "range")
    other = _shift(ref, unit, sign * (n or _RECENT[unit]))
    a, b = sorted((ref, other))
    return make_hit(ctx, start, j, _range(a, b, unit), "range")

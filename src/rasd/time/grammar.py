"""A small grammar over token units: each ``_p_*`` parser reads lexicon categories (``rasd/data/time``) from a
position and returns a hit; :func:`find_times` keeps the longest hit at each position, then joins
«X الموافق Y» pairs.

Values are resolved against ``ref`` (the document date).  Relative forms get no value without one; the hits
still carry what the text says about the document date (``claim``: «اليوم (الاثنين)» says ref is a Monday)
so the stage can infer or check it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..doc import Span, Token
from . import calendar as cal
from .anniversary import anniversaries
from .bare_month import bare_month, named_numeric_day
from .components import anniversary_before, day_at, infer_year, month_at, numeric_at, resolve_day, year_at
from .context import Ctx, TimeMatch, make_hit
from .durations import p_ago, p_window
from .glosses import read_glosses
from .lexicon import Unit, lexicon, make_units
from .periods import p_decade, p_month_range


# -- parsers --------------------------------------------------------------------------------------------
def _p_date(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    if (intro := ctx.m("date_intro", j, clitic=True)) is not None:
        j, start = intro[1], intro[2]
        if ctx.key(j) == ":":
            j += 1
    weekday = None
    w0 = ctx.m("day_word", j, clitic=True)
    wd = ctx.m("weekday", w0[1] if w0 else j, clitic=w0 is None)
    if wd is not None:
        weekday, j = wd[0], wd[1]
        start = start if intro else (w0 or wd)[2]
        if ctx.key(j) in (",", "،"):
            j += 1
        if ctx.is_("equivalent", j):
            j += 1
    elif w0 is not None and day_at(ctx, w0[1]) is not None:  # «يوم 30 مارس 2019», as «يوم الاثنين»
        j, start = w0[1], (start if intro else w0[2])
    opened = ctx.is_("paren_open", j)
    k = j + 1 if opened else j
    hit: TimeMatch | None = None
    num = numeric_at(ctx, k)
    if num is not None:
        d, mo, y, k2 = num
        hit = resolve_day(ctx, i, start, k2, d, mo % 100, "h" if mo > 100 else "g", y, True)
    elif (named_day := named_numeric_day(ctx, i, k, start, _event_year)) is not None:
        hit = named_day  # «هجمات 9 / 11» (round 71)
    else:
        dd = day_at(ctx, k)
        kk = dd[1] if dd else k
        if dd and ctx.is_("of", kk):
            kk += 1
        mm = month_at(ctx, kk) if kk < len(ctx.units) else None
        if mm is not None and dd is None and ctx.is_("paren_open", mm[2]):
            inner = numeric_at(ctx, mm[2] + 1)  # «شباط ( 28 / 2 / 1945 )»
            if inner is not None and ctx.is_("paren_close", inner[3]):
                d, mo, y, k2 = inner
                hit = resolve_day(ctx, i, start, k2 + 1, d, mo % 100, "h" if mo > 100 else "g", y, True)
        if hit is None and mm is not None:
            month, system, k2, named = mm
            yy = year_at(ctx, k2)
            if yy is None and ctx.is_("year_word", k2):
                yy = year_at(ctx, k2 + 1)
            if yy is None and ctx.is_("of", k2) and ctx.is_("year_word", k2 + 1):
                yy = year_at(ctx, k2 + 2)  # «17 نوفمبر من عام 1869»
            relative = False
            if yy is None and system == "g" and ctx.ref is not None:
                mod = _relative_year(ctx, k2)
                if mod is not None:  # «5 مايو من العام الماضي»: the year the document date gives
                    yy, relative = (ctx.ref.year + mod[0], mod[1], False), True
            if yy is None and ctx.key(k2) == "/" and (ys := year_at(ctx, k2 + 1)) is not None and ys[0] >= 1000:
                yy = ys  # «كانون اول / ( 1986 )»
            if yy is not None and yy[2]:
                system = "h"
            if dd is None and yy is None and not (named or ctx.m("modifier", k2) is not None):
                # a bare month name: «مارس» is a verb, «رجب» a name; «في يونيو» is a month (round 71)
                return bare_month(ctx, i, k2, month, system) if j == i and not opened else None
            ey = _event_year(ctx, i, k2, dd[0], month, system) if yy is None and dd is not None else None
            if ey is not None:
                yy = (ey, k2, False)  # «ثورة 25 يناير»: the name of a day of 2011, not of this year
            hit = resolve_day(
                ctx, i, start, yy[1] if yy else k2, dd[0] if dd else None, month, system, yy[0] if yy else None,
                True,
            )  # fmt: skip
            if hit is not None and relative:
                hit.anchored = True
    if hit is None:
        return None
    if opened:
        if not ctx.is_("paren_close", hit.j):
            return None
        if intro is None and weekday is None:  # «( 21 / 8 / 1943 )»: the span is what the brackets hold
            hit.start, hit.j = ctx.units[k].start, hit.j + 1
        else:
            hit.end, hit.j = ctx.units[hit.j].end, hit.j + 1
    if weekday is not None and hit.day is not None and hit.day.weekday() != weekday:
        hit.warnings.append(
            f"{hit.day.isoformat()} is a {cal.ARABIC_WEEKDAYS[hit.day.weekday()]}, "
            f"the text says {cal.ARABIC_WEEKDAYS[weekday]}"
        )
    return hit


_YEAR_END = ("", ".", ",", "،", ")", "-", "/", "؛", ";")


def _relative_year(ctx: Ctx, k: int) -> tuple[int, int] | None:
    """The year a month or a day is of, told from the document date's at unit k: «من العام الماضي», «من هذا
    العام», «العام الجاري» (no «من») → (years from the document date's, unit index after it), or None."""
    j = k + 1 if ctx.is_("of", k) else k
    this = ctx.m("this", j)
    unit = ctx.m("unit", this[1] if this else j)
    if unit is None or unit[0] != "year":
        return None
    if this is not None:
        return 0, unit[1]
    mod = ctx.m("modifier", unit[1])
    return (int(mod[0]), mod[1]) if mod is not None else None


def _event_year(ctx: Ctx, i: int, k: int, day: int, month: int, system: str) -> int | None:
    """The year of a day and month (no year) at units i..k that names a well-known past event right after its
    noun («ثورة 25 يناير» 2011, «هجمات 11 سبتمبر» 2001: the ``named_event_day`` table). Not with a modifier
    after it («ثورة 11 فبراير الماضي») nor in an anniversary («في الذكرى 13 لهجمات 11 سبتمبر»: that day this
    year)."""
    if i == 0 or system != "g" or ctx.m("modifier", k) is not None:
        return None
    u = ctx.units[i - 1]
    table: dict[tuple[str, ...], dict[str, int]] = ctx.lex.phrases["named_event_day"]
    days = table.get((u.key,)) or (table.get((u.bare_key,)) if u.bare_key else None)
    year = days.get(f"{day}/{month}") if days else None
    if year is None or anniversary_before(ctx, i):
        return None
    return year


def _after_event(ctx: Ctx, i: int) -> bool:
    """Does an event noun («حرب», «الانتفاضة», «انتخابات») stand before unit i, right before it or before one or
    two definite words that go with it («الانتفاضة الأولى», «حرب الخليج», «الحرب العالمية الثانية»)?"""
    lo, _ = ctx.sent_of[i]
    for k in range(i - 1, max(lo, i - 3) - 1, -1):
        u = ctx.units[k]
        for key in (u.key, u.bare_key):
            if key and (ctx.lex.has("year_event_noun", key) or ctx.lex.has("year_event_noun", key.removeprefix("ال"))):
                return True
        if not u.key.startswith("ال") or ctx.lex.has("number_label", u.key):
            return False
    return False


def _p_year(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    if (intro := ctx.m("date_intro", j, clitic=True)) is not None:
        j, start = intro[1], intro[2]
    yw = ctx.m("year_word", j, clitic=True)
    if yw is not None:
        j, start = yw[1], (start if intro else yw[2])
    y = year_at(ctx, j)
    if y is None and yw is not None and ctx.is_("paren_open", j) and j + 1 < len(ctx.units):
        # a range of years in brackets after the year word: «عام ( 1931 / 1932 )»
        inner = _p_year(ctx, j + 1)
        if inner is not None and inner.kind == "range" and ctx.is_("paren_close", inner.j):
            return make_hit(ctx, start, inner.j + 1, inner.value, "range", anchored=False)
    if y is None:
        return None
    year, k, hijri = y
    if yw is None and not hijri and k == j + 1:
        # a bare number: a year only where the context says so («في 2014», «1936 - 1939», «2014.»)
        prev = ctx.units[i - 1] if i > 0 else None
        after_cue = prev is not None and (
            ctx.lex.has("year_before", prev.key) or ctx.lex.has("year_before", prev.bare_key)
        )
        if prev is not None and ctx.lex.has("number_label", prev.key):
            return None
        weak = ctx.key(k) in _YEAR_END or ctx.key(k) == "("  # «2014.», «حرب 1948 ( النكبة )»
        weak = weak or _after_event(ctx, i)  # «الانتفاضة الأولى 1987»
        if not ((after_cue and 1000 <= year <= 2100) or (weak and 1900 <= year <= 2035)):
            return None
    # a range of years: «1936 - 1939», «( 1931 / 1932 )»
    if ctx.is_("range_sep", k) and (y2 := year_at(ctx, k + 1)) is not None and y2[0] > year:
        if y2[0] - year < 200 and not hijri:
            return make_hit(ctx, start, y2[1], f"{year:04d}/{y2[0]:04d}", "range", anchored=False)
    if hijri:
        first, last = cal.hijri_to_gregorian(year, 1, 1), cal.hijri_month_end(year, 12)
        if first is None or last is None:
            return None
        return make_hit(ctx, start, k, f"{first}/{last}", "range", anchored=False, hijri=f"{year:04d}")
    if yw is None and intro is None and ctx.is_("paren_open", j) and k == j + 3:
        return TimeMatch(ctx.units[j + 1].start, ctx.units[j + 1].end, f"{year:04d}", "year", False, j=k)
    return make_hit(ctx, start, k, f"{year:04d}", "year", anchored=False)


def _p_relday(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    part = ctx.m("day_part", j, clitic=True)
    if part is not None:
        j, start = part[1], part[2]
        if ctx.is_("of", j):
            j += 1
    rd = ctx.m("relative_day", j, clitic=part is None)
    if rd is None:
        return None
    offset, j = rd[0], rd[1]
    if part is None:
        start = rd[2]
    if offset == 0 and ctx.lex.has("relday_stop_next", ctx.key(j)):
        return None
    if offset == 0 and part is None and j == i + 1 and _that_day(ctx, i):
        return None
    claim = None
    k = j + 1 if ctx.is_("paren_open", j) else j
    wd = ctx.m("weekday", k)
    if wd is not None and (k == j or ctx.is_("paren_close", wd[1])):
        claim = (int(offset), int(wd[0]))
        j = wd[1] + (1 if k > j else 0)
    value = None
    day = None
    if part is None and claim is None and _nowadays(ctx, i, j):
        return make_hit(ctx, start, j, f"{ctx.ref.year:04d}" if ctx.ref else None, "present")
    if ctx.ref is not None:
        day = ctx.ref + dt.timedelta(days=int(offset))
        value = day.isoformat()
    return make_hit(ctx, start, j, value, claim=claim, day=day)


def _that_day(ctx: Ctx, i: int) -> bool:
    """Is the «اليوم» at unit i a day the story told before, not the document date: «ذلك اليوم», «في نفس اليوم»,
    «ذات اليوم», «في مثل هذا اليوم» (tables ``relday_stop_prev``, ``relday_stop_prev2``)?"""
    if i == 0 or ctx.key(i) != "اليوم":
        return False
    if ctx.is_("relday_stop_prev", i - 1):
        return True
    return i >= 2 and ctx.is_("this", i - 1) and ctx.is_("relday_stop_prev2", i - 2)


def _nowadays(ctx: Ctx, i: int, j: int) -> bool:
    """Is the bare «اليوم» at unit i (j: after it) «nowadays», no calendar day? After a verb of becoming or
    lasting («بات اليوم عضوا», «لا يزال اليوم»), a noun it qualifies («عالم اليوم», «عرب اليوم»), «يعيش اليوم في»
    and «في العالم اليوم» (tables ``present_after``, ``present_after_in``, ``present_after_fi``)."""
    if j != i + 1 or i == 0 or ctx.key(i) != "اليوم":
        return False
    prev = ctx.units[i - 1]
    keys = (prev.key, prev.bare_key)
    if any(k and ctx.lex.has("present_after", k) for k in keys):
        return True
    if any(k and ctx.lex.has("present_after_in", k) for k in keys):
        return ctx.key(j) == "في"
    if any(k and ctx.lex.has("present_after_fi", k) for k in keys) and i >= 2:
        before = ctx.units[i - 2]
        return "في" in (before.key, before.bare_key)
    return False


def _p_weekday(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    part = ctx.m("day_part", j, clitic=True)
    if part is not None:
        j, start = part[1], part[2]
    w0 = ctx.m("day_word", j, clitic=part is None)
    if w0 is not None:
        j = w0[1]
        start = start if part else w0[2]
    wd = ctx.m("weekday", j, clitic=part is None and w0 is None)
    if wd is None or (part is None and w0 is None and i > 0 and ctx.is_("weekday_stop_prev", i - 1)):
        return None  # «سوق الخميس» is a market
    j = wd[1]
    if part is None and w0 is None:
        start = wd[2]
    mod = ctx.m("modifier", j)
    direction = 0
    if mod is not None and mod[0] != 0:
        direction, j = int(mod[0]), mod[1]
    if ctx.ref is None:
        return make_hit(ctx, start, j, None)
    if direction == 0:
        direction = 1 if ctx.future(i, j) else 0
    day = cal.weekday_near(ctx.ref, int(wd[0]), direction)
    if direction > 0 and ctx.ref.weekday() == wd[0] and mod is None:
        day = ctx.ref  # «الجمعة» in a future sentence written on a Friday: today
    return make_hit(ctx, start, j, day.isoformat(), day=day)


def _p_unit(ctx: Ctx, i: int) -> TimeMatch | None:
    """«الشهر الماضي», «هذا العام», «منتصف الشهر الماضي», «الثالث عشر من الشهر الماضي», «13 من الشهر الجاري»."""
    j, start = i, ctx.units[i].start
    pos = ctx.m("position", j, clitic=True)
    day = None
    if pos is not None:
        j, start = pos[1], pos[2]
    else:
        dd = day_at(ctx, j)
        if dd is not None and ctx.is_("of", dd[1]):
            day, j = dd[0], dd[1] + 1
    if pos is not None and ctx.is_("of", j):
        j += 1
    this = ctx.m("this", j, clitic=pos is None and day is None)
    if this is not None:
        if pos is None and day is None:
            start = this[2]
        j = this[1]
    unit = ctx.m("unit", j, clitic=pos is None and day is None and this is None)
    if unit is None:
        return None
    if pos is None and day is None and this is None:
        start = unit[2]
    j = unit[1]
    mod = ctx.m("modifier", j)
    if mod is not None and this is None:
        shift, j = int(mod[0]), mod[1]
    elif this is not None or pos is not None or day is not None:
        shift = 0
    else:
        return None
    if day is not None and unit[0] != "month":
        return None
    if ctx.ref is None:
        return make_hit(ctx, start, j, None)
    ref = ctx.ref
    if unit[0] == "week":
        return make_hit(ctx, start, j, cal.iso_week(ref + dt.timedelta(days=7 * shift)), "week")
    if unit[0] == "month":
        y, m = cal.shift_month(ref.year, ref.month, shift)
        if day is not None:
            d = cal.safe_date(y, m, day)
            return make_hit(ctx, start, j, d.isoformat(), day=d) if d else None
        if pos is not None:
            lo, hi = ctx.lex.position_days[pos[0]]
            return make_hit(ctx, start, j, cal.day_range(y, m, lo, hi), "range")
        return make_hit(ctx, start, j, cal.iso_month(y, m), "month")
    y = ref.year + shift
    if pos is not None:
        lo, hi = ctx.lex.position_months[pos[0]]
        return make_hit(ctx, start, j, cal.month_range(y, lo, hi), "range")
    return make_hit(ctx, start, j, f"{y:04d}", "year")


def _p_period(ctx: Ctx, i: int) -> TimeMatch | None:
    """A position or a season of a named period: «مطلع عام 2014», «صيف 2014», «أواخر أغسطس», «الصيف الماضي»,
    «هذا الخريف»."""
    this = ctx.m("this", i, clitic=True)
    season = ctx.m("season", this[1] if this else i, clitic=this is None)
    if this is not None and season is None:
        return None
    pos = None if season else ctx.m("position", i, clitic=True)
    head = season or pos
    if head is None:
        return None
    start, j = (this or head)[2], head[1]
    if ctx.is_("of", j):
        j += 1
    yw = ctx.m("year_word", j)
    y = year_at(ctx, yw[1] if yw else j)
    if y is not None and not y[2]:
        if season is not None:
            lo, hi = season[0]
        else:
            lo, hi = ctx.lex.position_months[pos[0]]  # type: ignore[index]
        return make_hit(ctx, start, y[1], cal.month_range(y[0], lo, hi), "range", anchored=False)
    if season is not None:
        mod = ctx.m("modifier", j) if this is None else (0, j, 0)
        if mod is None or ctx.ref is None:
            return None
        lo, hi = season[0]
        ref = ctx.ref
        year = ref.year + int(mod[0])
        if mod[0] < 0 and ref.month > hi and hi >= lo:
            year = ref.year
        if mod[0] == 0 and hi < lo and ref.month > hi:
            year += 1  # «هذا الشتاء» written in November: the winter to come
        return make_hit(ctx, start, mod[1], cal.month_range(year, lo, hi), "range")
    mm = month_at(ctx, j)
    if mm is None or mm[1] != "g":
        return None
    month, _, k, _ = mm
    yy = year_at(ctx, k)
    lo, hi = ctx.lex.position_days[pos[0]]  # type: ignore[index]
    if yy is not None and not yy[2]:
        return make_hit(ctx, start, yy[1], cal.day_range(yy[0], month, lo, hi), "range", anchored=False)
    if ctx.ref is not None and (rel := _relative_year(ctx, k)) is not None:  # «منتصف مارس من العام الماضي»
        return make_hit(ctx, start, rel[1], cal.day_range(ctx.ref.year + rel[0], month, lo, hi), "range")
    if ctx.ref is not None and (mod := ctx.m("modifier", k)) is not None:  # «نهاية أكتوبر (تشرين الأول) الماضي»
        ref = ctx.ref
        year = ref.year - 1 if mod[0] < 0 and month >= ref.month else ref.year
        year = ref.year + 1 if mod[0] > 0 and month <= ref.month else year
        return make_hit(ctx, start, mod[1], cal.day_range(year, month, lo, hi), "range")
    guess = infer_year(ctx, i, k, month, 15, False)
    return make_hit(ctx, start, k, cal.day_range(guess, month, lo, hi) if guess else None, "range")


def _digits(u: Unit) -> int | None:
    """The number of a unit, also behind a proclitic («و15»)."""
    n = u.number
    if n is None and u.bare_key.isascii() and u.bare_key.isdigit() and len(u.bare_key) <= 2:
        n = int(u.bare_key)
    return n


def _p_dayrange(ctx: Ctx, i: int) -> TimeMatch | None:
    """«من 13 وحتى 15 تشرين الثاني 2016», «بين 3 و5 أغسطس», «10 - 20 يوليو»."""
    j, start = i, ctx.units[i].start
    if (frm := ctx.m("range_from", j, clitic=True)) is not None:
        j, start = frm[1], frm[2]
    if j >= len(ctx.units) or (d1 := ctx.units[j].number) is None or not 1 <= d1 <= 31:
        return None
    k = j + 1
    if k >= len(ctx.units):
        return None
    u = ctx.units[k]
    if ctx.lex.has("range_to", u.key) and k + 1 < len(ctx.units):
        k += 1
    elif not (u.bare_key.isdigit() and u.key[0] in "و"):
        return None
    d2 = _digits(ctx.units[k])
    if d2 is None or not d1 < d2 <= 31:
        return None
    if (num := numeric_at(ctx, k)) is not None and num[0] == d2:
        # the end a whole date: «من 8 إلى 29/11/1433هـ», «من 2 - 4/ 6/ 1436هـ» (Hijri months are 100+)
        _, mo, y, k2 = num
        system = "h" if mo > 100 else "g"
        first = resolve_day(ctx, i, start, k2, d1, mo % 100, system, y, True)
        last = resolve_day(ctx, i, start, k2, d2, mo % 100, system, y, True)
        if first is None or last is None or not (first.value and last.value):
            return None
        return make_hit(ctx, start, k2, f"{first.value}/{last.value}", "range", anchored=False, hijri=last.hijri)
    k += 1
    if ctx.is_("of", k):
        k += 1
    mm = month_at(ctx, k) if k < len(ctx.units) else None
    if mm is None:
        return None
    month, system, k2, _ = mm
    yy = year_at(ctx, k2)
    end = yy[1] if yy else k2
    first = resolve_day(ctx, i, start, end, d1, month, system, yy[0] if yy else None, True)
    last = resolve_day(ctx, i, start, end, d2, month, system, yy[0] if yy else None, True)
    if first is None or last is None:
        return None
    value = f"{first.value}/{last.value}" if first.value and last.value else None
    return make_hit(ctx, start, max(first.j, last.j), value, "range", anchored=yy is None)


_PARSERS = (
    _p_dayrange, _p_date, _p_unit, _p_period, _p_relday, _p_weekday, _p_year, p_ago, p_window, p_decade,
    p_month_range,
)  # fmt: skip


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
    sent_idx: list[int] = []  # the sentence of each unit (units and sentences are both in text order)
    si, final = 0, len(starts) - 1
    for u in units:
        while si < final and starts[si + 1] <= u.start:
            si += 1
        sent_idx.append(si)
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, si in enumerate(sent_idx):
        first.setdefault(si, k)
        last[si] = k + 1
    sent_of = [(first[si], last[si]) for si in sent_idx]
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
    i = 0
    while i < len(units):
        if not (live[i] or live[i + 1] or live[i + 2]):
            i += 1
            continue
        best: TimeMatch | None = None
        for p in _PARSERS:
            h = p(ctx, i)
            if h is not None and (best is None or h.j > best.j):
                best = h
        if best is None:
            i += 1
            continue
        hits.append(best)
        i = best.j
    return read_glosses(ctx, anniversaries(ctx, _merge_equivalents(ctx, hits)))


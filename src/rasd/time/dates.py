"""The parsers of calendar days for the time grammar (:mod:`rasd.time.grammar`): a date with its weekday, a
numeric or a named month, its year or the year the document date gives («5 مايو من العام الماضي»), the year of a
day that names a well-known event («ثورة 25 يناير»), and a range of days in one month («من 13 وحتى 15 تشرين
الثاني 2016», «بين 3 و5 أغسطس»).
"""

from __future__ import annotations

from . import calendar as cal
from .bare_month import bare_month, named_numeric_day
from .components import anniversary_before, day_at, may_open_day, month_at, numeric_at, resolve_day, year_at
from .context import Ctx, TimeMatch, make_hit
from .lexicon import Unit
from .named_days import place_named_year


def may_open_date(ctx: Ctx, i: int) -> bool:
    """Whether a calendar day (``p_date``) may open at unit ``i``: the unit is a first word of one
    (``Lexicon.date_heads``, ``date_clitic_heads`` also past a proclitic) or a day's number (``may_open_day``). A
    test of what ``p_date`` reads first, so that it returns at once at most units, with no change of what it finds."""
    u, lex = ctx.units[i], ctx.lex
    key, bare = u.key, u.bare_key
    return key in lex.date_heads or (bare != "" and bare in lex.date_clitic_heads) or may_open_day(ctx, i)


def p_date(ctx: Ctx, i: int) -> TimeMatch | None:
    if not may_open_date(ctx, i):
        return None
    j, start = i, ctx.units[i].start
    if (intro := ctx.m("date_intro", j, clitic=True)) is not None:
        j, start = intro[1], intro[2]
        if ctx.key(j) == ":":
            j += 1
    weekday = None
    part = ctx.m("day_part", j, clitic=True) if intro is None else None  # «فجر يوم الخميس الثاني من أغسطس»
    w0 = ctx.m("day_word", part[1] if part else j, clitic=part is None)
    wd = ctx.m("weekday", w0[1] if w0 else (part[1] if part else j), clitic=w0 is None and part is None)
    if wd is None:
        part = None
        w0 = ctx.m("day_word", j, clitic=True)
    if wd is not None:
        weekday, j = wd[0], wd[1]
        start = start if intro else (part or w0 or wd)[2]
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
                mod = relative_year(ctx, k2)
                if mod is not None:  # «5 مايو من العام الماضي»: the year the document date gives
                    yy, relative = (ctx.ref.year + mod[0], mod[1], False), True
            if yy is None and ctx.key(k2) == "/" and (ys := year_at(ctx, k2 + 1)) is not None and ys[0] >= 1000:
                yy = ys  # «كانون اول / ( 1986 )»
            told = None
            if yy is None and dd is not None and system == "g" and ctx.is_("of", k2):
                told = ctx.m("same_year", k2 + 1)  # «20 فبراير من العام نفسه»: a year told before
            if yy is not None and yy[2]:
                system = "h"
            if dd is None and yy is None and not (named or ctx.m("modifier", k2) is not None):
                # a bare month name: «مارس» is a verb, «رجب» a name; «في يونيو» is a month (round 71)
                return bare_month(ctx, i, k2, month, system) if j == i and not opened else None
            ey = _event_year(ctx, i, k2, dd[0], month, system) if yy is None and dd is not None else None
            if ey is not None:
                yy = (ey, k2, False)  # «ثورة 25 يناير»: the name of a day of 2011, not of this year
            hit = resolve_day(
                ctx, i, start, told[1] if told else (yy[1] if yy else k2), dd[0] if dd else None, month, system,
                yy[0] if yy else None, True,
            )  # fmt: skip
            if hit is not None and relative:
                hit.anchored = True
            if hit is not None and told is not None:
                hit.year_from = "told"
            elif hit is not None and dd is not None and yy is None and system == "g" and ctx.m("modifier", k2) is None:
                hit.year_from = None if anniversary_before(ctx, i) else "guessed"
                if hit.year_from and ctx.ref and hit.day and hit.day > ctx.ref and ctx.is_("past_copula", hit.j):
                    hit.year_from = "past"  # «العاشر من أغسطس كان ...»: a day gone by, not one to come this year
    if hit is None:
        return None
    if opened:
        if not ctx.is_("paren_close", hit.j):
            return None
        if intro is None and weekday is None:  # «( 21 / 8 / 1943 )»: the span is what the brackets hold
            hit.start, hit.j = ctx.units[k].start, hit.j + 1
        else:
            hit.end, hit.j = ctx.units[hit.j].end, hit.j + 1
    if weekday is not None and hit.day is not None and hit.anchored and hit.hijri is None:
        hit.weekday = weekday  # the year is the document date's guess: the week-day checks it (weekday_year)
    if weekday is not None and hit.day is not None and hit.day.weekday() != weekday:
        hit.warnings.append(
            f"{hit.day.isoformat()} is a {cal.ARABIC_WEEKDAYS[hit.day.weekday()]}, "
            f"the text says {cal.ARABIC_WEEKDAYS[weekday]}"
        )
    return hit


def relative_year(ctx: Ctx, k: int) -> tuple[int, int] | None:
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
    noun («ثورة 25 يناير» 2011, «هجمات 11 سبتمبر» 2001: the ``named_event_day`` table, data/time/named_days.tsv).
    Not with a modifier after it («ثورة 11 فبراير الماضي») nor in an anniversary («في الذكرى 13 لهجمات 11
    سبتمبر»: that day this year), nor where the event is of a year after the document date's."""
    if i == 0 or system != "g" or ctx.m("modifier", k) is not None:
        return None
    u = ctx.units[i - 1]
    table: dict[tuple[str, ...], dict[str, int]] = ctx.lex.phrases["named_event_day"]
    days = table.get((u.key,)) or (table.get((u.bare_key,)) if u.bare_key else None)
    year = days.get(f"{day}/{month}") if days else place_named_year(ctx, i, day, month)
    if year is None or anniversary_before(ctx, i) or (ctx.ref is not None and year > ctx.ref.year):
        return None  # ti405: an event after the document date's year is not the one it tells
    return year


def _digits(u: Unit) -> int | None:
    """The number of a unit, also behind a proclitic («و15»)."""
    n = u.number
    if n is None and u.bare_key.isascii() and u.bare_key.isdigit() and len(u.bare_key) <= 2:
        n = int(u.bare_key)
    return n


def p_dayrange(ctx: Ctx, i: int) -> TimeMatch | None:
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
    if frm is None and (u.key == "و" or (u.bare_key.isdigit() and u.key[0] == "و")):
        return listed_day(ctx, i, j)  # round dt394: «10 و17 أغسطس» is a list of days, no range («10 وحتى 17» is)
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
    return _days_of_month(ctx, i, start, k + 1, d1, d2)


def listed_day(ctx: Ctx, i: int, j: int) -> TimeMatch | None:
    """A day that opens a list of days of one month («10» in «أيام 10 و17 و24 أغسطس 2015»): that day alone, of the
    month (and year) read after the list; each later day is read in its turn."""
    k = j + 1
    while k + 1 < len(ctx.units) and ctx.units[k].key == "و" and ctx.units[k + 1].number is not None:
        k += 2
    if ctx.is_("of", k):
        k += 1
    mm = month_at(ctx, k) if k < len(ctx.units) else None
    if mm is None or (d := ctx.units[j].number) is None:
        return None
    month, system, k2, _ = mm
    year, end, relative = year_after_month(ctx, k2, system)
    got = resolve_day(ctx, i, ctx.units[i].start, end, int(d), month, system, year, True)
    if got is None or not got.value:
        return None
    anchored = year is None or relative
    return make_hit(ctx, ctx.units[i].start, j + 1, got.value, got.kind, anchored=anchored, day=got.day)


def p_day_pair(ctx: Ctx, i: int) -> TimeMatch | None:
    """«يومي الثاني والثالث من أغسطس (آب)», «يومي 2 و3 أغسطس»: the two days, one range (its first day the
    start of what happens on both)."""
    u = ctx.units[i]  # (asked only where a word of ``dual_day`` opens: the lexicon's gate)
    if (dual := ctx.m("dual_day", i, clitic=True)) is None or (first := day_at(ctx, dual[1])) is None:
        return None
    d1, k = first
    if k >= len(ctx.units) or not (w := ctx.units[k]).key.startswith("و") or len(w.key) < 2:
        return None
    lex, bare = ctx.lex, w.bare_key
    d2 = _digits(w) if bare.isdigit() else lex.ordinal_round.get(bare, lex.ordinal_units.get(bare))
    if d2 is None or not d1 < d2 <= 31:
        return None
    return _days_of_month(ctx, i, u.start, k + 1, d1, d2)


def _days_of_month(ctx: Ctx, i: int, start: int, k: int, d1: int, d2: int) -> TimeMatch | None:
    """The range of days ``d1``–``d2`` of the month (and year) read at unit ``k`` (after «من»), else None."""
    if ctx.is_("of", k):
        k += 1
    mm = month_at(ctx, k) if k < len(ctx.units) else None
    if mm is None:
        return None
    month, system, k2, _ = mm
    year, end, relative = year_after_month(ctx, k2, system)
    first = resolve_day(ctx, i, start, end, d1, month, system, year, True)
    last = resolve_day(ctx, i, start, end, d2, month, system, year, True)
    if first is None or last is None:
        return None
    value = f"{first.value}/{last.value}" if first.value and last.value else None
    return make_hit(ctx, start, max(first.j, last.j), value, "range", anchored=year is None or relative)


def year_after_month(ctx: Ctx, k: int, system: str) -> tuple[int | None, int, bool]:
    """The year told after the month of a range or a list of days, the month ending before unit k: (the year or
    None, the unit after what tells it, whether it is told from the document date's). In figures («فبراير 2015»),
    after «عام» (round dt394: «من 8 وحتى 14 فبراير (شباط) عام 1962»: the year is the range's) or «من عام», or
    round ti405: from the document date's («من 8 وحتى 14 فبراير من العام الماضي», «أيام 10 و17 أغسطس من العام
    الجاري»: the year of every day told)."""
    yy = year_at(ctx, k)
    if yy is None and ctx.is_("year_word", k):
        yy = year_at(ctx, k + 1)
    if yy is None and ctx.is_("of", k) and ctx.is_("year_word", k + 1):
        yy = year_at(ctx, k + 2)
    if yy is not None:
        return yy[0], yy[1], False
    if system == "g" and ctx.ref is not None and (mod := relative_year(ctx, k)) is not None:
        return ctx.ref.year + mod[0], mod[1], True
    return None, k, False

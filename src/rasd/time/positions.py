"""The parsers of a week, month, year or season for the time grammar (:mod:`rasd.time.grammar`): one counted from
the document date («الشهر الماضي», «هذا العام», «13 من الشهر الجاري»), a position in it («منتصف الشهر الماضي»),
and a position or a season of a named period («مطلع عام 2014», «صيف 2014», «أواخر أغسطس», «الصيف الماضي»); a
quarter or a half of a year reads as a season («الربع الثاني من عام 2015», «النصف الأول من العام الحالي»).
"""

from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .components import day_at, infer_year, may_open_day, month_at, year_at
from .context import Ctx, TimeMatch, make_hit
from .dates import relative_year


def p_unit(ctx: Ctx, i: int) -> TimeMatch | None:
    """«الشهر الماضي», «هذا العام», «منتصف الشهر الماضي», «الثالث عشر من الشهر الماضي», «13 من الشهر الجاري»."""
    u, lex = ctx.units[i], ctx.lex
    if not (u.key in lex.unit_clitic_heads or (u.bare_key != "" and u.bare_key in lex.unit_clitic_heads)
            or may_open_day(ctx, i)):
        return None  # (what it reads first: a position, «هذا», a unit or a day; at most units, none)
    j, start = i, u.start
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
        late = pos is not None and pos[0] == "late" and mod is not None  # dt363: «نهاية الأسبوع الماضي»: a weekend
        base = cal.week_ref(ref) if late else ref  # (a bare «نهاية الأسبوع» on a Sunday may be the one just ended)
        form = "this" if this is not None or mod is not None and shift == 0 else "bare" if mod is None else ""
        return make_hit(ctx, start, j, cal.iso_week(base + dt.timedelta(days=7 * shift)), "week", week_form=form,
                        position=pos[0] if pos is not None else "")
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
        bare = this is None and mod is None  # «مطلع العام»: this year's, a guess (rasd.time.story_year)
        return make_hit(ctx, start, j, cal.month_range(y, lo, hi), "range", year_from="guessed" if bare else None)
    return make_hit(ctx, start, j, f"{y:04d}", "year")


def p_period(ctx: Ctx, i: int) -> TimeMatch | None:
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
    if season is not None and this is None and ctx.ref is not None and season[0][0] <= season[0][1]:
        rel = relative_year(ctx, head[1])  # «الربع الأول من العام الحالي», «صيف العام الماضي»: that year's
        if rel is not None:
            lo, hi = season[0]
            return make_hit(ctx, start, rel[1], cal.month_range(ctx.ref.year + rel[0], lo, hi), "range")
        if yw is not None and j > head[1] and ctx.units[j].key.startswith("ال") and ctx.m("same_year", j) is None \
                and ctx.m("modifier", yw[1]) is None:  # «الربع الثاني من السنة»: this year's (said as the current one,
            lo, hi = season[0]  # not a story's year: «عامي 2008 و2009 ... نتوقع ... خلال النصف الثاني من العام»)
            return make_hit(ctx, start, yw[1], cal.month_range(ctx.ref.year, lo, hi), "range")
    if season is not None:
        mod = ctx.m("modifier", j) if this is None else (0, j, 0)
        if mod is None or ctx.ref is None:
            return None
        lo, hi = season[0]
        year = season_end_year(ctx.ref, lo, hi, int(mod[0]))
        return make_hit(ctx, start, mod[1], cal.month_range(year, lo, hi), "range")
    mm = month_at(ctx, j)
    if mm is None and ctx.is_("paren_open", j):  # «في نهاية (يونيو)»: the month in brackets
        inner = month_at(ctx, j + 1)
        if inner is not None and ctx.is_("paren_close", inner[2]):
            mm = (inner[0], inner[1], inner[2] + 1, inner[3])
    if mm is None or mm[1] != "g":
        return None
    month, _, k, _ = mm
    yy = year_at(ctx, k)
    if yy is None and ctx.is_("year_word", k):
        yy = year_at(ctx, k + 1)  # round dt363: «نهاية مايو (أيار) عام 2014», as «17 نوفمبر عام 2014» in p_date
    if yy is None and ctx.is_("of", k) and ctx.is_("year_word", k + 1):
        yy = year_at(ctx, k + 2)  # ti714: «آخر أيام شهر يوليو (تموز) من عام 1990», as «17 نوفمبر من عام 1869»
    lo, hi = ctx.lex.position_days[pos[0]]  # type: ignore[index]
    if yy is not None and not yy[2]:
        return make_hit(ctx, start, yy[1], cal.day_range(yy[0], month, lo, hi), "range", anchored=False)
    if ctx.ref is not None and (rel := relative_year(ctx, k)) is not None:  # «منتصف مارس من العام الماضي»
        return make_hit(ctx, start, rel[1], cal.day_range(ctx.ref.year + rel[0], month, lo, hi), "range")
    if ctx.ref is not None and (mod := ctx.m("modifier", k)) is not None:  # «نهاية أكتوبر (تشرين الأول) الماضي»
        ref = ctx.ref
        year = ref.year - 1 if mod[0] < 0 and month >= ref.month else ref.year
        year = ref.year + 1 if mod[0] > 0 and month <= ref.month else year
        return make_hit(ctx, start, mod[1], cal.day_range(year, month, lo, hi), "range")
    guess = infer_year(ctx, i, k, month, 15, False)
    value = cal.day_range(guess, month, lo, hi) if guess else None
    return make_hit(ctx, start, k, value, "range", year_from="guessed" if value else None)


def season_end_year(ref: dt.date, lo: int, hi: int, shift: int) -> int:
    """The year in which the season of months ``lo``..``hi`` (winter wraps: 12..2) told from ``ref`` ends: «الماضي»
    (shift < 0) is the last one wholly past by the month of ``ref`` («الشتاء الماضي» in August 2015 is 2014-12 to
    2015-02; «الصيف الماضي» in August 2015, summer not over, is 2014's), «المقبل» (shift > 0) the first not begun
    («الربيع المقبل» in February 2015 is 2015's, in August 2016's), «هذا/الحالي» (0) the one under way or to come
    this season's year («هذا الشتاء» in November is the winter to come)."""
    wraps = hi < lo
    if shift < 0:
        return (ref.year if ref.month > hi else ref.year - 1) + shift + 1
    if shift > 0:
        return (ref.year if ref.month < lo else ref.year + 1) + (1 if wraps else 0) + shift - 1
    return ref.year + 1 if wraps and ref.month > hi else ref.year

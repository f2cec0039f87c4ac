"""The parser of years for the time grammar (:mod:`rasd.time.grammar`): «عام 2014», a Hijri year, a range of
years («1936 - 1939», «( 1931 / 1932 )»), and a bare number only where the context makes it a year («في 2014»,
«2014.», after an event noun: «الانتفاضة الأولى 1987»).
"""

from __future__ import annotations

from . import calendar as cal
from .components import year_at
from .context import Ctx, TimeMatch, make_hit


_YEAR_END = ("", ".", ",", "،", ")", "-", "/", "؛", ";")


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


def _no_year(ctx: Ctx, i: int, year: int) -> bool:
    """Round 105: a number at unit i (or the bracket before it) with no year word that is no year: one numbered by
    a label before it, bare or in brackets («رقم (1004)», «المادة 1950»), and a small one («حرم (100م)»: «م» is
    metres as often as the era)."""
    if year < 1000:
        return True
    lead = i - 1
    if lead > 0 and ctx.is_("paren_open", lead) and not ctx.is_("paren_open", i):
        lead -= 1  # the number inside the bracket: «رقم ( 1004 )» read from «1004»
    u = ctx.units[lead] if lead >= 0 else None
    return u is not None and any(key and ctx.lex.has("number_label", key) for key in (u.key, u.bare_key))


def p_year(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    if (intro := ctx.m("date_intro", j, clitic=True)) is not None:
        j, start = intro[1], intro[2]
    yw = ctx.m("year_word", j, clitic=True)
    if yw is not None:
        j, start = yw[1], (start if intro else yw[2])
    y = year_at(ctx, j)
    if y is None and yw is not None and ctx.is_("paren_open", j) and j + 1 < len(ctx.units):
        # a range of years in brackets after the year word: «عام ( 1931 / 1932 )»
        inner = p_year(ctx, j + 1)
        if inner is not None and inner.kind == "range" and ctx.is_("paren_close", inner.j):
            return make_hit(ctx, start, inner.j + 1, inner.value, "range", anchored=False)
    if y is None:
        return None
    year, k, hijri = y
    prev = ctx.units[i - 1] if i > 0 else None
    if yw is None and intro is None and not hijri and _no_year(ctx, i, year):
        return None
    if yw is None and not hijri and k == j + 1:
        # a bare number: a year only where the context says so («في 2014», «1936 - 1939», «2014.»)
        after_cue = prev is not None and (
            ctx.lex.has("year_before", prev.key) or ctx.lex.has("year_before", prev.bare_key)
        )
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

"""Round 71: a bare month name told as when something happens («في يونيو», «خلال مارس»), no day, no year and no
«الماضي/المقبل»: the last such month up to the document date's («في يونيو» in August 2015 is 2015-06, «في
أكتوبر» is 2014-10; round ti405: of this year when it is the time of an act to be held, «لصالح عقد مؤتمر في
سبتمبر»: :mod:`rasd.time.plan_acts`). A plan's month to come is the event layer's
(``events.unsaid_time.plan_month``). Only after a time preposition, and only a Gregorian month («مارس» alone may be
a verb, «رجب» a name). And a well-known day in figures with no year («هجمات 9 / 11») is that day of its year."""

from __future__ import annotations

from collections.abc import Callable

from . import calendar as cal
from .components import year_at
from .context import Ctx, TimeMatch, make_hit
from .plan_acts import planned_act

BARE_OPENERS = frozenset(("في", "خلال", "منذ", "حتى"))


def bare_month(ctx: Ctx, i: int, k: int, month: int, system: str) -> TimeMatch | None:
    """The hit of the month name at units ``i``..``k`` (``k`` after it) when a time preposition comes right before
    it; None otherwise."""
    if system != "g" or ctx.ref is None or i == 0 or ctx.key(i - 1) not in BARE_OPENERS:
        return None
    if ctx.is_("of", k) and ctx.is_("paren_open", k + 1) and (yy := year_at(ctx, k + 2)) is not None \
            and ctx.is_("paren_close", yy[1]):  # «في ايار من ( 1950 )»: the year said in brackets
        return make_hit(ctx, ctx.units[i].start, yy[1] + 1, cal.iso_month(yy[0], month), "month", anchored=False)
    if k < len(ctx.units) and (ctx.is_("of", k) or ctx.is_("paren_open", k) or ctx.units[k].number is not None):
        return None  # a year or a day may follow, unread: no guess
    year = ctx.ref.year if month <= ctx.ref.month or planned_act(ctx, i) else ctx.ref.year - 1
    return make_hit(ctx, ctx.units[i].start, k, cal.iso_month(year, month), "month", year_from="guessed")


EventYear = Callable[[Ctx, int, int, int, int, str], "int | None"]


def named_numeric_day(ctx: Ctx, i: int, k: int, start: int, event_year: EventYear) -> TimeMatch | None:
    """«هجمات 9 / 11», «أحداث 11 / 9»: a day and a month in figures, no year, right after the noun of a well-known
    past event (``event_year``: the ``named_event_day`` table) name that day of its year, either order (the
    American month first or the Arab day first), not this year's."""
    if k + 2 >= len(ctx.units) or not ctx.is_("date_sep", k + 1):
        return None
    a, b = ctx.units[k].number, ctx.units[k + 2].number
    if a is None or b is None or ctx.key(k + 3) == ctx.key(k + 1):
        return None  # («11 / 9 / 2001»: a whole date, read as such)
    for day, month in ((int(a), int(b)), (int(b), int(a))):
        year = event_year(ctx, i, k + 3, day, month, "g") if 1 <= month <= 12 else None
        when = cal.safe_date(year, month, day) if year is not None else None
        if when is not None:
            return make_hit(ctx, start, k + 3, cal.iso_date(when), "date", anchored=False)
    return None

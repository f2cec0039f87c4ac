"""Round ti405: a named day of a place told with no event noun. «بعد 30 يونيو» in a sentence that names Egypt is
the day of 2013 that the Egyptian press names so, not this year's 30 June: a day and a month with no year right
after a word of before or after (``named_day_openers``: «بعد», «قبل», «منذ», «عقب»), listed with its place in
``data/time/named_days.tsv`` (``Lexicon.named_day_places``), in a sentence where one of the place's names stands
(«مصر», «المصرية», also behind a proclitic: «لمصر»), unless this year's day is within ``RECENT_DAYS`` of the
document date (the day's anniversary is news of its own: «منذ 25 يناير» in a paper of 30 January). The checks of a
named day told after its noun (no «الماضي/المقبل», no anniversary, no year after the document date's) are the
caller's (:func:`rasd.time.dates._event_year`)."""

from __future__ import annotations

from . import calendar as cal
from .context import Ctx

RECENT_DAYS = 30  # this year's day within this many days of the document date is told as news, not as the event


def place_named_year(ctx: Ctx, i: int, day: int, month: int) -> int | None:
    """The year of the day and month at unit i told as a place's named day, or None."""
    if i == 0 or i >= len(ctx.sent_of):
        return None
    before = ctx.units[i - 1]
    if not any(k and ctx.lex.has("named_day_openers", k) for k in (before.key, before.bare_key)):
        return None
    got = ctx.lex.named_day_places.get(f"{day}/{month}")
    if got is None:
        return None
    year, names = got
    this_year = cal.safe_date(ctx.ref.year, month, day) if ctx.ref is not None else None
    if this_year is not None and ctx.ref is not None and abs((ctx.ref - this_year).days) <= RECENT_DAYS:
        return None  # «منذ 25 يناير» in a paper of 30 January: this year's day of protest, news of the month
    lo, hi = ctx.sent_of[i]
    return year if any(u.key in names or u.bare_key in names for u in ctx.units[lo:hi]) else None

"""Round ti805: a weekday that ends a deadline set in its sentence is the coming one (called by
:func:`rasd.time.days.p_weekday`).

«أمهلت الحكومة المحتجين حتى يوم الاثنين», «منحت المحكمة الشركة مهلة حتى الخميس», «في موعد أقصاه الأحد»: the
weekday follows «حتى» or «أقصاه» (``deadline_links``) and a word of a deadline (``deadline_cue``: «أمهل», «مهلة»,
«أقصاه») stands before it in its sentence, within ``DEADLINE_REACH`` units. A deadline set in the news runs to a day
to come. Not a bare «حتى» («استمرت الاشتباكات حتى يوم الاثنين»: the past one), nor a deadline told as gone by: the
sentence opens with «(و)كان/كانت» (``past_copula``: «وكانت الحكومة قد أمهلت المحتجين حتى الاثنين») or tells its end
(``deadline_ended``: «انتهت المهلة الممنوحة حتى الأحد»)."""

from __future__ import annotations

from .components import DEADLINE_REACH
from .context import Ctx


def _keys(ctx: Ctx, k: int) -> tuple[str, ...]:
    """The keys of unit k as it stands, behind its clitic, and less a «و/ف» before it."""
    u = ctx.units[k]
    return (u.key, u.bare_key, u.key[1:] if u.key[:1] in ("و", "ف") else "")


def _gone_by(ctx: Ctx, lo: int, i: int) -> bool:
    """Does the sentence from unit lo open with «(و)كان/كانت» or tell a deadline's end before unit i?"""
    if any(key and ctx.lex.has("past_copula", key) for key in _keys(ctx, lo)):
        return True
    return any(key and ctx.lex.has("deadline_ended", key) for k in range(lo, i) for key in _keys(ctx, k))


def deadline_day(ctx: Ctx, i: int) -> bool:
    """Is the weekday that starts at unit i («يوم الاثنين», «الخميس») the end of a deadline set before it?"""
    lo, _ = ctx.sent_of[i]
    if i - 1 < lo or not any(key and ctx.lex.has("deadline_links", key) for key in _keys(ctx, i - 1)):
        return False
    if not any(ctx.m("deadline_cue", k, clitic=True) is not None for k in range(max(lo, i - DEADLINE_REACH), i)):
        return False
    return not _gone_by(ctx, lo, i)

"""Round ti405: a day or a month with no year told as the time of an act to be held. «صوتت اللجنة لصالح عقد مؤتمر
استثنائي في سبتمبر», «ترجيح إجراء الانتخابات خلال شهري سبتمبر وأكتوبر» in an August paper: the verbal noun of
holding an act (``plan_acts``: «عقد», «إجراء», «تنظيم»; with no article, also after «لـ»: «لعقد») a few words before
the time, in its sentence, tells an act to come: the day or the month of this year that is still ahead, not last
year's (:func:`rasd.time.components.infer_year`). Not an act told after «بعد/عقب/إثر/منذ» (``act_done_before``:
«بعد إجراء الانتخابات في أكتوبر», an act done), nor across a mark or a number."""

from __future__ import annotations

from .context import Ctx

PLAN_REACH = 5  # units back from the time to the verbal noun of the act it is the time of


def planned_act(ctx: Ctx, i: int) -> bool:
    """Is the time that starts at unit i the time of an act to be held, named by its verbal noun before it?"""
    if i >= len(ctx.sent_of):
        return False
    lo = ctx.sent_of[i][0]
    for k in range(i - 1, max(lo, i - PLAN_REACH) - 1, -1):
        u = ctx.units[k]
        if any(key and ctx.lex.has("plan_acts", key) for key in (u.key, u.bare_key)):
            return k == lo or not ctx.is_("act_done_before", k - 1)
        if not u.key.isalpha():
            return False  # a mark or a number between
    return False

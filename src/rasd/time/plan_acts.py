"""Round ti405: a day or a month with no year told as the time of an act to be held. «صوتت اللجنة لصالح عقد مؤتمر
استثنائي في سبتمبر», «ترجيح إجراء الانتخابات خلال شهري سبتمبر وأكتوبر» in an August paper: the verbal noun of
holding an act with the act it holds (``plan_acts``: «عقد مؤتمر», «إجراء الانتخابات», also after «لـ»: «لعقد
اجتماع»; «عقد» alone may be a contract or a decade) a few words before the time, in its sentence, tells an act to
come: the day or the month of this year that is still ahead, not last year's
(:func:`rasd.time.components.infer_year`, :func:`rasd.time.bare_month.bare_month`). Not an act told after
«بعد/عقب/إثر/منذ» (``act_done_before``: «بعد إجراء الانتخابات في أكتوبر», an act done), nor a verbal noun spelt as
its perfect (``plan_act_perfects``) opening its sentence or after «و/ف» («وعقد الاجتماع في سبتمبر»: it was held),
nor across a mark or a number."""

from __future__ import annotations

from .context import Ctx

PLAN_REACH = 7  # units back from the time to the verbal noun of its act (tm412: «عقد جولة جديدة من المحادثات في»)


def planned_act(ctx: Ctx, i: int) -> bool:
    """Is the time that starts at unit i the time of an act to be held, named by its verbal noun before it (up to
    ``PLAN_REACH`` units back: «عقد مؤتمر عام استثنائي في»)?"""
    return plan_act_at(ctx, i) >= 0


def plan_act_at(ctx: Ctx, i: int) -> int:
    """The unit of the verbal noun of the act to be held whose time starts at unit i (:func:`planned_act`), or -1
    (round tm412: the event layer asks where it stands, ``events.plan_time``)."""
    if i >= len(ctx.sent_of):
        return -1
    lo = ctx.sent_of[i][0]
    for k in range(i - 1, max(lo, i - PLAN_REACH) - 1, -1):
        u = ctx.units[k]
        if ctx.m("plan_acts", k, clitic=True) is not None:
            if ctx.lex.has("plan_act_perfects", u.bare_key or u.key) and (k == lo or u.key[0] in ("و", "ف")):
                return -1  # «وعقد الاجتماع في سبتمبر»: the perfect «عُقد», an act held
            return k if k == lo or not ctx.is_("act_done_before", k - 1) else -1
        if not u.key.isalpha():
            return -1  # a mark or a number between
    return -1

"""Round tm574: «هذا الشهر» / «الشهر الحالي» in a piece dated the 1st of a month told of a past act is the month
before (run by :func:`rasd.time.grammar.find_times` over its hits).

A paper dated the 1st prints what was written the day before, on the last day of the month before: «بعد يوم من
التوصل لاتفاق بشأن برنامج إيران النووي هذا الشهر» in a piece of 1 August is July's deal (in the 347 real articles
the one such «هذا الشهر» of a 1st is the month before). Only where nothing else says which month: no word of the
future in its sentence («من المقرر أن تجتمع هذا الشهر» is the new month), no other time in it, no day of the month
(«السابع من هذا الشهر» is a date, not read here) and no part of it («منتصف الشهر الحالي» is a range)."""

from __future__ import annotations

from . import calendar as cal
from .context import Ctx, TimeMatch
from .days import future_in
from .earlier_week import unit_of

_CURRENT = ("الحالي", "الجاري")


def _this_month(ctx: Ctx, k: int, j: int) -> bool:
    """Are units k..j «هذا الشهر», «الشهر الحالي» or «الشهر الجاري» (with «في/من» before it or not)?"""
    keys = [u.bare_key or u.key for u in ctx.units[k:j]]
    if "الشهر" not in keys:
        return False
    m = keys.index("الشهر")
    return (m > 0 and ctx.is_("this", k + m - 1)) or (m + 1 < len(keys) and keys[m + 1] in _CURRENT)


def first_day_months(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` with «هذا الشهر» of a past act in a piece of the 1st read as the month before (in place)."""
    ref = ctx.ref
    if ref is None or ref.day != 1:
        return hits
    current = cal.iso_month(ref.year, ref.month)
    for h in hits:
        if h.kind != "month" or h.value != current:
            continue
        k = unit_of(ctx, h)
        lo, hi = ctx.sent_of[k]
        if not _this_month(ctx, k, h.j) or future_in(ctx, lo, hi):
            continue
        year, month = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        before = cal.iso_month(year, month)
        if any(o is not h and lo <= unit_of(ctx, o) < hi and not (o.value or "").startswith(before) for o in hits):
            continue  # another time in the sentence, not of the month before: it may tell the month
        h.value = before
    return hits

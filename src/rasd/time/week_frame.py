"""Round dt373: the ISO week of a week counted from the document date where the text's frame moves it (run by
:func:`rasd.time.grammar.find_times` over its hits):

- a position of a bare «الأسبوع» («في بداية الأسبوع», «في منتصف الأسبوع») told of no future is of the week the text
  told last before it («بدأ الأسبوع الماضي في الإعلام الأميركي بـ... . في بداية الأسبوع، اهتم ...»: last week's
  start), where no day counted from the document date («أمس», «اليوم») comes between;
- with no such week before, a bare «نهاية الأسبوع» told of no future in a paper of Monday to Thursday is the weekend
  gone by («تراجع عدد محاولات التسلل خلال عطلة نهاية الأسبوع» on a Tuesday: last week's), the one to come being
  days off;
- «هذا الأسبوع», «الأسبوع الحالي» in a sentence of the past (opened by «و» + a perfect verb, no word of the future)
  in a Monday's paper written the day before (:func:`rasd.time.earlier_week.paper_dated`) is the writer's week, the
  one that ends on that Sunday («وجاء إعلان ... بثه التنظيم أمس، يؤكد فيه قيامها هذا الأسبوع بخطف»), not the ISO
  week the paper's Monday opens («وتستضيف إيران مسؤولين هذا الأسبوع»: to come).
"""

from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .context import Ctx, TimeMatch
from .days import future_in, perfect_shape
from .earlier_week import paper_dated, unit_of

LAST_WEEKDAY_BEFORE_WEEKEND = 3  # Thursday: a paper of this day or before has not yet seen this week's end


def _done(ctx: Ctx, lo: int, hi: int) -> bool:
    """Does the sentence of units lo..hi tell an act done: opened by «و» + a word of a perfect verb's shape, read as
    written («وجاء»: the folded key drops its hamza), with no word of the future in it?"""
    u = ctx.units[lo]
    return u.key[:1] == "و" and perfect_shape(u.text[1:]) and not future_in(ctx, lo, hi)


def week_frames(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` with the weeks of the module moved (in place; the list is returned)."""
    ref = ctx.ref
    if ref is None or not any(h.kind == "week" for h in hits):
        return hits
    paper = paper_dated(hits)
    told: TimeMatch | None = None  # the last week told before, with no day from the document date after it
    for h in hits:
        if h.offset is not None:
            told = None
        if h.kind != "week" or h.value is None:
            continue
        k = unit_of(ctx, h)
        future = ctx.future(k, h.j)
        if h.week_form == "bare" and h.position and not future:
            if told is not None and told.value != h.value:
                h.value = told.value
            elif told is None and h.position == "late" and ref.weekday() <= LAST_WEEKDAY_BEFORE_WEEKEND:
                h.value = cal.iso_week(ref - dt.timedelta(days=7))
        elif h.week_form == "this" and not h.position and paper and ref.weekday() == 0 \
                and _done(ctx, *ctx.sent_of[k]):
            h.value = cal.iso_week(ref - dt.timedelta(days=1))
        told = h
    return hits

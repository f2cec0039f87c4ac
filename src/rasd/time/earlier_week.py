"""Round 281: a bare weekday that names the day before a newspaper's date or the date itself, in a text whose writer
calls the day before «أمس», is the weekday of the week before (run by :func:`rasd.time.grammar.find_times` over
its hits).

A piece dated by its paper's day tells the news of the day before as «أمس» and of that day, not yet come when it was
written, with «اليوم» + the weekday («اليوم (الخميس)»). Where it does so, a bare weekday valued as the latest such day
(:func:`rasd.time.days.p_weekday`: no «الماضي/المقبل», no future around it) is read a week earlier in two frames:

- «وكانت جبهة النصرة خطفت ثمانية عناصر ... مساء الأربعاء»: a sentence opening with the pluperfect «(و)كان/كانت»
  tells an act before the news; a weekday in its clause (no comma, no «أن» between «كان» and the weekday) that would
  be the day before («أمس» for this writer) is the one of the week before;
- «وأكدت حركة طالبان، الخميس، وفاة الملا عمر» in a piece dated Thursday: a sentence opening with a perfect verb (no
  word of the future in it) tells a past act; the weekday of the paper's own day is last week's.

Not where the text calls its own day «اليوم (الخميس)» (the piece is of that day), nor where it never says «أمس».
"""

from __future__ import annotations

import datetime as dt

from ..text.normalize import COMMAS as _COMMAS
from .context import Ctx, TimeMatch
from .days import future_in, perfect_shape

WEEK = dt.timedelta(days=7)


def unit_of(ctx: Ctx, h: TimeMatch) -> int:
    """The unit at which hit ``h`` starts."""
    k = h.j - 1
    while k > 0 and ctx.units[k].start > h.start:
        k -= 1
    return k


def _opener(ctx: Ctx, lo: int) -> str:
    """The key of the sentence's first word less a «و/ف» before it."""
    u = ctx.units[lo]
    return u.bare_key if u.bare_key and u.key[:1] in ("و", "ف") else u.key


def _pluperfect_clause(ctx: Ctx, lo: int, k: int) -> bool:
    """Does the sentence from unit ``lo`` open with «(و)كان/كانت» (``past_copula``) with the weekday at unit ``k`` in
    its clause: no comma and no «أن» (``earlier_week_stops``: «وكان من المفترض أن تبدأ ... الجمعة») between?"""
    if not ctx.lex.has("past_copula", _opener(ctx, lo)) or k <= lo + 1:
        return False
    return not any(ctx.units[t].text in _COMMAS or ctx.is_("earlier_week_stops", t) for t in range(lo + 1, k))


def _past_sentence(ctx: Ctx, lo: int, hi: int) -> bool:
    """Does the sentence of units lo..hi open with a word of a perfect verb's shape after «و» («وأكدت»), with no word
    of the future in it?"""
    u = ctx.units[lo]
    if u.key[:1] != "و" or not u.bare_key or not perfect_shape(u.bare_key) or ctx.lex.has("past_copula", u.bare_key):
        return False
    return not future_in(ctx, lo, hi)


def paper_dated(hits: list[TimeMatch]) -> bool:
    """Does the text tell the day before its date as «أمس» and never call its own day «اليوم (الخميس)»: a piece
    dated by its paper's day, written the day before it?"""
    return any(h.offset == -1 for h in hits) and not any(h.claim is not None and h.claim[0] == 0 for h in hits)


def earlier_weeks(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` with the weekdays of the module read a week earlier (in place; the list is returned)."""
    ref = ctx.ref
    if ref is None or not any(h.latest for h in hits):
        return hits
    if not paper_dated(hits):
        return hits  # the writer never says «أمس», or the piece is of «اليوم (الخميس)»
    for h in hits:
        if not h.latest or h.day is None or (ref - h.day).days not in (0, 1):
            continue
        k = unit_of(ctx, h)
        lo, hi = ctx.sent_of[k]
        if any(o.offset is not None and lo <= unit_of(ctx, o) < hi for o in hits):
            continue  # «أمس» or «اليوم» in the sentence: its days are told from the writer's
        back = _pluperfect_clause(ctx, lo, k) if h.day < ref else _past_sentence(ctx, lo, hi)
        if back:
            h.day = h.day - WEEK
            h.value = h.day.isoformat()
    return hits

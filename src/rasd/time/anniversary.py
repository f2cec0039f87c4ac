"""Anniversaries: «الذكرى الـ25 لغزو الكويت في 2 أغسطس 1990» also names the day 25 years on (2015-08-02)."""

from __future__ import annotations

from . import calendar as cal
from .context import Ctx, TimeMatch, ordinal_number


def anniversaries(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """«الذكرى الـ25 لغزو الكويت في 2 أغسطس 1990» → also «الذكرى الـ25» = 2015-08-02."""
    out: list[TimeMatch] = []
    starts: dict[int, int] | None = None  # unit index by start offset, built when first needed (rarely)
    for h in hits:
        if h.day is None or h.anchored:
            continue
        if starts is None:
            starts = {u.start: k for k, u in enumerate(ctx.units)}
        k0 = starts.get(h.start)
        if k0 is None:
            continue
        lo, _ = ctx.sent_of[k0]
        for a in range(max(lo, k0 - 8), k0):
            if not (ctx.is_("anniversary", a) or ctx.lex.has("anniversary", ctx.units[a].bare_key)):
                continue
            b = a + 1
            if ctx.key(b) == "ال":  # «الـ25» split by the tokenizer
                b += 1
            digits = ctx.key(b).removeprefix("ال")
            n, after = (int(digits), b + 1) if digits.isascii() and digits.isdigit() and len(digits) <= 3 else (None, b)
            if n is None and (o := ordinal_number(ctx, a + 1)) is not None:
                n, after = o
            day = cal.safe_date(h.day.year + n, h.day.month, h.day.day) if n and after <= k0 else None
            if day is not None:
                a_start = ctx.units[a].start if ctx.is_("anniversary", a) else ctx.units[a].bare_start
                end = ctx.units[after - 1].end
                out.append(TimeMatch(a_start, end, day.isoformat(), "date", False, day=day, j=after))
            break
    return sorted(hits + out, key=lambda h: h.start)

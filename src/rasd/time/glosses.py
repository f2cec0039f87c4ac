"""Round 66: what the text around a matched time says of it, read after the grammar. A day and a month in the name
of a place («محطة ملعب 22 مايو», «شارع 26 يوليو»: the table ``date_name_heads``) is no time; an editor's gloss in
brackets corrects a speaker's relative day («اختطفت اليوم (أمس)»: the article's yesterday); a year told from
another year («عام 2014 ... مقارنة بـ600 مليون دولار العام السابق»: ``relational_modifiers``) is counted from
the last year named before it in its sentence, not from the document date. Round 80: one told of another act
(«العام السابق للغزو») is counted from that act's year said before, else has no value; after a title's head
(«النائب العام السابق») it is no time."""

from __future__ import annotations

from .context import Ctx, TimeMatch


def _unit_index(ctx: Ctx) -> dict[int, int]:
    """Unit index by start offset, the start of its bare word included."""
    at = {u.start: k for k, u in enumerate(ctx.units)}
    at.update({u.bare_start: k for k, u in enumerate(ctx.units)})
    return at


def _in_name(ctx: Ctx, h: TimeMatch, k: int) -> bool:
    """A day and month with no year of its own at unit k, right after the head noun of a place's name."""
    if h.kind != "date" or k <= 0 or ctx.units[k].number is None or ctx.units[k].number > 31:  # type: ignore[operator]
        return False
    if any(u.number is not None and u.number > 31 for u in ctx.units[k : h.j]):
        return False  # «ملعب 22 مايو 1990»: a year said, a date
    return ctx.is_("date_name_heads", k - 1)


def _gloss(ctx: Ctx, a: TimeMatch, b: TimeMatch, at: dict[int, int]) -> bool:
    """Whether ``b`` is a relative day in brackets right after the relative day ``a`` («اليوم (أمس)», «صباح اليوم
    (أمس)»)."""
    ka, kb = at.get(a.start), at.get(b.start)
    if ka is None or kb is None or kb != a.j + 1 or not ctx.is_("paren_open", a.j):
        return False
    if not ctx.is_("paren_close", b.j) or a.claim is not None or b.claim is not None:
        return False
    # (round 240: or a part of that day before it, «صباح اليوم (أمس)»: the day's last unit is the relative day)
    day_a = ctx.m("relative_day", ka, clitic=True) is not None or (
        a.j - 1 > ka and ctx.m("relative_day", a.j - 1, clitic=True) is not None)
    return day_a and ctx.m("relative_day", kb, clitic=True) is not None


OTHER_REACH = 4  # units from a noun named before to the year said of it («الغزو في عام 1990»)


def _stem(ctx: Ctx, j: int) -> str:
    """The key of unit j without «و/ف/ب/ل» and the article."""
    u = ctx.units[j]
    key = u.bare_key or u.key
    key = key[2:] if key.startswith("ال") else key
    return key


def _year_of(ctx: Ctx, h: TimeMatch, hits: list[TimeMatch], at: dict[int, int]) -> str | None:
    """Round 80: «في العام السابق للغزو»: the year of the act the noun after «لـ» names, when the noun is said
    before with a year written right after it («الغزو في عام 1990»); else None (no year is better than the
    article's year less one)."""
    noun = _stem(ctx, h.j)
    if len(noun) < 3:
        return None
    for p in reversed(hits):
        k = at.get(p.start)
        if p.end > h.start or k is None or p.kind != "year" or p.anchored or not (p.value or "").isdigit():
            continue
        if any(_stem(ctx, u) == noun for u in range(max(0, k - OTHER_REACH), k)):
            return p.value
    return None


def _relational(ctx: Ctx, h: TimeMatch, k: int, hits: list[TimeMatch], at: dict[int, int]) -> TimeMatch | None:
    """«العام السابق» after a year named in its sentence: that year less one («التالي»: plus one); round 80: of
    the act named after it with «لـ» («العام السابق للغزو»), that act's year or none; after a title's head
    («النائب العام السابق», the former attorney general: ``general_heads``) no time at all."""
    last = h.j - 1
    if h.kind != "year" or last <= k or not ctx.is_("relational_modifiers", last):
        return h
    unit = ctx.m("unit", last - 1)
    mod = ctx.m("modifier", last)
    if unit is None or unit[0] != "year" or mod is None:
        return h
    if k > 0 and ctx.is_("general_heads", k - 1):
        return None
    if h.j < len(ctx.units) and ctx.units[h.j].key.startswith("ل") and ctx.units[h.j].bare_key \
            and ctx.sent_of[h.j] == ctx.sent_of[k]:
        year = _year_of(ctx, h, hits, at)
        h.value, h.anchored = (f"{int(year) + int(mod[0]):04d}" if year else None), False
        return h
    lo, _ = ctx.sent_of[k]
    named = [p for p in hits if p.end <= h.start and p.kind == "year" and not p.anchored and p.value
             and p.value.isdigit() and (at.get(p.start) or -1) >= lo]
    if not named:
        return h
    h.value, h.anchored = f"{int(named[-1].value or '0') + int(mod[0]):04d}", False
    return h


def read_glosses(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` less the dates in place names, with glossed relative days and relational years revalued (in
    place: the matches are this scan's own)."""
    at = _unit_index(ctx)
    out: list[TimeMatch] = []
    for n, h in enumerate(hits):
        k = at.get(h.start)
        if k is None:
            out.append(h)
            continue
        if _in_name(ctx, h, k):
            continue
        nxt = hits[n + 1] if n + 1 < len(hits) else None
        if nxt is not None and _gloss(ctx, h, nxt, at):
            h.value, h.day = nxt.value, nxt.day
        rel = _relational(ctx, h, k, hits, at)
        if rel is not None:
            out.append(rel)
    return out

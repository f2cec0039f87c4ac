"""The pieces of a date the parsers of :mod:`rasd.time.grammar` read from a position: a year, an ordinal in
words, a day number, a month name, a numeric date, and the resolution of a day and month without a year against
the document date (the year inferred, the anniversary reading «ذكرى ...» kept apart)."""

from __future__ import annotations

from ..text.numbers import may_start_number
from . import calendar as cal
from .context import Ctx, TimeMatch, make_hit, ordinal_number
from .plan_acts import planned_act
from .then_now import HISTORY_YEARS


def year_at(ctx: Ctx, j: int) -> tuple[int, int, bool] | None:
    """A year at j: «2014», «( 1948 )», «1436 هـ», «1907 ميلادي» → (year, j after, is_hijri)."""
    k = j
    opened = ctx.is_("paren_open", k)
    if opened:
        k += 1
    y = ctx.units[k].number if k < len(ctx.units) else None
    if y is None or not (100 <= y <= 2200) or len(ctx.units[k].key) < 3:
        return None
    k += 1
    hijri = False
    for _ in range(2):
        if ctx.is_("era_stop_next", k + 1):  # «1000 م مربع»: metres, not an era
            break
        if ctx.is_("era_hijri", k):
            hijri, k = True, k + 1
        elif ctx.is_("era_gregorian", k):
            k += 1
        elif opened and ctx.is_("paren_close", k):
            opened, k = False, k + 1
        else:
            break
    if opened or (k == j + 3 and not 1000 <= y <= 2200):  # «مادة ( 109 )» is no year
        return None
    return y, k, hijri


def ordinal_words(ctx: Ctx, j: int) -> tuple[int, int] | None:
    """An ordinal day (1–31) in words: the numbers layer's reader, else the table (it knows «الثلث عشر»)."""
    if (res := ordinal_number(ctx, j, 31)) is not None:
        return res
    lex, key = ctx.lex, ctx.key(j)
    if key in lex.ordinal_round:
        return lex.ordinal_round[key], j + 1
    if key in lex.ordinal_units:
        v, nxt = lex.ordinal_units[key], ctx.key(j + 1)
        if nxt in lex.ordinal_tens and v < 10:
            return v + lex.ordinal_tens[nxt], j + 2
        return v, j + 1
    return None


def may_open_day(ctx: Ctx, j: int) -> bool:
    """Whether ``day_at`` may read a day at unit ``j`` (when not, it returns None): digits, an ordinal of the tables,
    or the first word of a number in words (``rasd.text.numbers.may_start_number``)."""
    u, lex = ctx.units[j], ctx.lex
    key = u.key
    return key[:1].isdigit() or key in lex.ordinal_round or key in lex.ordinal_units or may_start_number(u.text)


def day_at(ctx: Ctx, j: int) -> tuple[int, int] | None:
    if j < len(ctx.units):
        n = ctx.units[j].number
        if n is not None and 1 <= n <= 31 and len(ctx.units[j].key) <= 3:
            return n, j + 1
    return ordinal_words(ctx, j)


def month_at(ctx: Ctx, j: int, clitic: bool = False) -> tuple[int, str, int, bool] | None:
    """«[شهر] أيلول [(سبتمبر)|/ سبتمبر]» → (month, "g"|"h", j after, named: shahr or paired); with ``clitic`` the
    first word may carry a proclitic («ومارس»)."""
    named = False
    if j >= len(ctx.units):
        return None
    if ctx.is_("month_word", j) or ctx.lex.has("month_word", ctx.units[j].bare_key):
        named, j = True, j + 1
    for system in ("g", "h"):
        hit = ctx.m("month_" + system, j, clitic=clitic and not named)
        if hit is None:
            continue
        month, k, _ = hit
        if system == "g":
            # the paired name: «أيلول (سبتمبر)», «آب/أغسطس», «أكتوبر / تشرين الأول»
            if ctx.is_("paren_open", k) and (p := ctx.m("month_g", k + 1)) and ctx.is_("paren_close", p[1]):
                named, k = True, p[1] + 1
            elif ctx.key(k) in ("/", "-") and (p := ctx.m("month_g", k + 1)):
                named, k = True, p[1]
        return month, system, k, named
    return None


def numeric_at(ctx: Ctx, j: int) -> tuple[int, int, int, int] | None:
    """«26 / 4 / 1948», «4 / 22 / 1948», «20 / شعبان / 1428» (Hijri month names give 100+month)."""
    d = ctx.units[j].number if j < len(ctx.units) else None
    sep = ctx.key(j + 1)
    if d is None or not ctx.is_("date_sep", j + 1):
        return None
    mo: int | None = ctx.units[j + 2].number if j + 2 < len(ctx.units) else None
    k = j + 3
    if mo is None:
        mh = ctx.m("month_h", j + 2)
        if mh is None:
            return None
        mo, k = 100 + mh[0], mh[1]
    if ctx.key(k) != sep:
        return None
    y = year_at(ctx, k + 1)
    if y is None or y[0] < 1000:
        return None
    if mo > 100 or y[2]:
        return d, mo if mo > 100 else 100 + mo, y[0], y[1]
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return d, mo, y[0], y[1]


def infer_year(
    ctx: Ctx, i: int, j: int, month: int, day: int, anniversary: bool, *, whole_month: bool = False
) -> int | None:
    """The year of a day (or with ``whole_month`` a month) named with none at units i..j, from the document date:
    this year's, the next one's for a day to come more than a month before it, last year's for a day more than a
    month after it, or a year told before it (:func:`context_year`)."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    if anniversary:
        return ref.year
    if whole_month and month == ref.month:
        return own_month_year(ctx, i)
    cand = cal.safe_date(ref.year, month, min(day, 28))
    if cand is None:
        return None
    if ctx.future(i, j):
        return ref.year + 1 if (ref - cand).days > 30 else ref.year
    if cand > ref and planned_act(ctx, i):
        return ref.year  # ti405: «لصالح عقد مؤتمر استثنائي في سبتمبر»: an act to be held, still ahead this year
    if cand > ref and deadline_before(ctx, i):
        return ref.year  # dt373: «أمهل الوسطاء المتقاتلين حتى 17 أغسطس»: a deadline to come (one gone by: no change)
    if cand > ref and (told := context_year(ctx, i)) is not None:
        return told  # round 148: «عام 1990 ... وأعلنت في يوم 9 أغسطس ضم الكويت»: that year's, not one to come
    return ref.year - 1 if (cand - ref).days > 30 else ref.year


DEADLINE_REACH = 12  # units back from a day to the word of a deadline that it ends («أمهل الوسطاء المتقاتلين حتى»)


def deadline_before(ctx: Ctx, i: int) -> bool:
    """Round dt373: is the day at unit i the end of a deadline told before it in its sentence («وأمهل الوسطاء
    المتقاتلين حتى 17 أغسطس», «مهلة تنتهي في», ti405: «الكونغرس أمامه حتى 17 سبتمبر»: ``deadline_cue``)? A
    deadline set in the news runs to a day to come, not one of a past year the text told before."""
    lo, _ = ctx.sent_of[i] if i < len(ctx.sent_of) else (i, i)
    return any(ctx.m("deadline_cue", k, clitic=True) is not None for k in range(max(lo, i - DEADLINE_REACH), i))


MONTH_REACH = 4  # units back from a year to a month told with it («يناير (كانون الثاني) 1991»)


def own_month_year(ctx: Ctx, i: int) -> int | None:
    """Round ti405: the year of the document date's own month named with no year at unit i («ليبدأ سعر النفط شهر
    أغسطس» in a paper of 6 August 2015): the document date's, the paper being written in that month; a year told
    before it in its sentence, or one of history told in the sentence before («عام 1990 ... وفي شهر أغسطس»), is the
    story's year instead, not a recent one told in the sentence before («خلال عام 2014. ... شهر أغسطس»)."""
    if ctx.ref is None:
        return None
    told = context_year(ctx, i)
    if told is None or i >= len(ctx.sent_of):
        return ctx.ref.year
    if ctx.ref.year - told >= HISTORY_YEARS or context_year(ctx, i, same_sentence=True) is not None:
        return told
    return ctx.ref.year


def context_year(ctx: Ctx, i: int, *, same_sentence: bool = False) -> int | None:
    """The last year written before unit i in its sentence or (unless ``same_sentence``) the one before («عام
    1990»), when it is before the document date's year; None else. A day and month past the document date with no
    word of the future is of it. A year told with its month («في يوليو 2014») is a time of its own, left to
    :mod:`rasd.time.story_year`."""
    if ctx.ref is None or i >= len(ctx.sent_of):
        return None
    lo, _ = ctx.sent_of[i]
    if lo > 0 and not same_sentence:
        lo = ctx.sent_of[lo - 1][0]
    for k in range(i - 1, lo - 1, -1):
        y = year_at(ctx, k)
        if y is not None and not y[2] and len(ctx.units[k].key) == 4 and 1000 <= y[0] < ctx.ref.year:
            dated = any(ctx.lex.has("month_g", ctx.units[u].key) or ctx.lex.has("month_h", ctx.units[u].key)
                        for u in range(max(lo, k - MONTH_REACH), k))
            return None if dated else y[0]
    return None


def anniversary_before(ctx: Ctx, i: int) -> bool:
    lo, _ = ctx.sent_of[i] if i < len(ctx.sent_of) else (0, 0)
    return any(
        ctx.is_("anniversary", k) or ctx.lex.has("anniversary", ctx.units[k].bare_key)
        for k in range(max(lo, i - 5), i)
    )


def resolve_day(
    ctx: Ctx, i: int, start: int, j: int, day: int | None, month: int, system: str, year: int | None,
    named: bool,
) -> TimeMatch | None:  # fmt: skip
    if system == "h":
        href = cal.gregorian_to_hijri(ctx.ref) if ctx.ref else None
        hy = year if year is not None else (href[0] if href else None)
        if hy is None:
            return make_hit(ctx, start, j, None)
        if day is None:
            if ctx.is_("month_epithet", j):  # «شهر رمضان المبارك»
                j += 1
            mod = ctx.m("modifier", j) if year is None else None
            if mod is not None:
                j = mod[1]
            first, last = cal.hijri_to_gregorian(hy, month, 1), cal.hijri_month_end(hy, month)
            if first is None or last is None:
                return None
            if mod is not None and ctx.ref is not None and mod[0] != 0:
                # «رمضان الماضي» written during or before this year's Ramadan is last year's
                if (mod[0] < 0 and first > ctx.ref) or (mod[0] > 0 and last < ctx.ref):
                    return resolve_day(ctx, i, start, j, None, month, "h", hy + int(mod[0]), named)
            return make_hit(ctx, start, j, f"{first}/{last}", "range", anchored=year is None)
        g = cal.hijri_to_gregorian(hy, month, day)
        if g is None:
            return None
        return make_hit(
            ctx, start, j, g.isoformat(), anchored=year is None, day=g, hijri=f"{hy:04d}-{month:02d}-{day:02d}"
        )
    if day is None:
        if year is not None:
            return make_hit(ctx, start, j, cal.iso_month(year, month), "month", anchored=False)
        if not named:
            return None
        mod = ctx.m("modifier", j)
        if ctx.ref is None:
            return make_hit(ctx, start, mod[1] if mod else j, None)
        ref = ctx.ref
        if mod is not None:
            y = ref.year - 1 if mod[0] < 0 and month >= ref.month else ref.year
            y = ref.year + 1 if mod[0] > 0 and month <= ref.month else y
            return make_hit(ctx, start, mod[1], cal.iso_month(y, month), "month")
        y = infer_year(ctx, i, j, month, 15, False, whole_month=True) or ref.year
        return make_hit(ctx, start, j, cal.iso_month(y, month), "month", year_from="guessed")
    anchored = year is None
    if year is None:
        mod = ctx.m("modifier", j)  # «3 شتنبر الماضي», «5 أغسطس المقبل»
        if mod is not None:
            j = mod[1]
        if ctx.ref is None:
            return make_hit(ctx, start, j, None)
        year = infer_year(ctx, i, j, month, day, anniversary_before(ctx, i))
        cand = cal.safe_date(ctx.ref.year, month, day)
        if mod is not None and mod[0] != 0 and cand is not None:
            if mod[0] < 0:
                year = ctx.ref.year - 1 if cand > ctx.ref else ctx.ref.year
            else:
                year = ctx.ref.year + 1 if cand < ctx.ref else ctx.ref.year
        if year is None:
            return make_hit(ctx, start, j, None)
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    return make_hit(ctx, start, j, d.isoformat(), anchored=anchored, day=d)

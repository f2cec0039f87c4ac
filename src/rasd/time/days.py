"""The parsers of days named from the document date for the time grammar (:mod:`rasd.time.grammar`): «اليوم»,
«أمس», «غدا» with a part of the day and the weekday the text claims («اليوم (الاثنين)»), not a day the story told
before («ذلك اليوم») nor «nowadays» («عالم اليوم»); and a weekday («الخميس الماضي», «يوم الجمعة»).
"""

from __future__ import annotations

import datetime as dt

from ..text.normalize import COMMAS as _COMMAS
from . import calendar as cal
from .surname_weekday import surname_weekday
from .deadline_day import deadline_day
from .context import Ctx, TimeMatch, make_hit
from .topic_now import topic_now
from .then_now import old_speech, quoted_title, set_against, then_now


def p_relday(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    part = ctx.m("day_part", j, clitic=True)
    if part is not None:
        j, start = part[1], part[2]
        if ctx.is_("of", j):
            j += 1
    rd = ctx.m("relative_day", j, clitic=part is None)
    if rd is None:
        return None
    offset, j = rd[0], rd[1]
    if part is None:
        start = rd[2]
    if offset == 0 and ctx.lex.has("relday_stop_next", ctx.key(j)):
        return None
    if offset == 0 and part is None and _ordinal_next(ctx, j):
        return None  # «لليوم السابع على التوالي»: a running count of days, no date (round 167)
    if offset < 0 and ctx.is_("relday_idiom_next", j):
        return None  # «بالأمس القريب»: recently, no day told
    if offset == 0 and part is None and (_that_day(ctx, i) or quoted_title(ctx, i, j)) and j == i + 1:
        return None  # «ذلك اليوم»; dt373: «صحيفة «إسرائيل اليوم»»
    if offset == 0 and part is None and j == i + 1 and old_speech(ctx, i):
        return make_hit(ctx, start, j, None)  # round 217: «قال آنذاك في كلمة له: «في هذا اليوم»»: that speech's day
    if part is None and ctx.is_("relday_generic_prev", i - 1):
        return None  # round 212: «لا أمس ولا في الماضي», «لا اليوم ولا غدا»: never, no day told
    claim = None
    k = j + 1 if ctx.is_("paren_open", j) else j
    wd = ctx.m("weekday", k)
    if wd is not None and (k == j or ctx.is_("paren_close", wd[1])):
        claim = (int(offset), int(wd[0]))
        j = wd[1] + (1 if k > j else 0)
    value = None
    day = None
    if part is None and claim is None and (_nowadays(ctx, i, j) or then_now(ctx, i, j)
                                                or set_against(ctx, i, j)):
        return make_hit(ctx, start, j, f"{ctx.ref.year:04d}" if ctx.ref else None, "present")
    if ctx.ref is not None:
        day = ctx.ref + dt.timedelta(days=int(offset))
        value = day.isoformat()
    return make_hit(ctx, start, j, value, claim=claim, day=day, offset=int(offset))


def _ordinal_next(ctx: Ctx, j: int) -> bool:
    """Does an ordinal («السابع», «العشرين») follow «اليوم» at unit j: «اليوم السابع» counts days, no date?"""
    if j >= len(ctx.units):
        return False
    key = ctx.key(j)
    return key in ctx.lex.ordinal_units or key in ctx.lex.ordinal_round


def _that_day(ctx: Ctx, i: int) -> bool:
    """Is the «اليوم» at unit i a day the story told before, not the document date: «ذلك اليوم», «في نفس اليوم»,
    «ذات اليوم», «في مثل هذا اليوم» (tables ``relday_stop_prev``, ``relday_stop_prev2``)?"""
    if i == 0 or ctx.key(i) != "اليوم":
        return False
    if ctx.is_("relday_stop_prev", i - 1):
        return True
    return i >= 2 and ctx.is_("this", i - 1) and ctx.is_("relday_stop_prev2", i - 2)


def _nowadays(ctx: Ctx, i: int, j: int) -> bool:
    """Is the bare «اليوم» at unit i (j: after it) «nowadays», no calendar day? In the clause of a verb of becoming
    or lasting («بات اليوم عضوا», «لا يزال اليوم»: :func:`_becoming_before`), a word of seeming, obligation or state
    («يبدو», «مطالبون اليوم», «علينا اليوم أن», «كما هو الحال اليوم»), a noun it qualifies («عالم اليوم», «عرب
    اليوم»), «يعيش اليوم في» and «في العالم اليوم» (tables ``present_after``, ``present_after_in``,
    ``present_after_fi``); «نعيش اليوم»; round 240: «ما يحدث اليوم هو» (:func:`_what_is_now`)."""
    if j != i + 1 or i == 0 or ctx.key(i) != "اليوم":
        return False
    prev = ctx.units[i - 1]
    keys = (prev.key, prev.bare_key)
    if any(k and ctx.lex.has("present_after", k) for k in keys) or _becoming_before(ctx, i):
        return True
    if any(k and ctx.lex.has("present_after_in", k) for k in keys):
        return ctx.key(j) == "في"
    if any(k and ctx.lex.has("present_after_fi", k) for k in keys) and i >= 2 \
            and "في" in (ctx.units[i - 2].key, ctx.units[i - 2].bare_key):
        return True
    return _what_is_now(ctx, i, j) or topic_now(ctx, i)


BECOMING_REACH = 4  # units back from «اليوم» to the verb of becoming or lasting of its clause


def _becoming_before(ctx: Ctx, i: int) -> bool:
    """Round ti405: is the «اليوم» at unit i in a clause of a verb of becoming or lasting (``present_becoming``)
    right before it or a few words before in its clause, its subject or a present verb between («بات اليوم عضوا»,
    «بات المقاتلون المعتدلون اليوم محصورين», «لا يزال يعمل اليوم كثير من السعوديين»)? Not «حتى اليوم» / «إلى
    اليوم» (``range_to``: until the document date, which is a day), nor across a mark or a number."""
    if ctx.is_("range_to", i - 1):
        return False
    lo = ctx.sent_of[i][0] if i < len(ctx.sent_of) else 0
    for k in range(i - 1, max(lo, i - BECOMING_REACH) - 1, -1):
        u = ctx.units[k]
        if any(key and ctx.lex.has("present_becoming", key) for key in (u.key, u.bare_key)):
            return True
        if not u.key.isalpha():
            return False
    return False


def _what_is_now(ctx: Ctx, i: int, j: int) -> bool:
    """Round 240: «ما يحدث اليوم هو صراع», «إن ما نشهده اليوم هي حرب»: «ما» (``present_what``), a present verb and
    «اليوم» told of with «هو/هي» (``present_copulas``) right after: what goes on nowadays, no calendar day («ما
    حدث اليوم هو»: a perfect, the day's event; «يزور الرئيس اليوم الرياض»: no «ما ... هو»)."""
    if i < 2 or not ctx.is_("present_copulas", j):
        return False
    verb = ctx.units[i - 1]
    what = ctx.units[i - 2]
    if not any(k and ctx.lex.has("present_what", k) for k in (what.key, what.bare_key)):
        return False
    return len(verb.key) >= 4 and verb.key[0] in ("ي", "ت", "ن")


def p_weekday(ctx: Ctx, i: int) -> TimeMatch | None:
    j, start = i, ctx.units[i].start
    part = ctx.m("day_part", j, clitic=True)
    if part is not None:
        j, start = part[1], part[2]
    w0 = ctx.m("day_word", j, clitic=part is None)
    if w0 is not None:
        j = w0[1]
        start = start if part else w0[2]
    wd = ctx.m("weekday", j, clitic=part is None and w0 is None)
    if wd is None or (part is None and w0 is None and _stop_before(ctx, i)):
        return None  # «سوق الخميس» is a market, «أيام الجمعة والسبت» any Friday and Saturday
    j = wd[1]
    if part is None and w0 is None:
        start = wd[2]
        if surname_weekday(ctx, i, j):
            return None  # round 293: «قال أحمد الخميس، رئيس الجمعية»: his family name
    if part is not None:
        j = _night_end(ctx, j, int(wd[0]))
    single = ctx.m("modifier", j)
    mod = single or ctx.m("dual_modifier", j)
    direction = 0
    if mod is not None and mod[0] != 0:
        direction, j = int(mod[0]), mod[1]
    elif mod is None and (pair := _dual_after(ctx, j)) != 0:
        direction = pair
    if ctx.ref is None:
        return make_hit(ctx, start, j, None)
    if direction == 0:
        direction = 1 if deadline_day(ctx, i) or ctx.future(_first_coordinated(ctx, i), j) and not _past_relative(
            ctx, i, j) and not _past_main(ctx, i, j) else 0  # ti805: «أمهلت الحكومة المحتجين حتى يوم الاثنين»
    day = cal.weekday_near(ctx.ref, int(wd[0]), direction)
    if direction < -1:
        day -= dt.timedelta(days=7 * (-direction - 1))  # round 234: «الخميس قبل الماضي», the one before last
    if direction == -1 and single is not None and (ctx.ref - day).days == 1:
        day -= dt.timedelta(days=7)  # dt373: «الجمعة الماضي» in a Saturday's paper: yesterday is «أمس الجمعة»
    if direction > 0 and ctx.ref.weekday() == wd[0] and mod is None:
        day = ctx.ref  # «الجمعة» in a future sentence written on a Friday: today
    return make_hit(ctx, start, j, day.isoformat(), day=day, latest=direction == 0 and mod is None)


def _dual_after(ctx: Ctx, j: int) -> int:
    """Round 287: «يومي الاثنين والثلاثاء المقبلين»: the direction of the dual modifier (``dual_modifier``) after the
    weekday coordinated with the one that ends at unit j («والثلاثاء» or «و الثلاثاء»), which is both days'; 0 where
    none follows."""
    k = j + 1 if ctx.key(j) == "و" else j
    nxt = ctx.m("weekday", k, clitic=k == j)
    if nxt is None:
        return 0
    dual = ctx.m("dual_modifier", int(nxt[1]))
    return int(dual[0]) if dual is not None else 0


def _night_end(ctx: Ctx, j: int, weekday: int) -> int:
    """Round 234: after «ليل الخميس» at j, the next day that closes the night («ليل الخميس - الجمعة», «ليلة
    الأربعاء الخميس», «ليل الاثنين/ الثلاثاء»): one expression, valued by its first day; j unchanged when none."""
    k = j + 1 if ctx.is_("night_span_sep", j) else j
    nxt = ctx.m("weekday", k)
    if nxt is None or int(nxt[0]) != (weekday + 1) % 7:
        return j
    return int(nxt[1])


def _stop_before(ctx: Ctx, i: int) -> bool:
    """Does a word of ``weekday_stop_prev`` stand before the weekday at unit i, right before it or before the
    weekdays it is coordinated with («سوق الخميس», «وأيام الجمعة والسبت»: round 112, the plural is habitual)?"""
    k = i - 1
    while k > 0 and (wd := ctx.m("weekday", k, clitic=True)) is not None and wd[1] == k + 1:
        k -= 1  # a weekday before, coordinated with this one
    if k < 0:
        return False
    u = ctx.units[k]
    return any(key and ctx.lex.has("weekday_stop_prev", key) for key in (u.key, u.bare_key))


_OR = ("او", "أو", "و")


def _first_coordinated(ctx: Ctx, i: int) -> int:
    """Round 253: the unit of the first of the weekdays coordinated with the one at unit i by «أو/و» («خلال يومي
    الاثنين أو الثلاثاء», «الاثنين والثلاثاء»): the future the sentence tells around the first is the later one's
    too; i itself where none stands before it."""
    k = i
    while k >= 2 and ctx.units[k - 1].key in _OR and ctx.m("weekday", k - 2) is not None:
        k -= 2
    while k >= 1 and ctx.units[k].key[:1] == "و" and ctx.m("weekday", k - 1, clitic=True) is not None:
        k -= 1
    return k


def perfect_shape(key: str) -> bool:
    """A word that may be a perfect verb: no «يـ/تـ/نـ/سـ» of the present or the future, no article."""
    return len(key) >= 3 and key[0] not in ("ي", "ت", "ن", "س") and not key.startswith("ال")


def _past_relative(ctx: Ctx, i: int, j: int) -> bool:
    """Round 272: «الحقيبة التي عثر عليها الخميس، ستخضع للفحص», «بقايا حقيبة عثر عليها في الجزيرة الخميس، ستخضع»:
    the weekday at units i..j in a relative clause of a perfect verb (after a relative, ``past_relatives``, or
    before a resumptive «عليها/فيه», ``resumptive_objects``) set off by a comma from the future that follows: a
    past day, not the next one. Not when a word of the future stands in the weekday's own clause («التي ستعقد
    الخميس»)."""
    lo, hi = ctx.sent_of[i]
    c0 = i
    while c0 > lo and ctx.units[c0 - 1].text not in _COMMAS:
        c0 -= 1
    c1 = j
    while c1 < hi and ctx.units[c1].text not in _COMMAS:
        c1 += 1
    if c1 < hi and not future_in(ctx, c0, c1):
        for k in range(c0, i - 1):
            if ctx.is_("past_relatives", k):
                return perfect_shape(ctx.units[k + 1].key)
            if ctx.is_("resumptive_objects", k + 1) and perfect_shape(ctx.units[k].key):
                return True
    return _near_past_relative(ctx, c0, i, j)


RESUMPTIVE_REACH = 4  # units at most from the resumptive object of a perfect verb to the weekday told with it


def _near_past_relative(ctx: Ctx, c0: int, i: int, j: int) -> bool:
    """Round 287: «وستخضع للفحص القطعة التي عثر عليها الخميس في الجزيرة», «لبحث الحطام الذي عثر عليه في الجزيرة
    الخميس»: the weekday at units i..j told within ``RESUMPTIVE_REACH`` units after a perfect verb and its resumptive
    object («عثر عليها»: ``resumptive_objects``), with no word of the future and no other time between the verb and
    the weekday, is that verb's past day, whatever future the sentence tells around it (not «التي عثر عليها وستصل
    الخميس»; a bare relative verb is left alone: «الاجتماع الذي دعت إليه الجامعة الخميس» may be held then)."""
    for k in range(max(c0, i - RESUMPTIVE_REACH - 2), i - 1):
        if not (ctx.is_("resumptive_objects", k + 1) and perfect_shape(ctx.units[k].key)):
            continue
        between = range(k + 2, i)
        if not future_in(ctx, k, j) and not any(ctx.is_("relative_day", u) or ctx.m("weekday", u) for u in between):
            return True
    return False


def _past_main(ctx: Ctx, i: int, j: int) -> bool:
    """Round 281: «وقال روحاني في خطاب متلفز الأحد "سنشدد على ..."», «وأكد الوزير الأحد أنه سيزور»: the weekday at
    units i..j in a main clause that «و» + a perfect verb opens, the future only in the words it reports (after a
    quotation mark or a complementizer, ``reported_openers``, after the weekday): the day it was said, a past one.
    Not where a word of the future stands in the main clause («وكان من المقرر أن ...» stops at «أن», but «وأعلن
    الوزير الأحد المقبل»: a modifier, read before this) nor where the weekday is in the reported words («وقال إن
    الرئيس سيزور القاهرة الأحد»)."""
    lo, hi = ctx.sent_of[i]
    first = ctx.units[lo]
    if first.key[:1] != "و" or not first.bare_key or not perfect_shape(first.bare_key) or i - lo > 8:
        return False
    if any(ctx.is_("reported_openers", k) for k in range(lo + 1, i)):
        return False  # the weekday is in the reported words
    cut = j
    while cut < hi and not ctx.is_("reported_openers", cut):
        cut += 1
    return cut < hi and not future_in(ctx, lo, cut)


def future_in(ctx: Ctx, lo: int, hi: int) -> bool:
    """A word of the future (``future_cue``, or «سـ» + a present verb) among units lo..hi."""
    for k in range(lo, hi):
        key = ctx.units[k].key
        key = key[1:] if key[:1] in ("و", "ف") else key
        if ctx.lex.has("future_cue", key) or (len(key) >= 5 and key[0] == "س" and key[1] in "يتن"
                                              and key not in ctx.lex.future_stop):
            return True
    return False

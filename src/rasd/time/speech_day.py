"""Round tm574: a relative day inside quoted words told on an earlier day is counted from the day they were spoken
(run by :func:`rasd.time.grammar.find_times` over its hits).

«وقال النائب يوم الأربعاء: بالأمس التقينا الوزير» in a Friday's paper: «بالأمس» is the speaker's, the day before
Wednesday (Tuesday), not the paper's Thursday. The words are quoted directly: after a colon or an opening quotation
mark in the same sentence, and the cue clause before that mark holds a verb or noun of saying (``speech_cues``: «قال»,
«في تصريح») with a day named after it («يوم الأربعاء», «أمس», «في 3 أغسطس») before the document date. Not where
the cue clause names no day («وقال النائب: بالأمس ...» keeps the document date), nor in the narrator's own words, nor
in reported speech after «إن/أن» (the writer tells those days from his own date: «وقالت حماس أمس إن مشعل التقى
أمس»), nor a relative day an editor glosses in brackets («اليوم (أمس)»), nor one that names its week-day
(«أمس (الثلاثاء)»)."""

from __future__ import annotations

import datetime as dt

from .context import Ctx, TimeMatch
from .earlier_week import unit_of

_OPENING = ("«", "“")
_CLOSING = ("»", "”")
_COLONS = (":", "：")
CUE_REACH = 10  # units at most from the verb of saying to the day it names


def _speech_mark(ctx: Ctx, lo: int, k: int) -> int | None:
    """The unit of the colon or the opening quotation mark whose words hold unit k, in its sentence from unit lo;
    None where k is in no quotation (a closing mark comes first, or none at all)."""
    plain = sum(1 for t in range(lo, k) if ctx.units[t].text == '"')
    for t in range(k - 1, lo - 1, -1):
        text = ctx.units[t].text
        if text in _CLOSING:
            return None
        if text in _OPENING or text in _COLONS:
            return t
        if text == '"':
            return t if plain % 2 == 1 else None
    return None


def _cue(ctx: Ctx, lo: int, mark: int) -> int | None:
    """The last verb or noun of saying (``speech_cues``) in the clause before the mark, as it stands or behind
    «و/ف/بـ/في»."""
    for t in range(mark - 1, lo - 1, -1):
        u = ctx.units[t]
        if any(key and ctx.lex.has("speech_cues", key) for key in (u.key, u.bare_key)):
            return t
    return None


def _spoken_on(ctx: Ctx, hits: list[TimeMatch], lo: int, mark: int) -> dt.date | None:
    """The day named between the cue of saying and the mark («قال النائب يوم الأربعاء:»): the last one within
    ``CUE_REACH`` units after the cue with no relative pronoun between («قال النائب الذي زار القاهرة الأربعاء:» is
    his visit's day); None where there is none."""
    cue = _cue(ctx, lo, mark)
    if cue is None:
        return None
    said = None
    for h in hits:
        k = unit_of(ctx, h)
        if not (cue < k < mark) or k - cue > CUE_REACH or h.kind != "date" or h.day is None:
            continue
        if any(ctx.is_("past_relatives", t) for t in range(cue + 1, k)):
            continue
        said = h.day
    return said


def _glossed(ctx: Ctx, h: TimeMatch, k: int) -> bool:
    """Is the relative day at unit k next to a bracket («اليوم (أمس)», «(أمس)»): an editor's day, not the speaker's?"""
    return ctx.is_("paren_open", h.j) or (k > 0 and ctx.is_("paren_close", k - 1)) or (
        k > 0 and ctx.is_("paren_open", k - 1))


def speech_days(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """``hits`` with the relative days of quoted words counted from the day the cue names (in place)."""
    ref = ctx.ref
    if ref is None:
        return hits
    for h in hits:
        if h.offset is None or h.claim is not None or h.day is None or h.kind != "date":
            continue
        k = unit_of(ctx, h)
        lo = ctx.sent_of[k][0]
        mark = _speech_mark(ctx, lo, k)
        if mark is None or _glossed(ctx, h, k):
            continue
        said = _spoken_on(ctx, hits, lo, mark)
        if said is None or said >= ref:
            continue
        h.day = said + dt.timedelta(days=h.offset)
        h.value = h.day.isoformat()
    return hits

"""Round 112: the year of a day or a month told without one in a passage about a past year, where the year the
document date suggests contradicts the text:

- a day, a month or a part of a month with no year («في أكتوبر», «في 9 أغسطس», «أواخر أكتوبر») right after a
  time of a past year told to its month in the same sentence, with no other time between and no word of the future
  around it, that falls after that time within its year, goes on with that story: it is of that year («اجتاحت
  القوات البلاد في 2 أغسطس 1990، ثم ارتفعت الأسعار في أكتوبر» is October 1990, not last October);
- a day with no year that the document date's guess puts after the document date, told as the time of a perfect
  verb right before its «في» («أعلنت في 9 أغسطس ضم البلاد»), is gone by: it takes the year of the last time of a
  past year told before it with no time counted from the document date between, and no value where there is none
  (no value is better than a wrong year).

Only the guesses of :mod:`rasd.time.dates`, :mod:`rasd.time.bare_month` and :mod:`rasd.time.positions` (``year_from``
«guessed»/«past») are read; a day a week-day or «من العام نفسه» has dated is left to :mod:`rasd.time.told_year`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import calendar as cal
from .context import Ctx, TimeMatch

_TOLD = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")  # a year, a month or a day (the first of a range)
_YEAR_PART = re.compile(r"\d{4}-\d\d/\d{4}-\d\d")  # a part of a year told as «مطلع العام»
_GUESS = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")


def _first_unit(ctx: Ctx, starts: list[int], h: TimeMatch) -> int:
    return max(0, bisect_right(starts, h.start) - 1)


def revalue(value: str, year: int) -> str | None:
    """``value`` (a month, a day or a range of days of one guessed year) moved to ``year``; None where a day does
    not exist in that year (29 February)."""
    parts = value.split("/")
    out = []
    for p in parts:
        m = _GUESS.fullmatch(p)
        if m is None:
            return None
        moved = f"{year:04d}{m.group(2)}"
        if len(moved) == 10 and cal.safe_date(year, int(moved[5:7]), int(moved[8:10])) is None:
            return None
        out.append(moved)
    return "/".join(out)


def set_value(h: TimeMatch, value: str | None) -> None:
    h.value = value
    h.day = cal.safe_date(int(value[:4]), int(value[5:7]), int(value[8:10])) if value and len(value) == 10 else None
    if value is not None:
        h.anchored, h.warnings = False, []


def _story_year(ctx: Ctx, starts: list[int], hits: list[TimeMatch], n: int) -> int | None:
    """The past year the time just before hit n in its sentence tells to its month, where hit n goes on after it in
    that year; else None."""
    h, prev = hits[n], hits[n - 1]
    if prev.anchored or not prev.value or ctx.ref is None or h.value is None:
        return None
    if len({part[:4] for part in prev.value.split("/")}) != 1:
        return None  # a span of years («1936/1939», the nineties) is no one year the story is in
    told, guess = _TOLD.match(prev.value), _TOLD.match(h.value)
    if told is None or guess is None or int(told.group(1)) >= ctx.ref.year:
        return None
    if told.group(2) is None and not _YEAR_PART.fullmatch(h.value):
        return None  # a year alone before: only a part of «العام» goes on in it («مطلع العام»)
    first = _first_unit(ctx, starts, h)
    if ctx.sent_of[first] != ctx.sent_of[prev.j - 1] or ctx.future(first, h.j):
        return None
    year = int(told.group(1))
    then = (int(told.group(2) or 0), int(told.group(3) or 0))
    now = (int(guess.group(2)), int(guess.group(3) or 31))
    return year if now >= then and int(guess.group(1)) != year else None


def _perfect_before(ctx: Ctx, first: int) -> bool:
    """Is the time at unit ``first`` told right after «في» and a perfect verb before it («أعلنت في», «سيطروا في»):
    a word of four letters or more in «ـت» (not «ـات», «ـوت», «ـيت») or in «ـوا»?"""
    if first < 2 or ctx.key(first - 1) != "في":
        return False
    k = ctx.units[first - 2].key
    if len(k) < 4 or k.startswith("ال") or not k.isalpha():
        return False
    return (k.endswith("ت") and not k.endswith(("ات", "وت", "يت"))) or (len(k) >= 5 and k.endswith("وا"))


def _past_year(hits: list[TimeMatch], n: int, ref_year: int) -> int | None:
    """The year of the last time told before hit n with its year, of a past year, with no time counted from the
    document date between; None where there is none."""
    for h in reversed(hits[:n]):
        if h.anchored:
            return None
        if h.value and h.value[:4].isdigit() and int(h.value[:4]) < ref_year:
            return int(h.value[:4])
    return None


def story_years(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    if ctx.ref is None:
        return hits
    starts = [u.start for u in ctx.units]
    for n, h in enumerate(hits):
        if h.year_from not in ("guessed", "past") or not h.anchored or h.value is None:
            continue
        year = _story_year(ctx, starts, hits, n) if n else None
        if year is not None:
            set_value(h, revalue(h.value, year))
            continue
        if h.day is None or h.day <= ctx.ref:
            continue
        first = _first_unit(ctx, starts, h)
        if _perfect_before(ctx, first) and not ctx.future(first, h.j):
            past = _past_year(hits, n, ctx.ref.year)
            set_value(h, revalue(h.value, past) if past is not None else None)
    return hits

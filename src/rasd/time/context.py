"""What the parsers of the time grammar share: a match (:class:`TimeMatch`), the reading context over the token
units of a document (:class:`Ctx`), and the number readers (digits and number words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from typing import Any

from .lexicon import Lexicon, Unit


@dataclass(slots=True)
class TimeMatch:
    start: int
    end: int
    value: str | None
    kind: str = "date"
    anchored: bool = True
    claim: tuple[int, int] | None = None  # (days from the document date, weekday) stated by the text
    day: dt.date | None = None  # the calendar day when the match is one
    hijri: str | None = None  # "1436-10-25" when the text gives a Hijri date
    warnings: list[str] = field(default_factory=list)
    j: int = 0  # unit index after the match
    # round 105, for :mod:`rasd.time.told_year`: a day whose year the text does not give: the week-day it names,
    # «told»: its year is said to be one told before («من العام نفسه»), «guessed»: the document date's guess
    weekday: int | None = None
    year_from: str | None = None
    # round 281, for :mod:`rasd.time.earlier_week`: days from the document date of «أمس/اليوم/غدا» (relative days);
    # «latest»: a bare weekday valued as the latest such day (no «الماضي/المقبل», no future around it)
    offset: int | None = None
    latest: bool = False
    # round dt373, for :mod:`rasd.time.week_frame`: a week counted from the document date, «this»: «هذا الأسبوع»,
    # «الأسبوع الحالي»; «bare»: a position of a bare «الأسبوع» («في بداية الأسبوع»); and that position («late» ...)
    week_form: str = ""
    position: str = ""


@dataclass(slots=True)
class Ctx:
    units: list[Unit]
    ref: dt.date | None
    lex: Lexicon
    sent_of: list[tuple[int, int]]  # per unit: (first, last+1) unit index of its sentence
    ordinals: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict)  # memo per document

    def key(self, j: int) -> str:
        return self.units[j].key if 0 <= j < len(self.units) else ""

    def m(self, cat: str, j: int, clitic: bool = False) -> tuple[Any, int, int] | None:
        units = self.units
        if j >= len(units):
            return None
        u, heads = units[j], self.lex.firsts[cat]
        if u.key not in heads and not (clitic and u.bare_key and u.bare_key in heads):
            return None  # the common case, decided here without the call below
        return self.lex.match(units, j, cat, clitic=clitic)

    def is_(self, cat: str, j: int) -> bool:
        return 0 <= j < len(self.units) and self.lex.has(cat, self.units[j].key)

    def future(self, i: int, j: int) -> bool:
        """Does the sentence around units i..j speak of the future (سوف, المقرر, سيغادر, ti706: بحلول, تنتهي, في حال …)?"""
        lo, hi = self.sent_of[i]
        for k in range(max(lo, i - 8), min(hi, j + 8)):
            u = self.units[k]
            if self.m("future_cue", k, clitic=True) is not None:
                return True  # ti706: a cue of more than one word too («وفي حال حدث ذلك يوم الاثنين»)
            for key in (u.key, u.bare_key, u.key[1:] if u.key[:1] in ("و", "ف") else ""):  # «وسيعود»
                if not key:
                    continue
                if self.lex.has("future_cue", key):
                    return True
                if (
                    len(key) >= 5
                    and key[0] == "س"
                    and key[1] in "يتن"
                    and key not in self.lex.future_stop
                    and (k < i or k >= j)
                ):
                    return True
        return False


def make_hit(ctx: Ctx, start: int, j: int, value: str | None, kind: str = "date", **kw: Any) -> TimeMatch:
    return TimeMatch(start, ctx.units[j - 1].end, value, kind, j=j, **kw)


NumberReader = Callable[[Sequence[str]], tuple[int | float, int, bool] | None]


@lru_cache(maxsize=1)
def number_reader() -> NumberReader | None:
    """``rasd.text.numbers.parse_number_words``, looked up once (None where the numbers layer lacks it)."""
    reader: NumberReader | None = getattr(import_module("rasd.text.numbers"), "parse_number_words", None)
    return reader


def ordinal_number(ctx: Ctx, j: int, limit: int = 1000) -> tuple[int, int] | None:
    """An ordinal in words at j, read by ``rasd.text.numbers.parse_number_words``: (value, j after)."""
    memo = (j, limit)
    if memo not in ctx.ordinals:
        ctx.ordinals[memo] = _read_ordinal(ctx, j, limit)
    return ctx.ordinals[memo]


def _read_ordinal(ctx: Ctx, j: int, limit: int) -> tuple[int, int] | None:
    return _read_words(ctx, j, limit, ordinal=True)


def _read_words(ctx: Ctx, j: int, limit: int, *, ordinal: bool) -> tuple[int, int] | None:
    """A whole number 1..``limit`` in words at j, an ordinal or a cardinal as asked: (value, j after)."""
    fn = number_reader()
    if fn is None:
        return None
    res = fn([u.text for u in ctx.units[j : j + 4]])
    if res is None:
        return None
    value, n, is_ordinal = res
    if is_ordinal == ordinal and n > 0 and value == int(value) and 1 <= value <= limit:
        return int(value), j + n
    return None


def cardinal(ctx: Ctx, j: int, limit: int = 1000) -> tuple[int, int] | None:
    """A cardinal at j, digits («3») or words («ثلاثة», «الأربعة»): (value, j after)."""
    if j >= len(ctx.units):
        return None
    n = ctx.units[j].number
    if n is not None:
        return (n, j + 1) if 1 <= n <= limit else None
    return _read_words(ctx, j, limit, ordinal=False)

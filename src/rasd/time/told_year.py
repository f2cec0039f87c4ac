"""Round 105: the year of a day and a month the text tells without one («الثاني من أغسطس»), where the year the
document date suggests (:func:`rasd.time.components.infer_year`) is no good guess and a year told before is:

- «في 20 فبراير من العام نفسه»: the year of the last absolute time told before it (none told: no value);
- a day of the month of the last absolute time told before it («في أغسطس 1990 ... في 4 أغسطس»: the story goes on
  in that month) takes its year;
- a day said to be gone by («العاشر من أغسطس كان ...») that the guess puts after the document date gets no value
  (unless the month rule above gives its year);
- a day told with its week-day («يوم الخميس الثاني من أغسطس») that the week-day does not fit in the year guessed
  takes the nearest year told before (one of the last ``LOOKBACK``) in which the week-day fits it («2 أغسطس عام
  1990» said earlier: 1990-08-02 was a Thursday); where none fits, the day gets no value (the contract has no
  value without a year, so it is left out of the times).

An absolute time is one not counted from the document date («عام 1990», «2 أغسطس 1990», «يوليو من عام 1990»).
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .context import TimeMatch

LOOKBACK = 4  # distinct years told before the day, nearest first, that may be its year
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")  # a month or a day, not a range


def _told_years(hits: list[TimeMatch], n: int) -> list[int]:
    """The years of the absolute times before hit n, nearest first, each once, at most ``LOOKBACK``."""
    years: list[int] = []
    for h in reversed(hits[:n]):
        if h.anchored or not h.value or not h.value[:4].isdigit():
            continue
        year = int(h.value[:4])
        if year not in years:
            years.append(year)
        if len(years) == LOOKBACK:
            break
    return years


def _last_told(hits: list[TimeMatch], n: int) -> TimeMatch | None:
    """The last absolute time with a value told before hit n."""
    return next((h for h in reversed(hits[:n]) if not h.anchored and h.value and h.value[:4].isdigit()), None)


def _set(h: TimeMatch, day: dt.date | None) -> None:
    """Hit h is that day of its year told before (None: no year known, no value)."""
    h.value, h.day = (day.isoformat(), day) if day is not None else (None, None)
    if day is not None:
        h.anchored, h.warnings = False, []


def fit_years(hits: list[TimeMatch]) -> list[TimeMatch]:
    for n, h in enumerate(hits):
        if h.day is None or h.year_from is None and h.weekday is None:
            continue
        month, day = h.day.month, h.day.day
        last = _last_told(hits, n)
        if h.year_from == "told":
            _set(h, cal.safe_date(int(last.value[:4]), month, day) if last and last.value else None)
        elif h.year_from in ("guessed", "past"):
            m = _MONTH_VALUE.fullmatch(last.value or "") if last is not None else None
            if m is not None and int(m.group(2)) == month and int(m.group(1)) != h.day.year:
                _set(h, cal.safe_date(int(m.group(1)), month, day))
            elif h.year_from == "past":
                _set(h, None)
        if h.weekday is None or h.day is None or h.day.weekday() == h.weekday:
            continue
        fit = None
        for year in _told_years(hits, n):
            d = cal.safe_date(year, month, day)
            if d is not None and d.weekday() == h.weekday:
                fit = d
                break
        _set(h, fit)
    return hits

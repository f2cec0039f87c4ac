"""Round ti1013: a day and a month told with their weekday and no written year («فجر يوم الخميس الثاني من أغسطس»)
whose weekday the same day of the article's year does not have (2 August 2015 was a Sunday) is no day of this year:
the time layer gave it the year told before in which the weekday fits it (``time.told_year``: 1990), and that year
is as good as written for a retrospective piece (``retrospect._old``)."""

from __future__ import annotations

import datetime as dt
import re

from ..doc import TimeSpan
from ..time import calendar as cal
from .forms import nkey

_YEAR = re.compile(r"\d{4}")
WEEKDAY_KEYS = {nkey(name): n for n, name in enumerate(cal.ARABIC_WEEKDAYS)}  # «الخميس» → 3 (date.weekday()); read only
WEEKDAY_KEYS.update({key.removeprefix("ال"): n for key, n in list(WEEKDAY_KEYS.items())})  # «يوم خميس»


def _named_weekday(text: str) -> int | None:
    """The weekday a time's text names («يوم الخميس الثاني من أغسطس» → 3), None where it names none or two."""
    found = {WEEKDAY_KEYS[k] for k in (nkey(w).removeprefix("و") for w in text.split()) if k in WEEKDAY_KEYS}
    return found.pop() if len(found) == 1 else None


def weekday_year(ts: TimeSpan, this_year: int) -> bool:
    """Whether a day with no year written names the weekday of its value's day, a weekday the same day and month of
    ``this_year`` does not have (the weekday, not the document date, fixed its year)."""
    if len(ts.value) != 10 or _YEAR.search(ts.text):
        return False  # (a year written: no weekday needed to tell it)
    try:
        day = dt.date.fromisoformat(ts.value)
    except ValueError:
        return False
    weekday = _named_weekday(ts.text)
    if weekday is None or day.weekday() != weekday or day.year >= this_year:
        return False
    this = cal.safe_date(this_year, day.month, day.day)
    return this is None or this.weekday() != weekday

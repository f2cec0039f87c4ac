"""Round dt373: the first of two days told together dates an event (called by
:func:`rasd.events.dating.event_date` on the time it chose), and the month of an ISO week as an event date.

Of two days told together («وتشهد العاصمة القطرية اليوم وغدًا جولة مباحثات», «الأربعاء والخميس») the one nearer
the trigger is the second; the act begins on the first, which dates it (as a short range does).

Round ev392: of such a pair, a second day after the article's («تشهد العاصمة اليوم وغدًا جولة مباحثات») makes
the act one still to come, not all told: planned (:func:`ahead`, read by the stage on the time it chose).
«خلال نهاية الأسبوع» (``weekend_words``) is the end of its ISO week, not its middle: the month of its
Saturday (the weekend of both the Arab and the Western week), not of its Thursday (:func:`weekend_month`).
"""

from __future__ import annotations

import datetime as dt
import re

from ..doc import Doc, TimeSpan
from .forms import fw, nkey, phrase_keys

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
PAIR_GAP = 2  # days at most from the first day told to the second («اليوم وغدا», «الاثنين والثلاثاء»)
_AND = ("و",)


def paired_first(doc: Doc, best: tuple[int, TimeSpan] | None) -> tuple[int, TimeSpan] | None:
    """``best`` (distance, time) with its time replaced by the day told right before it with «و» («اليوم وغدًا»),
    where that day comes first and at most ``PAIR_GAP`` days before; ``best`` itself else."""
    if best is None or not _DAY.fullmatch(best[1].value or ""):
        return best
    ts = best[1]
    for other in doc.times:
        if other.end > ts.start or not _DAY.fullmatch(other.value or ""):
            continue
        between = doc.text[other.end : ts.start].strip()
        if between not in _AND:
            continue
        gap = (dt.date.fromisoformat(ts.value or "") - dt.date.fromisoformat(other.value or "")).days
        if 0 < gap <= PAIR_GAP:
            return best[0], other
    return best


def week_month(value: str | None) -> str | None:
    """An ISO week («الأسبوع الماضي») as an event date: the month of its Thursday, where most of its days lie (moved
    here from :mod:`rasd.events.dating`)."""
    week = _WEEK.fullmatch(value or "")
    if week is None:
        return None
    try:  # (a week the year does not have, 0 or 54, or 53 in a year of 52, is a ValueError)
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4).isoformat()[:7]
    except ValueError:
        return None


def weekend_month(ts: TimeSpan) -> str | None:
    """The month of the Saturday of the ISO week ``ts`` when its text names the weekend (``weekend_words``); else
    None."""
    week = _WEEK.fullmatch(ts.value or "")
    if week is None:
        return None
    keys = tuple(nkey(w) for w in ts.text.split())
    if not any(any(keys[k : k + len(p)] == p for k in range(len(keys))) for p in phrase_keys(fw("weekend_words"))):
        return None
    try:  # (a week the year does not have is a ValueError)
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6).isoformat()[:7]
    except ValueError:
        return None


def ahead(doc: Doc, told: TimeSpan | None) -> bool:
    """Whether the day ``told`` (not after the article's date) is the first of a pair told with «و» whose second
    day, at most ``PAIR_GAP`` days on, is after the article's date («اليوم وغدًا»)."""
    if told is None or not doc.date or not _DAY.fullmatch(told.value or "") or (told.value or "") > doc.date[:10]:
        return False
    for other in doc.times:
        if other.start < told.end or doc.text[told.end : other.start].strip() not in _AND:
            continue
        if _DAY.fullmatch(other.value or "") and (other.value or "") > doc.date[:10]:
            gap = (dt.date.fromisoformat(other.value or "") - dt.date.fromisoformat(told.value or "")).days
            return 0 < gap <= PAIR_GAP
    return False

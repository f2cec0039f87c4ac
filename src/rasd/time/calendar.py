"""Calendar arithmetic for the resolver: ISO values, month/week shifts, Hijri↔Gregorian (hijridate)."""

from __future__ import annotations

import calendar as _cal
import datetime as dt

from hijridate import Gregorian, Hijri

ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")  # not locale-bound


def iso_date(d: dt.date) -> str:
    return d.isoformat()


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_ref(d: dt.date) -> dt.date:
    """The day whose ISO week holds the end of the Arab calendar week of ``d``: a week there opens on Sunday
    (Saturday in some countries) and ends with its weekend (Thursday to Saturday), an ISO week opens on Monday; so on
    a Sunday «نهاية الأسبوع المقبل» is the weekend after the one to come, in the ISO week of the Monday after next,
    and «نهاية الأسبوع الماضي» the one that ended the day before. (A bare «هذا الأسبوع» or «نهاية الأسبوع» on a
    Sunday is often the week just ended, a wire's or a past act's: not shifted.)"""
    return d + dt.timedelta(days=1) if d.weekday() == 6 else d


def month_length(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def day_range(y: int, m: int, first: int, last: int) -> str:
    last = min(last, month_length(y, m))
    return f"{iso_month(y, m)}-{first:02d}/{iso_month(y, m)}-{last:02d}"


def month_range(y: int, m1: int, m2: int) -> str:
    """Months m1..m2 of year y; a range that wraps (winter 12..2) starts in the year before."""
    if m2 < m1:
        return f"{iso_month(y - 1, m1)}/{iso_month(y, m2)}"
    return f"{iso_month(y, m1)}/{iso_month(y, m2)}"


def weekday_near(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The day with ``weekday`` nearest ``ref``: direction -1 strictly before, +1 strictly after, 0 the same
    week-day if ``ref`` is one, else the most recent before."""
    delta = (weekday - ref.weekday()) % 7
    if direction > 0:
        return ref + dt.timedelta(days=delta or 7)
    back = (ref.weekday() - weekday) % 7
    if direction < 0:
        return ref - dt.timedelta(days=back or 7)
    return ref - dt.timedelta(days=back)


def _tabular_hijri_jdn(y: int, m: int, d: int) -> int:
    # The arithmetic (tabular) Islamic calendar: used only outside hijridate's Umm al-Qura range.
    return d + int(29.5 * (m - 1) + 0.99) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439 - 1


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    try:
        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        pass
    if d > 30 or y < 1:
        return None
    jdn = _tabular_hijri_jdn(y, m, d)
    return dt.date.fromordinal(jdn - 1721425)


def hijri_month_end(y: int, m: int) -> dt.date | None:
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    first_next = hijri_to_gregorian(ny, nm, 1)
    return first_next - dt.timedelta(days=1) if first_next else None


def gregorian_to_hijri(d: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day

"""Round 287: a month or a day told with no year right before another told with its year, joined to it by «أو»,
«و», «إلى» or «حتى» («في أبريل (نيسان) أو مايو عام 2016», «في مارس ومايو 2016»): the year said once is the pair's,
not the one the document date suggests for the first («أبريل» of a text of August 2015 guessed 2015-04: it is
2016-04). Only where the first comes in the year no later than the second (month by month), as an «either» or a
span of one year is told; «ديسمبر أو يناير 2016» is left as it is (which year the first is of is not said).

Only a first time whose year is the document date's guess (``year_from`` «guessed»/«past») is moved; one that
names its year («أبريل 2015 أو مايو 2016») or is counted from the document date («أبريل الماضي») is not.
"""

from __future__ import annotations

import re

from .context import Ctx, TimeMatch
from .story_year import revalue, set_value

_JOINS = frozenset(("أو", "او", "و", "إلى", "الى", "الي", "حتى", "حتي"))  # as keys: «ى» is «ي»
_MONTH_OR_DAY = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")
_YEAR_TOLD = re.compile(r"\d{4}")  # the second time says its year in figures


def _joined(ctx: Ctx, a: TimeMatch, b: TimeMatch) -> bool:
    """Is ``b`` right after ``a`` with one joining word between («أو», «إلى»), or a «و» written on ``b``'s first
    word («ومايو»)?"""
    if a.j >= len(ctx.units):
        return False
    u = ctx.units[a.j]
    if u.key in _JOINS and b.start == u.start:
        return True  # the second read with its joining word («حتى يونيو 2017»)
    if u.key in _JOINS and a.j + 1 < len(ctx.units):
        nxt = ctx.units[a.j + 1]
        return b.start in (nxt.start, nxt.bare_start)
    return u.key.startswith("و") and b.start == u.bare_start and u.bare_start > u.start


def paired_months(ctx: Ctx, hits: list[TimeMatch]) -> list[TimeMatch]:
    """Each guessed month or day of a pair whose second time tells its year takes that year (see the module)."""
    for a, b in zip(hits, hits[1:]):
        if a.year_from not in ("guessed", "past") or a.value is None or b.value is None or b.anchored:
            continue
        first, second = _MONTH_OR_DAY.fullmatch(a.value), _MONTH_OR_DAY.fullmatch(b.value)
        if first is None or second is None or not _joined(ctx, a, b):
            continue
        if not any(_YEAR_TOLD.search(u.text) for u in ctx.units[a.j : b.j]):
            continue
        year = int(second.group(1))
        if int(first.group(1)) == year or int(first.group(2)) > int(second.group(2)):
            continue
        moved = revalue(a.value, year)
        if moved is not None:
            set_value(a, moved)
    return hits

"""Round 293: a week-day name that is a family name, not a day («قال أحمد الخميس، رئيس الجمعية، إن ...»).

A bare week-day («الخميس», no «يوم/ليلة» before it, no «الماضي/المقبل» after it) that follows a given name of the
name lists and is followed by a comma and a role word of the title list («، رئيس», «، أستاذ», «، المتحدث») is the
man's family name with its apposition: a day adverb does not stand between a name and the role apposed to it.
Where a title of a state («الملك», «الأمير», «الرئيس») or «الشيخ» stands before the given name («استقبل الملك سلمان
الخميس، رئيس الوزراء ...») the role after the comma may be the verb's object and the week-day a day: that case is
left as a time; a title of no sector («الدكتور», «المهندس») does not keep it.
"""

from __future__ import annotations

from ..entities.gazetteer import Gazetteer, load
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .context import Ctx

_RULERS = frozenset(norm_key(w) for w in ("الشيخ", "الشيخة"))  # «الشيخ صباح الخميس، ...»: a ruler, a day


def _given(gaz: Gazetteer, text: str) -> bool:
    """A given name of the name lists («أحمد», «عبدالله»), not a common word («خالد» is given, «الوزير» common)."""
    w = gaz.name_word(norm_key(text))
    return w is not None and ("W" in w.flags or "g" in w.flags) and "c" not in w.flags


def _role(gaz: Gazetteer, text: str) -> bool:
    """A role word of the title list, with or without the article («رئيس», «المتحدث», «أستاذ»)."""
    k = norm_key(text)
    return any((key,) in gaz.titles for key in (k, k.removeprefix("ال"), "ال" + k))


def surname_weekday(ctx: Ctx, i: int, j: int) -> bool:
    """Is the bare week-day at units i..j a family name: «أحمد الخميس، رئيس ...»? (See the module's docstring.)"""
    lo, hi = ctx.sent_of[i]
    if j != i + 1 or i - 1 < lo or j + 1 >= hi or ctx.units[j].text not in _COMMAS:
        return False
    gaz = load()
    if not _given(gaz, ctx.units[i - 1].text) or not _role(gaz, ctx.units[j + 1].text):
        return False
    if i - 2 < lo:
        return True
    k = norm_key(ctx.units[i - 2].text)
    title = gaz.titles.get((k,))
    return title is None or (title.sector is None and k not in _RULERS)

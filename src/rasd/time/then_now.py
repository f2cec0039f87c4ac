"""Round 217: an «اليوم» that is no calendar day of the document.

- «في المرة السابقة عام 1994 تحالف مع الإخوان، واليوم تحالف مع الحوثيين»: «واليوم» set against an earlier year
  told with a word of the past (table ``earlier_words``) before it in its sentence is nowadays (``then_now``);
- round dt373: «أما اليوم، فإن عائلاتهم ...»: «اليوم» as the topic «أما» sets against what was told before is nowadays;
  so is «اليوم» opening a sentence with a present verb («اليوم تقوم «جبهة النصرة» باستهداف ...», «اليوم، يعود الأتراك
  مجددًا») after a sentence that tells a past (a word of ``then_words``, a year of history): not «واليوم، رحبت
  الوزيرة» (a perfect: the day's act), nor after a sentence of the news (``set_against``);
- round dt373: «عبر صحيفة «إسرائيل اليوم»», «في حوار مع «المصري اليوم»»: «اليوم» closing a quoted name of two words is
  the title of a paper or a channel, no day (``quoted_title``);
- «حيث قال الملك آنذاك في كلمة له: «في هذا اليوم السعيد ...»»: «اليوم» inside a quotation introduced in a past
  the story sets (table ``then_words`` before the quotation's opening mark, in its sentence) is the day of that
  speech, not the document date (``old_speech``).
"""

from __future__ import annotations

from .context import Ctx

THEN_REACH = 14  # units back from «واليوم» to the earlier year and its word of the past
QUOTE_REACH = 60  # units back from «اليوم» to the quotation's opening mark


def _year_before(ctx: Ctx, k: int) -> bool:
    """Is unit k a year («1994») before the document's?"""
    text = ctx.units[k].text
    ref = ctx.ref
    return ref is not None and len(text) == 4 and text.isascii() and text.isdigit() and 1800 < int(text) < ref.year


def then_now(ctx: Ctx, i: int, j: int) -> bool:
    """Is «واليوم» at unit i (j: after it) nowadays, set against an earlier year said before it?"""
    u = ctx.units[i]
    if j != i + 1 or not u.key.startswith("و") or u.bare_key != "اليوم":
        return False
    lo = ctx.sent_of[i][0]
    year = False
    for k in range(i - 1, max(lo, i - THEN_REACH) - 1, -1):
        if _year_before(ctx, k):
            year = True
        elif year and ctx.is_("earlier_words", k):
            return True
    return False


HISTORY_YEARS = 5  # a year at least this many before the document's tells history, not last year's news


def _told_past(ctx: Ctx, lo: int, hi: int) -> bool:
    """Does the sentence of units lo..hi tell a past: a word of back then (``then_words``: «حينها», «وقتها») or a
    year ``HISTORY_YEARS`` or more before the document's (not «السابقة», «في 2014»: a summit told as the last one)?"""
    ref = ctx.ref
    if ref is None:
        return False
    return any(ctx.is_("then_words", k) or (_year_before(ctx, k) and int(ctx.units[k].text) <= ref.year - HISTORY_YEARS)
               for k in range(lo, hi))


def set_against(ctx: Ctx, i: int, j: int) -> bool:
    """Is the bare «اليوم» at unit i (j: after it) nowadays: after «أما» (``contrast_topics``), or opening its sentence
    («اليوم»/«واليوم», a comma after it or not) before a present verb, after a sentence that tells a past?"""
    u = ctx.units[i]
    if j != i + 1 or "اليوم" not in (u.key, u.bare_key):
        return False
    if i > 0 and ctx.is_("contrast_topics", i - 1) and u.key == "اليوم":
        return True
    lo = ctx.sent_of[i][0]
    if lo != i or i == 0 or j >= len(ctx.units):
        return False
    k = j + 1 if ctx.units[j].text in ("،", ",") else j
    verb = ctx.key(k)
    if len(verb) < 4 or verb[0] not in ("ي", "ت", "ن") or ctx.lex.has("future_cue", verb):
        return False
    before = ctx.sent_of[i - 1]
    return _told_past(ctx, before[0], before[1])


_OPENING_MARKS = ("«", "\"", "“")
_CLOSING_MARKS = ("»", "\"", "”")


def quoted_title(ctx: Ctx, i: int, j: int) -> bool:
    """Is the bare «اليوم» at unit i (j: after it) the end of a quoted name of two words («إسرائيل اليوم»): an
    opening mark right before the word before it (not «هذا»: «هذا اليوم» is a day) and a closing mark right after?"""
    return (j == i + 1 and i >= 2 and ctx.key(i) == "اليوم" and ctx.units[i - 2].text in _OPENING_MARKS
            and j < len(ctx.units) and ctx.units[j].text in _CLOSING_MARKS and not ctx.is_("this", i - 1))


def old_speech(ctx: Ctx, i: int) -> bool:
    """Is the «اليوم» at unit i inside a quotation whose introduction, in its sentence, says «آنذاك/حينها»?"""
    opened = -1
    for k in range(i - 1, max(0, i - QUOTE_REACH) - 1, -1):
        text = ctx.units[k].text
        if text == "»":
            return False
        if text == "«":
            opened = k
            break
    if opened <= 0:
        return False
    lo = ctx.sent_of[opened][0]
    return any(ctx.is_("then_words", k) for k in range(lo, opened))

"""Round 71: times that give an event no day. An act told over an unsaid stretch of time in its clause («شهدت
المدينة اشتباكات خلال الفترة الماضية», «تشهد المدينة مواجهات هذه الأيام», «قتل المتطرفون العديد منذ سنوات»:
function words ``unsaid_spans``) is of no one day, not of the article's; and a bare month a plan is set in («سيعقد
الوزيران اجتماعا في يونيو», in August) is the next such month, not the last."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..doc import Doc, TimeSpan
from .chunks import clause_stop
from .forms import fw, fw_keys, nkey, phrase_keys
from .lexicon import Hit
from .untold_date import untold_date

SPAN_REACH = 8  # tokens either side of the trigger, in its clause, read for an unsaid span
PAST_WORDS = ("ماض", "سابق", "فائت", "منصرم")  # «مايو الماضي»: told as past, never moved on


def _clause_keys(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> list[str]:
    """The keys of the trigger's clause within ``SPAN_REACH`` tokens either side (up to a comma or an end mark)."""
    lo = hit.i
    while lo - 1 >= max(sent_start, hit.i - SPAN_REACH) and not clause_stop(doc.tokens[lo - 1].text):
        lo -= 1
    hi = hit.j
    while hi + 1 < min(sent_end, hit.j + 1 + SPAN_REACH) and not clause_stop(doc.tokens[hi + 1].text):
        hi += 1
    return [doc.tokens[t].norm_key.removeprefix("و") for t in range(lo, hi + 1)]


def unsaid_span(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether an unsaid stretch of time (``unsaid_spans``) is said in the trigger's clause, or its day is said not
    to be given (``untold_date``: «من دون تحديد تاريخ»)."""
    keys = _clause_keys(doc, hit, sent_start, sent_end)
    present = set(keys)
    for phrase in phrase_keys(fw("unsaid_spans")):
        n = len(phrase)
        if phrase[0] in present and any(tuple(keys[k : k + n]) == phrase for k in range(len(keys) - n + 1)):
            return True
    return untold_date(doc, hit, sent_start, sent_end)  # round tm488: «من دون تحديد تاريخ حصول العملية»


def plan_month(doc: Doc, ts: TimeSpan, value: str | None, mod: str) -> str | None:
    """The month ``value`` of the time ``ts`` for an event of modality ``mod``: a plan's bare month (no digits, no
    «الماضي») before the article's month is that month of the next year; round 253: a week a plan is put off to
    («طلبوا تأجيل الزيارة إلى نهاية الأسبوع», ``postponed_week``) whose Thursday is before the article's day is the
    week after it (the postponing was before the article)."""
    later = postponed_week(doc, ts) if mod == "planned" else None
    if later is not None:
        return later
    if mod != "planned" or value is None or len(value) != 7 or not doc.date or value >= doc.date[:7] \
            or ts.kind != "month" or any(c.isdigit() for c in ts.text) or any(w in ts.text for w in PAST_WORDS) \
            or any(w.startswith("ال") for w in ts.text.split()):  # («الشهر المقبل», «نهاية الأسبوع»)
        return value
    return f"{int(value[:4]) + 1:04d}{value[4:]}"


POSTPONE_REACH = 3  # tokens from «تأجيل/إرجاء» to the «إلى» before the time it puts the act off to
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_TO = frozenset((nkey("إلى"), nkey("الى")))


def postponed_week(doc: Doc, ts: TimeSpan) -> str | None:
    """The month of the Thursday of the week after the week ``ts`` when it is said after «إلى», a word of putting off
    (``postpone_words``) within ``POSTPONE_REACH`` tokens before that, no «الماضي» in it, and its own Thursday
    before the article's day; None otherwise."""
    week = _WEEK.fullmatch(ts.value or "")
    k = doc.token_at(ts.start)
    if week is None or k is None or k < 2 or not doc.date or any(w in ts.text for w in PAST_WORDS):
        return None
    to = k - 1 if doc.tokens[k].start == ts.start else k  # («إلى نهاية»: the time may start inside a token)
    if doc.tokens[to].norm_key not in _TO and not doc.tokens[to].norm_key.startswith(tuple(_TO)):
        return None
    if not any(doc.tokens[t].norm_key.removeprefix("و") in fw_keys("postpone_words")
               for t in range(max(0, to - POSTPONE_REACH), to)):
        return None
    try:
        thursday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        today = date.fromisoformat(doc.date[:10])
    except ValueError:
        return None
    return (thursday + timedelta(days=7)).isoformat()[:7] if thursday < today else None

"""Round 71: times that give an event no day. An act told over an unsaid stretch of time in its clause («شهدت
المدينة اشتباكات خلال الفترة الماضية», «تشهد المدينة مواجهات هذه الأيام», «قتل المتطرفون العديد منذ سنوات»:
function words ``unsaid_spans``) is of no one day, not of the article's; and a bare month a plan is set in («سيعقد
الوزيران اجتماعا في يونيو», in August) is the next such month, not the last."""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .chunks import clause_stop
from .forms import fw, nkey, phrase_keys
from .lexicon import Hit

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
    return [nkey(doc.tokens[t].text).removeprefix("و") for t in range(lo, hi + 1)]


def unsaid_span(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether an unsaid stretch of time (``unsaid_spans``) is said in the trigger's clause."""
    keys = _clause_keys(doc, hit, sent_start, sent_end)
    present = set(keys)
    for phrase in phrase_keys(fw("unsaid_spans")):
        n = len(phrase)
        if phrase[0] in present and any(tuple(keys[k : k + n]) == phrase for k in range(len(keys) - n + 1)):
            return True
    return False


def plan_month(doc: Doc, ts: TimeSpan, value: str | None, mod: str) -> str | None:
    """The month ``value`` of the time ``ts`` for an event of modality ``mod``: a plan's bare month (no digits, no
    «الماضي») before the article's month is that month of the next year."""
    if mod != "planned" or value is None or len(value) != 7 or not doc.date or value >= doc.date[:7] \
            or ts.kind != "month" or any(c.isdigit() for c in ts.text) or any(w in ts.text for w in PAST_WORDS) \
            or any(w.startswith("ال") for w in ts.text.split()):  # («الشهر المقبل», «نهاية الأسبوع»)
        return value
    return f"{int(value[:4]) + 1:04d}{value[4:]}"

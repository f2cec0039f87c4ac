"""Round 89: the day of an attempted assassination (CAMEO 185, round 84). An attempt is told as done, and a noun
«محاولة اغتيال» with no time of its own took the article's day, where the article tells an attempt of years before:

- attempts in the plural («المحاولات الأميركية لاغتياله», «محاولات اغتياله المتكررة»: ``plural_attempts`` before the
  assassination word, or right after it) are repeated acts, of no one day (no date);
- an attempt named again with no time of its own («تدرب قبل بضعة أشهر من محاولة اغتيال الوزير», «تواطأ معه في
  محاولة اغتيال الوزير») is the attempt the article dates elsewhere («في 5 سبتمبر 2013، جرت محاولة اغتيال الوزير»):
  it takes that day where the dated one is on the same person, or where every dated attempt of the article has the
  one day. A time of its sentence that opens «قبل/بعد ... من» right before the attempt («قبل بضعة أشهر من محاولة»)
  measures from the attempt and is not its own."""

from __future__ import annotations

from ..doc import Doc, Event
from .attached import default_day
from .forms import fw, nkey

ATTEMPT_CODE = "185"
PLURAL_BACK = 2  # words before the assassination word read for a plural attempt («المحاولات الأميركية لاغتياله»)
FROM_GAP = 2  # words between a time and the attempt for «قبل ... من محاولة» («من محاولة»)


def _plural(doc: Doc, ev: Event) -> bool:
    """Whether a plural attempt word stands right before the trigger (past one word) or right after it."""
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return False
    near = list(range(max(0, k - PLURAL_BACK), k)) + [t for t in (k + 1,) if t < len(doc.tokens)]
    return any(doc.tokens[t].norm_key.removeprefix("و") in fw("plural_attempts") for t in near)


def _own_time(doc: Doc, ev: Event) -> bool:
    """Whether a time of ``ev``'s sentence dates it: any but one that measures from the attempt («قبل بضعة أشهر من
    محاولة اغتيال»)."""
    for x in doc.times:
        if not ev.sentence.start <= x.start < ev.sentence.end:
            continue
        between = doc.text[x.end:ev.trigger.start].split()
        if x.end <= ev.trigger.start and between and nkey(between[0]) == "من" and len(between) <= FROM_GAP:
            continue
        return True
    return False


def attempt_days(doc: Doc, events: list[Event]) -> None:
    """Date the attempted assassinations of ``events`` (see the module), in place."""
    attempts = [ev for ev in events if ev.code == ATTEMPT_CODE]
    if not attempts:
        return
    default = default_day(doc)
    dated = [ev for ev in attempts if ev.date is not None and ev.date != default and _own_time(doc, ev)]
    for ev in attempts:
        if _plural(doc, ev):
            ev.date = None  # repeated attempts: no one day
            continue
        if ev in dated or (ev.date != default and ev.date is not None) or _own_time(doc, ev):
            continue  # (round 98: one with no date, of a retrospective piece, is the dated attempt named again too)
        same = [d for d in dated if d.target is not None and d.target == ev.target]
        days = {d.date for d in (same or dated)}
        if len(days) == 1 and (same or ev.target is None or all(d.target is None or d.target == ev.target
                                                                for d in dated)):
            ev.date = days.pop()


__all__ = ["attempt_days"]

"""Round 170: days an act with no time in its own clause takes from its sentence, not the document date.

- «أعلنت الجماعة أمس أن مقاتليها قتلوا ضابطا»: a past act told in the «أن» content of a statement dated by a day
  before the complementizer is no later than the statement: it takes the statement's day (:func:`statement_day`);
- «شهدت المدينة أمس قصفا، بعد يومين من إلقاء منشورات تطالب السكان بالمغادرة»: an act in the phrase after
  «بعد/قبل» + a span + «من» is that span before (after) the day of the sentence's act; with that day unsaid, or
  a span of no day count («بعد أشهر من»), it has no date (:func:`apart_day`);
- «في تصريحات للصحافيين قبيل مشاركته في اجتماع ...، عقد ... أمس»: statements made right before or after an
  occasion («قبيل/عقب», ``occasion_links``) are of the occasion's day (:func:`occasion_day`).

Also: a day corrected in brackets («ظهر اليوم (أمس)») dates by the bracket (:func:`corrected`); a «و» conjunct of
an old «بعد» frame («وبعد هجمات 11 سبتمبر، وإعلان ...») has no day (:func:`old_frame_conjunct`); planned talks
take the day of the same talks the article tells as held today or tomorrow (:func:`planned_told`).
"""

from __future__ import annotations

import datetime as dt

from ..doc import Doc, TimeSpan
from ..text.prefixes import past_clitics
from .saying import saying_keys
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import DAY_VALUE, clause_stop, key_at

APART_REACH = 10  # tokens back from a trigger to the «من» of «بعد يومين من»
OCCASION_REACH = 20  # tokens from «قبيل» to the occasion's day
LINK_REACH = 3  # tokens after a noun trigger to «قبيل/عقب» («تصريحات للصحافيين قبيل»)
# days in one unit, and the count a unit word says by itself (0: a count must be said before it)
UNITS = (("يوم", 1, 1), ("يوما", 1, 0), ("يومين", 1, 2), ("أيام", 1, 0), ("ليلة", 1, 1), ("ليلتين", 1, 2),
         ("أسبوع", 7, 1), ("أسبوعين", 7, 2), ("أسابيع", 7, 0), ("ساعة", 0, 1), ("ساعات", 0, 0),
         ("ساعتين", 0, 2), ("دقائق", 0, 0), ("دقيقة", 0, 1))
COUNTS = (("ثلاثة", 3), ("ثلاث", 3), ("أربعة", 4), ("أربع", 4), ("خمسة", 5), ("خمس", 5), ("ستة", 6), ("ست", 6),
          ("سبعة", 7), ("سبع", 7), ("عشرة", 10), ("عشر", 10))
FILLERS = ("فقط", "تقريبا", "نحو", "حوالي")
# «بعد أن», «قبل أن»: a time clause; «إلا أن», «غير أن», «رغم أن»: a contrast, not what was said
LEADS = frozenset(nkey(w) for w in ("بعد", "قبل", "منذ", "حتى", "من", "الا", "إلا", "غير", "رغم", "برغم"))
SAY_REACH = 6  # tokens from a word of saying to its time («ونشرت إعلان منظمة الأمن والتعاون في أوروبا أمس»)


def _day(ts: TimeSpan) -> str | None:
    return ts.value if DAY_VALUE.fullmatch(ts.value or "") else None


def _unit(key: str) -> tuple[int, int] | None:
    return next(((d, n) for w, d, n in UNITS if nkey(w) == key), None)


def _span(doc: Doc, k: int, sent_start: int) -> tuple[int, int | None, int] | None:
    """For the «من» at token ``k``: (sign, days or None, the token of «بعد/قبل») when «بعد/قبل» + a span stands
    before it; -1 for «بعد» (the act after «من» was before the sentence's), +1 for «قبل»."""
    units = fw_keys("relative_span_units") | fw_keys("apart_units")
    t = k - 1
    while t > sent_start and key_at(doc, t) in {nkey(w) for w in FILLERS}:
        t -= 1
    if t <= sent_start or key_at(doc, t) not in units:
        return None
    unit = _unit(key_at(doc, t))
    t -= 1
    count: int | None = None
    word = key_at(doc, t) if t >= sent_start else ""
    if word.isdigit():
        count, t = int(word), t - 1
    elif word in fw_keys("apart_counts"):
        count = next((n for w, n in COUNTS if nkey(w) == word), None)
        t -= 1
        if count is None:
            unit = None  # «بعد عدة أيام»: how many is not told
    if t < sent_start or key_at(doc, t).removeprefix("و") not in ("بعد", "قبل"):
        return None
    sign = -1 if key_at(doc, t).removeprefix("و") == "بعد" else 1
    if unit is None or (unit[1] == 0 and count is None):
        return sign, None, t
    return sign, unit[0] * (count if count is not None else unit[1]), t


def apart_day(doc: Doc, hit: Hit, sent_start: int) -> tuple[bool, str | None]:
    """(True, the day or None) for a trigger in the phrase after «بعد/قبل» + a span + «من» (within
    ``APART_REACH`` tokens back, in its clause): the day of the last day-time before «بعد/قبل» in the sentence
    moved by the span; (False, None) when the trigger stands in no such phrase."""
    for k in range(hit.i - 1, max(sent_start, hit.i - APART_REACH) - 1, -1):
        if clause_stop(doc.tokens[k].text) or key_at(doc, k) in fw_keys("complementizers"):
            return False, None
        if key_at(doc, k) != "من":
            continue
        span = _span(doc, k, sent_start)
        if span is None:
            continue
        sign, days, lead = span
        at = doc.tokens[lead].start
        lo = doc.tokens[sent_start].start
        days_before = [ts for ts in doc.times_within(lo, at) if _day(ts)]
        if days is None or not days_before:
            return True, None
        anchor = dt.date.fromisoformat(_day(max(days_before, key=lambda ts: ts.start)) or "")
        return True, (anchor + dt.timedelta(days=sign * days)).isoformat()
    return False, None


def _said_at(doc: Doc, ts: TimeSpan, sent_start: int) -> bool:
    """A word of saying (``report_verbs``, ``saying_verbs``, ``announce_verbs``, ``saying_nouns``, with «و/ب» on it)
    within ``SAY_REACH`` tokens before the time ``ts`` («أعلنت أمس», «وأعلنت اللجنة أمس», «بإعلان النادي أمس»), and
    no «منذ» right before it («يسيطر على المدينة منذ 2 أبريل»: when a state began)."""
    k = doc.token_at(ts.start)
    if k is None or (k > sent_start and key_at(doc, k - 1).removeprefix("و") == "منذ"):
        return False
    words = fw_keys("report_verbs") | saying_keys() | fw_keys("announce_verbs") | fw_keys("saying_nouns")
    for t in range(k - 1, max(sent_start, k - SAY_REACH) - 1, -1):
        key = key_at(doc, t)
        if key in words or key.removeprefix("و") in words or key.removeprefix("و").removeprefix("ب") in words:
            return True
    return False


def statement_day(doc: Doc, hit: Hit, sent_start: int, perfect: bool) -> TimeSpan | None:
    """The day-time said with a word of saying (:func:`_said_at`) before the nearest complementizer («أن», «إن»)
    before a past or noun trigger, when it is earlier than the document date (the day of the statement whose
    content the act is in); None otherwise, and after «إلا/غير/لكن أن» or a «لكن» between (no statement's content:
    «إلا أن قوات الأمن أعادت اعتقالهم»), or past a comma and a participle of the sayer's (``circumstantial_participles``:
    «، مبرزة»)."""
    if (not perfect and hit.pos != "N") or not doc.date:
        return None
    if hit.pos == "N" and hit.i - 2 > sent_start and doc.tokens[hit.i - 1].text in ("،", ",") \
            and key_at(doc, hit.i)[:1] == "ب":  # round 217: «وأفاد المرصد أمس، باختطاف خمسة»: what was told
        end = doc.tokens[hit.i - 2].end
        told = [ts for ts in doc.times if ts.end == end and _day(ts)]
        if told and (told[0].value or "") < doc.date[:10] and _said_at(doc, told[0], sent_start):
            return told[0]
    for c in range(hit.i - 1, sent_start - 1, -1):
        key = key_at(doc, c)
        if key in fw_keys("but_words") or key.removeprefix("و") in fw_keys("but_words"):
            return None
        if c > sent_start and key in fw_keys("circumstantial_participles") and doc.tokens[c - 1].text in ("،", ","):
            return None  # round 177: «اهتمت بإعلان النادي أمس أن ...، مبرزة تنديد»: the papers' own act, not the content
        if key not in fw_keys("complementizers"):
            continue
        if c > sent_start and key_at(doc, c - 1).removeprefix("و") in LEADS:
            return None
        at = doc.tokens[c].start
        lo = doc.tokens[sent_start].start
        days = [ts for ts in doc.times_within(lo, at) if _day(ts)]
        if not days:
            return None
        ts = max(days, key=lambda t: t.start)
        return ts if ts.value < doc.date[:10] and _said_at(doc, ts, sent_start) else None
    return None


def occasion_day(doc: Doc, hit: Hit, sent_end: int) -> TimeSpan | None:
    """The first day-time after «قبيل/عقب» (``occasion_links``) within ``LINK_REACH`` tokens after a noun trigger,
    before a complementizer or the sentence's end (commas of the occasion's description between)."""
    if hit.pos != "N":
        return None
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + LINK_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if key_at(doc, t).removeprefix("و") not in fw_keys("occasion_links"):
            continue
        for u in range(t + 1, min(sent_end, t + OCCASION_REACH)):
            if key_at(doc, u) in fw_keys("complementizers") or doc.tokens[u].text in (".", "؟", "!"):
                return None
            tok = doc.tokens[u]
            found = next((ts for ts in doc.times if ts.start <= tok.start < ts.end), None)
            if found is not None:
                return found if _day(found) else None
        return None
    return None


def corrected(doc: Doc, ts: TimeSpan) -> TimeSpan | None:
    """The time in brackets right after ``ts`` that corrects it for the reader («ظهر اليوم (أمس)»: a wire's
    «today» is the paper's yesterday), else None."""
    rest = doc.text[ts.end : ts.end + 3].lstrip()
    if not rest.startswith("("):
        return None
    at = doc.text.index("(", ts.end) + 1
    return next((t for t in doc.times if at <= t.start <= at + 1 and doc.text[t.end : t.end + 1] == ")"), None)


FRAME_REACH = 8  # tokens back from a conjunct's comma to the «بعد» of its frame («وبعد هجمات 11 سبتمبر، وإعلان»)


def old_frame_conjunct(doc: Doc, hit: Hit, sent_start: int, old_years: int) -> bool:
    """«وبعد هجمات 11 سبتمبر، وإعلان الولايات المتحدة الحرب على الإرهاب، ازدادت»: a noun act joined by «و» after
    a comma to a «بعد» phrase dated ``old_years`` or more before the article's year is part of that old frame, of
    no day told (not the document date)."""
    if hit.pos != "N" or hit.i - 2 < sent_start or not doc.date or not doc.date[:4].isdigit():
        return False
    if not key_at(doc, hit.i).startswith("و") or doc.tokens[hit.i - 1].text not in ("،", ","):
        return False
    comma = doc.tokens[hit.i - 1].start
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - FRAME_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و") == "بعد":
            return any(doc.tokens[t].end <= ts.start and ts.end <= comma and ts.value[:4].isdigit()
                       and int(ts.value[:4]) <= int(doc.date[:4]) - old_years for ts in doc.times)
    return False


def _bare(key: str) -> str:
    k = past_clitics(key)
    return k.removeprefix("ال") if len(k) > 4 else k


MEETING_CODES = ("04",)  # consult, meet, visit, host, negotiate
NEAR_DAYS = 1


def planned_told(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """«بدأ الوزير محادثات في قطر اليوم» ... «وأكد أنه سيناقش ... خلال محادثات الدوحة»: a planned meeting, visit or
    talks (``MEETING_CODES``) with no time of its own takes the day of the same noun (its bare key) told earlier in
    the article in a sentence dated by the document date or the day after (``NEAR_DAYS``: the occasion the article
    tells as held today or tomorrow); None where that day is past, further off («حتى 12 أغسطس») or none is said."""
    if hit.pos != "N" or not hit.entry.code.startswith(MEETING_CODES) or not DAY_VALUE.fullmatch(doc.date or ""):
        return None
    today = dt.date.fromisoformat(doc.date or "")
    own = _bare(key_at(doc, hit.i))
    lo = doc.tokens[sent_start].start
    for t in range(sent_start):
        if _bare(key_at(doc, t)) != own:
            continue
        at = doc.tokens[t].start
        s = next((s for s in doc.sentences if s.start <= at < s.end and s.end <= lo), None)
        days = [ts for ts in doc.times if s is not None and s.start <= ts.start < s.end and _day(ts)]
        if days:
            return days[0] if 0 <= (dt.date.fromisoformat(days[0].value) - today).days <= NEAR_DAYS else None
    return None

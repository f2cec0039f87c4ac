"""Modality (asserted / planned / negated / hypothetical / reported) and the date of an event."""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Quote, TimeSpan
from ..time.lexicon import lexicon as time_lexicon
from .chunks import clause_stop
from .forms import bare, fw, nkey, phrase_keys
from .lexicon import Hit

CUE_WINDOW = 12  # tokens before the trigger where a planning/conditional cue still governs it
_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")

# Modalities of events told as fact (asserted by the text, or reported in attributed speech).
FACTUAL = ("asserted", "reported")


def _keys_before(doc: Doc, hit: Hit, sent_start: int, window: int) -> list[str]:
    lo = max(sent_start, hit.i - window)
    out: list[str] = []
    for t in range(lo, hit.i):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or nkey(tok.text) in fw("relatives"):
            out = []
            continue
        out.append(nkey(tok.text))
    return out


def _has_phrase(keys: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` occurs in ``keys`` (its first word may carry «و/ف»)."""
    by_first = _phrases_by_first(phrases)
    for k, key in enumerate(keys):
        for first in (key, key[1:] if key[:1] in ("و", "ف") else None):
            for seq in by_first.get(first or "", ()):
                if tuple(keys[k + 1 : k + len(seq)]) == seq[1:]:
                    return True
    return False


@lru_cache(maxsize=16)
def _phrases_by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in phrase_keys(phrases):
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


FAILED_WINDOW = 4  # keys before the trigger where «فشل/عجز» + «في/عن» still governs it («فشل الجيش في استعادة»)


def _cannot(before: list[str]) -> bool:
    """«لم يستطع حزب الله السيطرة على», «لم تتمكن القوات من», «فشلت القوات في استعادة»: a negated verb of being
    able (function words ``ability_verbs``) or a verb of failing (``failure_verbs``) with «في/عن» right before the
    trigger says the act did not happen («فشل الهجوم»: the attack did, and failed)."""
    for k in range(1, len(before)):
        if before[k].lstrip("وف") in fw("ability_verbs") and before[k - 1].lstrip("وف") in fw("negations"):
            return True
    return bool(before) and before[-1] in ("في", "عن") and any(bare(k, "failure_verbs") in fw("failure_verbs") for k in before[-FAILED_WINDOW:-1])


WANT_REACH = 2  # keys from «يريد/نود» to a masdar it takes as object («لا تريد فرنسا إطلاق التصريحات»)


def _wanted(before: list[str], hit: Hit) -> bool:
    """«نريد أن يستأنف المحادثات», «يريد زيارة»: the act a verb of wanting (function words ``wants``) governs, its
    object right after it or the verb of its «أن» clause (the trigger, or the present verb right before a noun
    trigger); not an act told in a clause that only follows it («عندما أراد محفوظ تقديمها ... رفض المسؤول»,
    «نريد أن نرى الحكومة ترد على الهجمات»: the attacks were real)."""
    for k, key in enumerate(before):
        if key.lstrip("وف") not in fw("wants"):
            continue
        rest = before[k + 1 :]
        if len(rest) <= WANT_REACH and not any(r in fw("complementizers") for r in rest):
            return True
        if rest and rest[0] in fw("complementizers"):
            if hit.pos == "V":
                return True
            last = rest[-1].lstrip("وف") if len(rest) > 1 else ""
            return last[:1] in ("ي", "ت", "ن") and len(last) >= 4
    return False


SUPPORT_REACH = 4  # keys from a future support verb to its event noun («سيعقد وزير الخارجية السعودي اجتماعا»)


def _future_support(before: list[str]) -> bool:
    """«سيعقد الرئيس اجتماعا», «وستجري الحكومة محادثات», «سيقوم الوزير بزيارة»: a verb that holds or carries out an
    event noun (function words ``holding_verbs``, ``light_verbs``), in the future with «سـ», within
    ``SUPPORT_REACH`` keys before it (its subject between them)."""
    for key in before[-SUPPORT_REACH:]:
        k = key.lstrip("وف")
        if len(k) >= 4 and k[0] == "س" and k[1] in ("ي", "ت", "ن") and (k[1:] in fw("holding_verbs")
                                                                        or k[1:] in fw("light_verbs")):
            return True
    return False


def modality(doc: Doc, hit: Hit, sent_start: int, quotes: list[Quote], purpose: bool = False) -> str:
    """``purpose``: the trigger is a purpose masdar of an earlier verb event («سيغادر ... للاجتماع»)."""
    before = _keys_before(doc, hit, sent_start, CUE_WINDOW)
    prev = before[-1].lstrip("وف") if before else ""
    prev2 = before[-2].lstrip("وف") if len(before) > 1 else ""
    # «بحسب ما أعلنت», «وفق ما ذكرت»: «ما» after a preposition or «حسب» is the relative, no negation
    relative_ma = prev == "ما" and (prev2 in fw("ma_heads") or prev2 in fw("prepositions"))
    if (prev in fw("negations") and not relative_ma) or (prev2 in fw("negations") and prev in fw("auxiliaries")) \
            or prev == "عدم":
        return "negated"
    for k in range(len(before) - 1):
        if before[k] in fw("negating_verbs") and before[k + 1] in fw("complementizers"):
            return "negated"
    if _cannot(before):
        return "negated"
    if _has_phrase(before, fw("conditional")) or any(k.lstrip("وف") in fw("wishes") for k in before) \
            or _wanted(before, hit):
        return "hypothetical"  # «إذا», «لو»; «آمل أن أزور»: a condition or a wish, not a fact nor a plan
    pro = hit.cand.proclitics
    if (hit.pos == "V" and "س" in pro) or prev in fw("future"):
        return "planned"
    if purpose:
        return "planned"
    # «سنقوم باستهدافهم»: a future verb and its «ب» masdar (not «سيارة مفخخة», «سيارات»: a noun read as «س»+verb)
    if hit.pos == "N" and "ب" in pro and prev[:1] == "س" and prev[1:2] in ("ي", "ت", "ن", "ا") \
            and not prev.endswith(("ه", "ات")):
        return "planned"
    if hit.pos == "N" and _future_support(before):
        return "planned"
    if _has_phrase(before, fw("planned")) or any(k.lstrip("وف") in fw("aims") for k in before):
        return "planned"  # («تسعى للسيطرة على»: an aim)
    if hit.pos == "N" and any(k.lstrip("وف") in fw("foil_verbs") for k in before):
        return "negated"  # «أحبطت الشرطة هجوما»: foiled, it did not happen
    start = doc.tokens[hit.i].start
    for q in quotes:
        if q.content.start <= start < q.content.end:
            return "reported"
    return "asserted"


def _event_value(value: str | None) -> str | None:
    """A TimeSpan value as an event date: a day or a month; a range inside one month gives the month."""
    if not value:
        return None
    if _ISO.fullmatch(value):
        return value
    a, _, b = value.partition("/")
    if b and _ISO.fullmatch(a) and _ISO.fullmatch(b) and a[:7] == b[:7]:
        return a[:7]
    return None


def _pluperfect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وكان ... أعلن»: a past before the report; the document date does not date it."""
    if hit.pos != "V" or doc.tokens[hit.i].norm[:1] in ("ي", "ت"):
        return False
    keys = _keys_before(doc, hit, sent_start, 8)
    return any(k.lstrip("وف") in ("كان", "كانت", "كانوا") for k in keys)


def _commemorated(doc: Doc, hit: Hit) -> int | None:
    """N when the trigger is what «الذكرى N ل…» commemorates («الذكرى 13 لهجمات»), else None."""
    i = hit.i
    if i < 2:
        return None
    num, word = doc.tokens[i - 1].text, nkey(doc.tokens[i - 2].text)
    if time_lexicon().has("anniversary", word.lstrip("وفب")) and num.isascii() and num.isdigit() and 0 < int(num) < 1000:
        return int(num)
    return None


def _since_other(doc: Doc, sent_start: int, sent_end: int, pos: int, time_start: int) -> bool:
    """Whether «منذ» + a noun (another event: «منذ سقوط الهدنة», «منذ توقيع الاتفاق») stands between the trigger
    at ``pos`` and a time expression after it (not «منذ» right before the time: «منذ 2 أبريل»)."""
    toks = [t for t in doc.tokens[sent_start:sent_end] if pos < t.start < time_start]
    return any(nkey(t.text).lstrip("و") == "منذ" and k + 1 < len(toks) for k, t in enumerate(toks))


def event_date(doc: Doc, hit: Hit, sent_start: int, sent_end: int, mod: str) -> tuple[str | None, TimeSpan | None]:
    """The value of the time expression nearest the trigger in its sentence, else the document date."""
    pos = doc.tokens[hit.i].start
    lo = doc.tokens[sent_start].start
    hi = doc.tokens[sent_end - 1].end if sent_end > sent_start else pos
    best: tuple[int, TimeSpan] | None = None
    for ts in doc.times:
        if ts.start < lo or ts.end > hi or _event_value(ts.value) is None:
            continue
        d = ts.start - pos if ts.start >= pos else pos - ts.end
        lo_c, hi_c = (pos, ts.start) if ts.start >= pos else (ts.end, pos)
        if any(
            tok.text in ("،", ",") or nkey(tok.text) in fw("complementizers") or nkey(tok.text) in fw("relatives")
            for tok in doc.tokens[sent_start:sent_end]
            if lo_c <= tok.start < hi_c
        ):
            continue  # another clause
        if ts.start > pos and _since_other(doc, sent_start, sent_end, pos, ts.start):
            continue  # «أول هجوم منذ سقوط الهدنة قبل عشرة أيام»: the date of the other event «منذ» names
        if best is None or d < best[0]:
            best = (d, ts)
    if best is not None:
        value = _event_value(best[1].value)
        years = _commemorated(doc, hit)
        if value is not None and years is not None and value[:4].isdigit():
            # «في الذكرى 13 لهجمات 11 أيلول»: the time is the anniversary, the attacks were 13 years before
            value = f"{int(value[:4]) - years:04d}{value[4:]}"
        return value, best[1]
    if mod in FACTUAL and not _pluperfect(doc, hit, sent_start):
        return doc.date, None
    return None, None

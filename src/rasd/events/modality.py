"""Modality (asserted / planned / negated / hypothetical / reported) and the date of an event."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..doc import Doc, Quote, TimeSpan
from ..time.lexicon import lexicon as time_lexicon
from .chunks import KANA_PAST, clause_stop, kana_before
from .forms import bare, fw, nkey, phrase_keys
from .lexicon import Hit, past_keys
from .modality_cues import (after_that, as_masdar, asked, avoided, conditioned, later_today, needed, on_principle, possible, proposed,
                            upcoming, warned, without)
from .background import framed, no_day_told
from .modality_may import may_happen, owed, will_witness
from .unsaid_time import plan_month, unsaid_span
from .when import (apposition_free, chained_pluperfect, fronting, old_told_before, past_frame, pluperfect_main,
                   relative_on_act, told_before, unsettled, vague, year_of_other)

CUE_WINDOW = 12  # tokens before the trigger where a planning/conditional cue still governs it
_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")

__all__ = ["FACTUAL", "asked", "event_date", "modality"]

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


EXPECT_REACH = 3  # keys from «يتوقع» to the «أن» of what is expected («يتوقع المراقبون أن يزور»)


def _expected(before: list[str], hit: Hit) -> bool:
    """«يتوقع أن يزور الرئيس الرياض», «والمتوقع أن تبدأ المحادثات»: the act of the «أن» clause of a verb of
    expecting (function words ``expect_verbs``) is to come: the trigger verb, or a noun after the present verb of
    that clause («يتوقع أن تعقد الحكومة اجتماعا»)."""
    for k, key in enumerate(before):
        if key.lstrip("وف") not in fw("expect_verbs"):
            continue
        rest = before[k + 1 :]
        comp = next((n for n, r in enumerate(rest[: EXPECT_REACH + 1]) if r in fw("complementizers")), None)
        if comp is None or any(r in fw("complementizers") for r in rest[comp + 1 :]):
            continue
        if hit.pos == "V":
            return True
        clause = rest[comp + 1 :]
        return len(clause) <= EXPECT_REACH and any(r[:1] in ("ي", "ت") and len(r) >= 3 for r in clause[:2])
    return False


AGREED_REACH = 8  # keys before «أن» read for the agreement on the act after it («اتفق المحافظ مع المسلحين بأن»)
SUPPORT_REACH = 4  # keys from a future support verb to its event noun («سيعقد وزير الخارجية السعودي اجتماعا»)


def _future_support(before: list[str]) -> bool:
    """«سيعقد الرئيس اجتماعا», «وستجري الحكومة محادثات», «سيقوم الوزير بزيارة»: a verb that holds or carries out an
    event noun (function words ``holding_verbs``, ``light_verbs``), in the future with «سـ», within
    ``SUPPORT_REACH`` keys before it (its subject between them)."""
    for key in before[-SUPPORT_REACH:]:
        k = key.lstrip("وف")
        # (the first person read as the third: «سنشن الهجوم», «سنعقد اجتماعا»)
        if len(k) >= 4 and k[0] == "س" and k[1] in ("ي", "ت", "ن") and any(
                v in fw("holding_verbs") or v in fw("light_verbs") or v in fw("launch_verbs") for v in (k[1:], "ي" + k[2:])):
            return True
    return False


def _imperfect(key: str, trigger: bool) -> bool:
    """A present-tense verb: «يهاجم», «نقوم», «تتعرض»; for a trigger also «ت» + a form no trigger's perfect has
    («تهاجم», not «تظاهر»)."""
    if len(key) < 4:
        return len(key) == 3 and key[0] == "ي"  # «قد يشن»
    return key[0] in ("ي", "ن") or key.startswith("تت") or (trigger and key[0] == "ت" and key not in past_keys())


def _may(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«قد يهاجم المسلحون», «قد يشن الجيش هجوما»: «قد» + a present verb (the trigger, or the verb of a noun trigger
    within ``SUPPORT_REACH`` keys) says it may happen; «قد» + a perfect («قد هاجم», «كانت قد أعلنت») told it."""
    if hit.pos == "V":
        return bool(before) and before[-1].lstrip("وف") == "قد" \
            and _imperfect(nkey(doc.tokens[hit.i].text), True)
    tail = before[-SUPPORT_REACH - 1 :]
    return any(k.lstrip("وف") == "قد" and _imperfect(tail[n + 1], False) for n, k in enumerate(tail[:-1]))


DENIAL_REACH = 3  # keys from «نفى» to the «أن» of what it denies (its subject between: «نفى المتحدث الرسمي أن»)


def _denied(hit: Hit, before: list[str]) -> bool:
    """«نفى المتحدث أن يكون الجيش قد هاجم», «نفت الحركة قيامها باختطاف», «الجيش نفى استهدافه»: what a verb of
    denying (function words ``negating_verbs``) governs did not happen; not an accusation, a rejection or a
    responsibility it denies («نفى الاتهامات», «نفى أي ضلوع لهم في الاعتداء»: those were real)."""
    for k, key in enumerate(before):
        if key.lstrip("وف") not in fw("negating_verbs"):
            continue
        rest = before[k + 1 :]
        if any(r in fw("complementizers") for r in rest[:DENIAL_REACH]):
            return True
        if hit.pos == "N" and not hit.entry.code.startswith(("11", "12")) and (
                not rest or (len(rest) <= DENIAL_REACH and rest[-1].startswith("قيام") and "ب" in hit.cand.proclitics)):
            return True
    return False


def _put_off(before: list[str]) -> str | None:
    """«تأجيل المحادثات», «أرجئ الاجتماع»: still to come, planned; «ألغيت الزيارة», «إلغاء جولة المحادثات»: it
    will not happen, negated (function words ``postpone_words``, ``cancel_words``, one or two keys before)."""
    for n in range(max(0, len(before) - 2), len(before)):
        k = before[n].lstrip("وف")
        if k in fw("cancel_words"):
            # «لم تعلن إلغاء المفاوضات»: a cancellation denied, the talks are still to come
            return "planned" if any(b.lstrip("وف") in fw("negations") for b in before[max(0, n - 2) : n]) else "negated"
        if k in fw("postpone_words"):
            return "planned"
    return None


def _aimed(hit: Hit, before: list[str]) -> bool:
    """«لاستعادة السيطرة على المدينة», «لعقد محادثات» (function words ``purpose_masdars``), «سعيا إلى السيطرة»,
    «سعيا للسيطرة»: a noun trigger right after a purpose phrase is its aim."""
    prev = before[-1].lstrip("وف") if before else ""
    if prev in fw("purpose_masdars") or (prev == "سعيا" and "ل" in hit.cand.proclitics):
        return True
    return len(before) > 1 and before[-2].lstrip("وف") == "سعيا" and prev in ("الي", "نحو")


ATTEMPT_REACH = 4  # keys from «محاولات/حاول» to the masdar it governs («محاولات التنظيم فرض سيطرته»)
INVITE_BACK = 20  # words before «لزيارة» read for the call that invites it («دعا فلان، ...، لزيارة عدن»)
INVITE_REACH = 5  # keys from «دعا/وعد/تعهد» to the masdar after «إلى» or «بـ/لـ» («دعا الحكومة إلى فرض عقوبات»)
_TO = frozenset(nkey(w) for w in ("إلى", "الى"))
_JOIN = frozenset(nkey(w) for w in ("للمشاركة", "بالمشاركة", "المشاركة"))  # «دعا إلى المشاركة في»
# what an invitation or a promise may govern as a deed still to come: a meeting or a visit, a demonstration, a
# coercive or violent act (not a statement, an appeal or an aid that is the promise itself: «تعهد بتقديم الدعم»)
INVITED_CODES = ("04", "14", "16", "17", "18", "19", "20")  # (round 53: «دعا إلى فرض عقوبات»)


def _attempted(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«محاولة اغتيال الوزير», «محاولات التنظيم فرض سيطرته», «حاول المسلحون اقتحام السجن»: the masdar an attempt
    (function words ``attempts``) governs is tried, not told as done; right after it, or past its subject (a definite
    or accusative phrase, a name) or a light masdar. Not the genitive of another act it governs («تحاول فك الحصار»:
    the siege is real)."""
    keys = before[-ATTEMPT_REACH:]
    if not any(k.lstrip("وف") in fw("attempts") for k in keys):
        return False
    prev = keys[-1]
    if any(p in fw("attempts") or p.startswith("ال") or "ل" + p in fw("purpose_masdars") for p in (prev, prev[1:])) \
            or prev.endswith("ا"):
        return True
    at = doc.tokens[hit.i - 1].start
    return any(m.start <= at < m.end for e in doc.entities for m in e.mentions)


HESITATE_REACH = 4  # keys before an act read for a hesitation and its «في» («ترددا في شن هجوم»)


def _hesitated(before: list[str]) -> bool:
    """Round 43: «أبدت ترددا في شن هجوم», «تتردد في اقتحام»: an act hesitated over (``hesitation_words`` + «في/عن»
    within ``HESITATE_REACH`` keys before it) is not told as done; «لم يتردد في إعلان» (no hesitation) tells it."""
    n = len(before)
    for t in range(max(0, n - HESITATE_REACH), n - 1):
        if before[t].lstrip("وف") in fw("hesitation_words") and before[t + 1] in ("في", "عن"):
            return t == 0 or before[t - 1].lstrip("وف") not in fw("negations")
    return False


def _to_visit(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 39: «دعا الأحمدي، المبعوث الأممي ...، وممثلي المنظمات، لزيارة عدن»: «لـ» + the masdar of visiting with
    no pronoun after a call or a promise (``calls_and_promises``) within ``INVITE_BACK`` words before it in its
    sentence, past the commas of the invited's names: the visit is still to come (not «انتقلوا معه لزيارة الجرحى»,
    a trip's aim that was carried out)."""
    if hit.entry.id != "visit" or "ل" not in hit.cand.proclitics or doc.tokens[hit.j].words[-1].kind == "enclitic":
        return False
    return any(bare(nkey(doc.tokens[t].text), "calls_and_promises") in fw("calls_and_promises")
               for t in range(max(sent_start, hit.i - INVITE_BACK), hit.i))


def _invited(hit: Hit, before: list[str]) -> bool:
    """«دعا الرئيس إلى مهاجمة مواقع التنظيم», «وعد الوزير بزيارة المنطقة», «تلقى دعوة للاجتماع»: the masdar an
    invitation or a promise (function words ``calls_and_promises``) governs with «إلى» or «بـ/لـ» is still to come."""
    if not hit.entry.code.startswith(INVITED_CODES):
        return False
    prev = before[-1] if before else ""
    # (or on the masdar that carries it out: «تعهد الجيش بشن هجمات»)
    carried = prev[:1] in ("ب", "ل") and "ل" + prev[1:] in fw("purpose_masdars")
    # («دعا إلى شن هجمات», «إلى تنظيم مظاهرات»: the masdar that carries it out after «إلى»)
    masdar = len(before) > 1 and before[-2] in _TO and "ل" + prev in fw("purpose_masdars")
    # («دعوة للشعب للمشاركة في مظاهرة»: the act a call bids them join, round 63)
    joined = len(before) > 2 and prev == "في" and before[-2].lstrip("وف") in _JOIN
    if prev not in _TO and not (carried or masdar or joined) and not ("ب" in hit.cand.proclitics or "ل" in hit.cand.proclitics):
        return False
    return any(k.lstrip("وف") in fw("calls_and_promises") for k in before[-INVITE_REACH - int(masdar) - 2 * int(joined):])


def modality(doc: Doc, hit: Hit, sent_start: int, quotes: list[Quote], purpose: bool = False) -> str:
    """``purpose``: the trigger is a purpose masdar of an earlier verb event («سيغادر ... للاجتماع»)."""
    before = _keys_before(doc, hit, sent_start, CUE_WINDOW)
    hit = as_masdar(hit, before)  # «دعا إلى فرض عقوبات» (round 53)
    prev = before[-1].lstrip("وف") if before else ""
    prev2 = before[-2].lstrip("وف") if len(before) > 1 else ""
    # «بحسب ما أعلنت», «وفق ما ذكرت»: «ما» after a preposition or «حسب» is the relative, no negation
    relative_ma = prev == "ما" and (prev2 in fw("ma_heads") or prev2 in fw("prepositions")) or (
        prev == "لما" and hit.pos == "V" and not _imperfect(nkey(doc.tokens[hit.i].text), True))  # «وفقا لما أعلنته»
    if (prev in fw("negations") and not relative_ma) or (prev2 in fw("negations") and prev in fw("auxiliaries")) \
            or prev == "عدم":
        return "negated"
    if _denied(hit, before) or _cannot(before) or (hit.pos == "N" and without(before)):
        return "negated"
    put_off = (_put_off(before) if hit.pos == "N" else None) or possible(doc, hit, sent_start)
    if put_off is not None:
        return put_off
    if _has_phrase(before, fw("conditional")) or any(k.lstrip("وف") in fw("wishes") for k in before) \
            or _wanted(before, hit) or _may(doc, hit, before) or warned(doc, hit, before) or avoided(hit, before) \
            or conditioned(doc, hit) or on_principle(hit, before) or may_happen(doc, hit, before):
        return "hypothetical"  # «إذا», «لو»; «آمل أن أزور»: a condition or a wish, not a fact nor a plan
    pro = hit.cand.proclitics
    if (hit.pos == "V" and "س" in pro) or prev in fw("future") or after_that(doc, hit, before):
        return "planned"
    if purpose or (hit.pos == "N" and (_aimed(hit, before) or _to_visit(doc, hit, sent_start))):
        return "planned"
    # «سنقوم باستهدافهم»: a future verb and its «ب» masdar (not «سيارة مفخخة», «سيارات»: a noun read as «س»+verb)
    if hit.pos == "N" and "ب" in pro and prev[:1] == "س" and prev[1:2] in ("ي", "ت", "ن", "ا") \
            and not prev.endswith(("ه", "ات")):
        return "planned"
    if hit.pos == "N" and (_future_support(before) or will_witness(before) or owed(doc, hit, sent_start)):
        return "planned"
    if _has_phrase(before, fw("planned")) or any(k.lstrip("وف") in fw("aims") for k in before) \
            or _expected(before, hit):
        return "planned"  # («تسعى للسيطرة على»: an aim)
    if hit.pos == "N" and any(k.lstrip("وف") in fw("foil_verbs") for k in before):
        return "negated"  # «أحبطت الشرطة هجوما»: foiled, it did not happen
    # tried, called for or promised: not (yet) done (a verb trigger read as a masdar: «حاول المسلحون قصف المطار»)
    if ((hit.pos == "N" or not hit.cand.proclitics) and _attempted(doc, hit, before)) or (
            hit.pos == "N" and _invited(hit, before)) or _hesitated(before):
        return "planned"
    if hit.pos == "V" and prev in ("ان", "بان") and any(  # «اتفقوا على أن يجتمعوا»: the act agreed on (round 51)
            k.lstrip("وف") in fw("agreeing_words") for k in before[-AGREED_REACH:-1]):
        return "planned"
    if later_today(doc, hit, before) or needed(hit, before) or proposed(hit, before) or upcoming(doc, hit):
        return "planned"  # round 45: «يلتقي ... في وقت لاحق اليوم», «ضرورة عقد لقاءات»; 47: «طالب بالتحقيق»
    start = doc.tokens[hit.i].start
    for q in quotes:
        if q.content.start <= start < q.content.end:
            return "reported"
    return "asserted"


def _week_month(value: str | None) -> str | None:
    """An ISO week («الأسبوع الماضي») as an event date: the month of its Thursday, where most of its days lie."""
    week = _WEEK.fullmatch(value or "")
    if week is None:
        return None
    try:  # (a week the year does not have, 0 or 54, or 53 in a year of 52, is a ValueError)
        return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4).isoformat()[:7]
    except ValueError:
        return None


SHORT_RANGE = 3  # days: a range of fewer days (a two- or three-day meeting) is dated by its first day


def _event_value(value: str | None) -> str | None:
    """A TimeSpan value as an event date: a day or a month; a range inside one month gives the month, a short one
    (``SHORT_RANGE``) its first day."""
    if not value:
        return None
    if _ISO.fullmatch(value):
        return value
    a, _, b = value.partition("/")
    if b and _ISO.fullmatch(a) and _ISO.fullmatch(b) and a[:7] == b[:7]:
        if len(a) == len(b) == 10 and int(b[8:]) - int(a[8:]) < SHORT_RANGE:
            return a  # «بين 12 و13 أغسطس», «يومي 12 و13»: the act begins on the first day
        return a[:7]
    return None


PLUPERFECT_REACH = 20  # tokens from «قد» back to its «كان» across commas («وكانت دولة الكويت، ممثلة بـ...، قد أعلنت»)


def _dated(value: str | None) -> str | None:
    """A time's value as an event date: a day, a month (``_event_value``) or the month of a week."""
    return _event_value(value) or _week_month(value)


def _pluperfect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وكان ... أعلن», «وكانت الشركة، أمس، قد أعلنت»: a past before the report; the document date does not date
    it. From «قد» right before the verb, «كان» is looked for back over commas to the clause's start."""
    if hit.pos != "V" or doc.tokens[hit.i].norm[:1] in ("ي", "ت"):
        return False
    keys = _keys_before(doc, hit, sent_start, 8)
    if any(k.lstrip("وف") in KANA_PAST for k in keys):
        return True
    if not keys or keys[-1].lstrip("وف") != "قد":
        return False
    return kana_before(doc, hit.i - 2, max(sent_start, hit.i - PLUPERFECT_REACH), True) is not None


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


def _since(doc: Doc, ts: TimeSpan, sent_start: int, after: bool) -> bool:
    """A year or a span that does not date the event: after it, «منذ أربع سنوات», «منذ عام 2011» (when a state
    began; a day or a month, «منذ 2 أبريل», still dates it); anywhere, «لعام 2000» (the year of a name)."""
    if _dated(ts.value) is not None:
        return False
    first = nkey(ts.text.split()[0]).lstrip("و") if ts.text.split() else ""
    prev, own = "", ""
    for t in range(sent_start, len(doc.tokens)):
        tok = doc.tokens[t]
        if tok.start > ts.start:
            break
        if tok.end <= ts.start:
            prev = nkey(tok.text).lstrip("و")
        else:
            own = nkey(tok.text).lstrip("و")  # the token the time starts in («لعام» of «لعام 2000»)
    if own in ("لعام", "لسنه"):
        return True  # «قانون الإرهاب لعام 2000»: the year of a name
    if not after:
        return False
    return first == "منذ" or prev == "منذ"


# tokens after a verb of saying where a year still dates it; further on it is in what was said («أعلنت مدن ترشحها
# لاستضافة أولمبياد 2024»)
OBJECT_REACH = 4


OPENERS = frozenset(nkey(w) for w in ("و", "ف", "في", "وفي", "خلال", "وخلال"))  # what may stand before a fronted time


def _same_clause(doc: Doc, sent_start: int, sent_end: int, ts: TimeSpan, lo_c: int, hi_c: int, after: bool,
                 own: int = -1) -> bool:
    """Whether nothing between the trigger and the time ``ts`` (characters ``lo_c``..``hi_c``) opens another clause:
    no complementizer or relative (but the relative at offset ``own``, whose clause is on the trigger itself: «الهجوم
    الذي وقع الأسبوع الماضي»), and no comma but those of a time set off by commas: fronted at the sentence's start
    («في الثاني من أبريل الماضي، سيطرت القوات»), or between two commas after the verb and its subject («أعلنت
    الشركة، أمس، أنها») or before a noun trigger («شنت الفصائل، أمس، هجوما»)."""
    toks = doc.tokens[sent_start:sent_end]
    commas: list[int] = []
    for tok in toks:
        if lo_c <= tok.start < hi_c:
            key = nkey(tok.text)
            if key in fw("complementizers") or (key in fw("relatives") and tok.start != own):
                return False
            if tok.text in ("،", ","):
                commas.append(tok.start)
    commas = apposition_free(doc, commas)
    if not commas:
        return True
    if not after and all(nkey(t.text) in OPENERS for t in fronting(toks, ts)):
        return True  # a fronted time governs the clause after its comma («ويذكر أنه في عام 2006، قتلت»)
    if len(commas) != 1:
        return False
    prev = [t for t in toks if t.end <= ts.start]
    nxt = [t for t in toks if t.start >= ts.end]
    opened = bool(prev) and prev[-1].text in ("،", ",")
    # (or a place after it: «خلال استقباله المبعوث، أول من أمس في العاصمة أبوظبي»)
    closed = not nxt or nxt[0].text in ("،", ",", ".") or nkey(nxt[0].text) in fw("complementizers") \
        or (after and nkey(nxt[0].text) == "في")
    return opened and closed and (commas[0] == prev[-1].start if after else commas[0] == nxt[0].start)


HABITUAL = frozenset(nkey(w) for w in ("يوميا", "يوميًا", "عادة", "دائما", "دائمًا", "أسبوعيا", "شهريا", "سنويا", "غالبا"))
DAILY = frozenset(nkey(w) for w in ("يومية", "اليومية"))
SPAN_UNITS = frozenset(nkey(w) for w in ("عاما", "عامًا", "أعوام", "سنة", "سنوات", "شهرا", "شهرًا", "أشهر", "شهور",
                                         "أسابيع", "يوما", "يومًا", "أيام", "عقود", "عقدا", "عقدين", "عامين", "سنتين"))


def _undated(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """What no one day or month dates: a habit («يستقبل المتحف الزوار يوميا», «مظاهرات يومية») or an act drawn out
    over a span («بعد 12 عاما من المفاوضات», «سنوات من القتال»)."""
    if hit.pos == "V":
        key = nkey(doc.tokens[hit.i].text)
        key = key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key
        return _imperfect(key, True) and any(nkey(t.text) in HABITUAL for t in doc.tokens[sent_start:sent_end])
    if hit.j + 1 < sent_end and nkey(doc.tokens[hit.j + 1].text) in DAILY:
        return True
    if _over_span(doc, hit, sent_end):
        return True
    return hit.i - 2 >= sent_start and nkey(doc.tokens[hit.i - 1].text) == "من" \
        and nkey(doc.tokens[hit.i - 2].text) in SPAN_UNITS


DISTAL = frozenset(nkey(w) for w in ("تلك", "ذلك"))  # «تلك الهجمات» looks back; «هذا الاجتماع» is here and now
SPAN_REACH = 6  # tokens after a noun trigger to «على مدى/طوال» + a span


def _over_span(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«والهجمات والحصار على مدى خمسة أشهر», «القتال طوال أسابيع»: a noun trigger's act drawn out over a span said
    right after it, in its clause."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + SPAN_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if nkey(doc.tokens[t].text) in fw("span_openers"):
            return any(nkey(doc.tokens[u].text) in SPAN_UNITS for u in range(t + 1, min(sent_end, t + 4)))
    return False


COMPLEMENT_OPENERS = frozenset(("علي", "عن"))  # keys: «اتفق على عقد ...», «أعلن عن اتفاق ...»


def _coming_for_past(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether the day ``ts``, after the article's date, is said after a perfect verb trigger: a past act told today
    is not of a day to come; the day is of an act planned in its complement opened by «على/عن» («اتفق الطرفان على
    عقد اجتماع في 20 أغسطس»)."""
    value = _event_value(ts.value)
    if hit.pos != "V" or not doc.date or value is None or len(value) < 10 or value <= doc.date[:10]:
        return False
    key = nkey(doc.tokens[hit.i].text)
    key = key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key
    if _imperfect(key, True) or (key[:1] == "س" and _imperfect(key[1:], True)):  # «وسيزور»
        return False
    return any(nkey(t.text) in COMPLEMENT_OPENERS for t in doc.tokens[hit.j + 1 : doc.token_at(ts.start) or hit.j])


def event_date(doc: Doc, hit: Hit, sent_start: int, sent_end: int, mod: str,
               clause_from: int | None = None) -> tuple[str | None, TimeSpan | None]:
    """The value of the time expression nearest the trigger in its sentence, else the document date. A time from
    offset ``clause_from`` (a relative clause on the trigger's subject) up to the trigger is another verb's."""
    if _undated(doc, hit, sent_start, sent_end):
        return None, None
    pos = doc.tokens[hit.i].start
    lo = doc.tokens[sent_start].start
    hi = doc.tokens[sent_end - 1].end if sent_end > sent_start else pos
    best: tuple[int, TimeSpan] | None = None
    # a relative right after a noun trigger opens a clause on the act itself, which its time dates
    after_noun = doc.tokens[hit.j + 1] if hit.pos == "N" and hit.j + 1 < sent_end else None
    own = after_noun.start if after_noun is not None and nkey(after_noun.text) in fw("relatives") else -1
    for ts in doc.times:
        if ts.start < lo or ts.end > hi or not ts.value or _since(doc, ts, sent_start, ts.start > pos):
            continue
        if clause_from is not None and clause_from <= ts.start < pos:
            continue
        d = ts.start - pos if ts.start >= pos else pos - ts.end
        if _dated(ts.value) is None and hit.pos == "V" and hit.entry.code.startswith("01") and ts.start > pos \
                and sum(1 for t in doc.tokens[hit.j + 1 : sent_end] if t.end <= ts.start) > OBJECT_REACH:
            continue
        lo_c, hi_c = (pos, ts.start) if ts.start >= pos else (ts.end, pos)
        if not _same_clause(doc, sent_start, sent_end, ts, lo_c, hi_c, ts.start >= pos, own):
            continue  # another clause
        if ts.start > pos and _since_other(doc, sent_start, sent_end, pos, ts.start):
            continue  # «أول هجوم منذ سقوط الهدنة قبل عشرة أيام»: the date of the other event «منذ» names
        if ts.start > pos and _dated(ts.value) is None and year_of_other(doc, hit, ts):
            continue  # «طالب بمحاكمة المتهمين في اغتيال الحريري عام 2005»: the year of the noun's act
        if ts.start > pos and _coming_for_past(doc, hit, ts):
            continue  # «أعلنت ... عن اتفاق على عقد جولة في 20 أغسطس»: the day of the act agreed on, still to come
        if best is None or d < best[0]:
            best = (d, ts)
    key = nkey(doc.tokens[hit.i].text)
    stem = key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key
    perfect = not _imperfect(stem, True) or stem in past_keys()
    frame = framed(doc, hit, (sent_start, sent_end), perfect, clause_from, mod in FACTUAL and not unsettled(
        doc, hit, sent_end) and not vague(doc, hit, sent_start, sent_end)) if best is None else (False, None)
    if frame[1] is not None and not _since(doc, frame[1], sent_start, False):
        best = (0, frame[1])  # «في مايو الماضي، والتي أكدت», «وقبل حوالى عشرة أيام، شنت ...، كما بدأت في مهاجمة»
    rel = relative_on_act(doc, hit, sent_start) if best is None else None
    if rel is not None and pluperfect_main(doc, rel[0], sent_start):
        return None, None  # «كان بوتين قد أعلن مبادرته التي دعت»: of the pluperfect's past
    if rel is not None and rel[1] is not None:
        return event_date(doc, rel[1], sent_start, sent_end, mod)  # «غاراتها التي استهدفت»: the noun's act
    if best is not None:
        value = plan_month(doc, best[1], _dated(best[1].value), mod)  # «سيعقد اجتماعا في يونيو»: the next June
        if value is None:
            # «في عام 2006، قتلت غارة», «خلال الأشهر الأربعة الماضية قتل»: a year or a span of months, no day or
            # month to give; it is not the document date either
            return None, None
        years = _commemorated(doc, hit)
        if value is not None and years is not None and value[:4].isdigit():
            # «في الذكرى 13 لهجمات 11 أيلول»: the time is the anniversary, the attacks were 13 years before
            value = f"{int(value[:4]) - years:04d}{value[4:]}"
        return value, best[1]
    if unsettled(doc, hit, sent_end) or vague(doc, hit, sent_start, sent_end) or mod not in FACTUAL \
            or unsaid_span(doc, hit, sent_start, sent_end) or _pluperfect(doc, hit, sent_start) \
            or chained_pluperfect(doc, hit, sent_start) or past_frame(doc, hit, sent_start) \
            or no_day_told(doc, hit, sent_start, sent_end):
        return None, None
    old, value = old_told_before(doc, hit, sent_start)
    if old:
        return _dated(value), None  # «* 2 أغسطس 1990: مجلس الأمن يعقد جلسة ...، وطالبه»: that past, not today
    if hit.pos == "N" or perfect:  # (past «نددت», no present «ندد»)
        found, value = told_before(doc, hit, sent_start, sent_end)
        if found:
            return _dated(value), None  # the day said before in the story, or the old date of an account
    if hit.pos == "N" and hit.j + 1 < sent_end and nkey(doc.tokens[hit.j + 1].text) in DISTAL:
        return None, None  # «حوادث الاختطاف تلك»: the acts told before, not of the article's day (not «اجتماعنا هذا»)
    if frame[0]:
        return None, None  # «مسلحي التنظيم الذين سيطروا على مناطق شاسعة»: what they did before, of no day told
    return doc.date, None

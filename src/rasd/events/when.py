"""When an event with no time of its own took place (see ``modality.event_date``): a sentence that goes on with the
story of the one before («... فجر أمس.» then «وقتل خمسة عناصر») takes the recent day said before it in its
paragraph or in the article's lead; a sentence right after an old date («صباح الثاني من أغسطس من عام 1990») is of
that date, never the article's; a pluperfect goes on over its coordinated verbs («وكان ساركوزي قد وصف ...، ودعا»);
an act told as coming («الاجتماع المقبل», «هجوما وشيكا») or as a former one («زيارتها الأخيرة») has no date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from ..doc import Doc, Span, TimeSpan, Token
from .chunks import KANA_PAST, clause_stop
from .forms import fw, nkey
from .lexicon import Hit, find_triggers, match_token
from .lately import told_within
from .word_tests import clause_break, clause_window, has_letters, value_year, valued_times

RECENT_DAYS = 7  # a day said before is taken when it lies within this many days before the article's date
OLD_YEARS = 2  # a year this many years or more before the article's is a past of its own, not the news
PLUPERFECT_CHAIN = 30  # tokens back from a coordinated verb to the «كان ... قد» of its sentence
POSSESSIVE = ("ها", "ه", "هم", "هما", "هن")
VISITS = ("042", "043")  # a visit made or hosted: «زيارتها الأخيرة» is a former one


def _day(value: str) -> date | None:
    """The day of a time value; None for a month, a year or a week (not ``temporal.parse_iso``, which reads a week
    «2015-W31» as its Monday)."""
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _containing(spans: list[Span], offset: int) -> int | None:
    for k, s in enumerate(spans):
        if s.start <= offset < s.end:
            return k
    return None


def told_at(doc: Doc, ts: TimeSpan) -> bool:
    """A time said as when something happened («في 5 سبتمبر 2013», «في باكر صباح الثاني من أغسطس»), not a date
    naming an event («اعتداءات 11 سبتمبر 2001», «ثورة 25 يناير»): «في» before it or its first word."""
    k = doc.token_at(ts.start)
    if k is None:
        return False
    words = [doc.tokens[t].norm_key for t in range(max(0, k - 2), k + 1)]
    return any(w in fw("time_openers") for w in words)


EARLIER_REACH = 10  # tokens either side of a trigger read for a word of an earlier time


def _earlier(doc: Doc, sent_start: int, sent_end: int) -> bool:
    """«أعلنت الحكومة في وقت سابق», «ذكرت سابقا»: the tokens ``sent_start``..``sent_end`` tell of a time before the
    story's (round 253: ``told_before`` reads those within ``EARLIER_REACH`` of the trigger, not a «سابقا» of a
    name far on: «وطالبت المنظمة، في بيان، ...، وسرعة استدعاء فلان، أحد قادة الجماعة المقاتلة سابقا»)."""
    keys = [doc.tokens[t].norm_key for t in range(sent_start, sent_end)]
    return any(k in fw("earlier_words") for k in keys) or any(
        a.removeprefix("في") == "وقت" and b == "سابق" for a, b in zip(keys, keys[1:]))


def _narrated(doc: Doc, start: int, times: list[TimeSpan]) -> list[TimeSpan]:
    """Round 88: the ``times`` (from offset ``start`` on) the story tells, not a span inside the words it quotes
    («قولهم إن «22 لقوا مصرعهم خلال الشهر الماضي»»: the speakers' own span; a day quoted, «قصف (أمس) المدينة», is
    still the story's)."""
    out = []
    for ts in times:
        said = doc.text[start : ts.start]
        if said.count("«") <= said.count("»") or _day(ts.value) is not None and "/" not in ts.value:
            out.append(ts)
    return out


def told_before(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> tuple[bool, str | None]:
    """(whether a time said before dates the sentence of tokens ``sent_start``..``sent_end``, its value): for a
    sentence with no time of its own, the nearest time the story tells (``_narrated``) before it in its paragraph
    (else in the paragraph before for one opened by «كما», else in the lead paragraph) when
    it is a day in the week before the article's date; an old day (``OLD_YEARS``) said in the sentence right before,
    but for a statement (01x: «وفي هذا السياق، أكد مراقبون» goes back to the news)."""
    if not doc.date or sent_end <= sent_start:
        return False, None
    today = _day(doc.date)
    lo, hi = doc.tokens[sent_start].start, doc.tokens[sent_end - 1].end
    if today is None or valued_times(doc, lo, hi) or _earlier(doc, max(sent_start, hit.i - EARLIER_REACH),
                                                           min(sent_end, hit.j + 1 + EARLIER_REACH)):
        return False, None
    k = _containing(doc.sentences, lo)
    if k is not None and k > 0 and not hit.entry.code.startswith("01"):
        prev = doc.sentences[k - 1]
        old = [ts for ts in valued_times(doc, prev.start, prev.end)
               if (value_year(ts.value) or today.year) <= today.year - OLD_YEARS and told_at(doc, ts)
               and (_day(ts.value) is not None or len(ts.value) == 7)]
        if old:
            # a historical account goes on; of a month told («في مارس عام 1973»), not of a day: no date
            return True, old[-1].value if _day(old[-1].value) is not None else None
    p = _containing(doc.paragraphs, lo)
    before: list[TimeSpan] = []
    if p is not None:
        before = _narrated(doc, doc.paragraphs[p].start, valued_times(doc, doc.paragraphs[p].start, lo))
        if not before and p > 0:
            # «كما كان في استقباله» opening a paragraph goes on with the recent day of the one before; else the lead
            last = next((q for q in reversed(doc.paragraphs[:p]) if q.end > q.start), None)
            if last is not None and doc.tokens[sent_start].norm_key == "كما" \
                    and not doc.text[doc.paragraphs[p].start : lo].strip():
                value = _recent(_narrated(doc, last.start, valued_times(doc, last.start, last.end)), today)
                if value is not None:
                    return True, value
            lead = next((q for q in doc.paragraphs[:p] if q.end > q.start), None)
            before = _narrated(doc, lead.start, valued_times(doc, lead.start, lead.end)) if lead is not None else []
    value = _recent(before, today)
    return (True, value) if value is not None else (False, None)


def _recent(before: list[TimeSpan], today: date) -> str | None:
    """The value of the last of the times ``before`` when it is a day in the ``RECENT_DAYS`` before ``today``."""
    if not before:
        return None
    day = _day(before[-1].value) if "/" not in before[-1].value else None
    if day is not None and today - timedelta(days=RECENT_DAYS) <= day < today:
        return before[-1].value
    return None


def chained_pluperfect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وكان ساركوزي قد وصف ... الوضع بالغموض، ودعا إلى»: a perfect verb with «و» coordinated after a «كان ... قد»
    of its sentence is of the same past, over commas, up to a complementizer or a relative."""
    if hit.pos != "V" or doc.tokens[hit.i].norm_key[:1] != "و":
        return False
    return _kana_qad_before(doc, hit.i - 1, sent_start, _chain_stop)


def _chain_stop(key: str, text: str) -> bool:
    """What ends the scan of ``chained_pluperfect``: a complementizer, a relative or end punctuation."""
    return key in fw("complementizers") or key in fw("relatives") or clause_break(text)


def _relative_stop(key: str, text: str) -> bool:
    """What ends the scan of ``pluperfect_main``: a complementizer, a relative, a comma or end punctuation, or a
    subordinator."""
    return key in fw("complementizers") or key in fw("relatives") or clause_stop(text) \
        or key.lstrip("وف") in fw("subordinators")


def _kana_qad_before(doc: Doc, last: int, sent_start: int, stop: Callable[[str, str], bool]) -> bool:
    """Whether a «كان ... قد» stands from token ``last`` back (at most ``PLUPERFECT_CHAIN`` tokens, not before
    ``sent_start``): a «قد», then a «كان» before it, read back before any token ``stop`` (key, text) ends the scan."""
    qad = False
    for t in range(last, max(sent_start, last + 1 - PLUPERFECT_CHAIN) - 1, -1):
        key = doc.tokens[t].norm_key
        if stop(key, doc.tokens[t].text):
            return False
        if key == "قد":
            qad = True
        elif qad and key.lstrip("وف") in KANA_PAST:
            return True
    return False


def unsettled(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger told as coming («الاجتماع المقبل», «هجوما وشيكا») or as someone's former visit («زيارتها
    الأخيرة»): the article's date does not date it."""
    if hit.pos != "N" or hit.j + 1 >= sent_end:
        return False
    nxt = doc.tokens[hit.j + 1].norm_key
    if nxt in fw("future_adjectives"):
        return True
    # («الهجمات الأخيرة التي وقعت في تونس»: former acts, many, of no one day)
    return nxt in fw("former_adjectives") and (doc.tokens[hit.j].text.endswith(POSSESSIVE)
                                                and hit.entry.code in VISITS or doc.tokens[hit.j].text.endswith("ات"))


def apposition_free(doc: Doc, commas: list[int]) -> list[int]:
    """The comma offsets ``commas`` less each pair around a name in apposition («اغتيالهم رئيس الوزراء الأسبق، إسحق
    رابين، في عام 1995», «هدد الرئيس السابق، محمود أحمدي نجاد، عام 2010»): all between the two is one mention."""
    out: list[int] = []
    k = 0
    while k < len(commas):
        if k + 1 < len(commas):
            inner = doc.tokens_starting(commas[k] + 1, commas[k + 1])
            if inner and any(m.start <= inner[0].start and inner[-1].end <= m.end
                             for e in doc.entities if e.type == "PERSON" for m in e.mentions):
                k += 2
                continue
        out.append(commas[k])
        k += 1
    return out


def fronting(toks: list[Token], ts: TimeSpan) -> list[Token]:
    """The tokens of ``toks`` before the time ``ts`` in its clause: from the sentence's start, or after the last
    complementizer when a comma follows the time («ويذكر أنه في عام 2006، قتلت»: «في»; not «أن اليوم التدريبي
    يبدأ»)."""
    before = [t for t in toks if t.start < ts.start]
    cut = max((k + 1 for k, t in enumerate(before) if t.norm_key in fw("complementizers")), default=0)
    after = next((t for t in toks if t.start >= ts.end), None)
    return before[cut:] if after is not None and after.text in ("،", ",") else before


def year_of_other(doc: Doc, hit: Hit, ts: TimeSpan) -> bool:
    """Whether a noun trigger stands between the trigger ``hit`` and the year or span ``ts`` after it: the time is of
    that noun's act («وطالب المتظاهرون بمحاكمة المتهمين في اغتيال الحريري عام 2005»), not of ``hit``."""
    k = doc.token_at(ts.start)
    if k is None or k <= hit.j + 1 or any(doc.tokens[t].norm_key.removeprefix("و") in fw("time_before_words")
                                         for t in range(hit.j + 1, k)):
        return False  # (a word of time dates the trigger: «لتصل إلى اشتباكات ... بعد سقوط نظام طالبان في 2001»)
    return any(h.pos == "N" for h in find_triggers(doc.tokens[hit.j + 1 : k]))



def relative_on_act(doc: Doc, hit: Hit, sent_start: int) -> tuple[int, Hit | None] | None:
    """For a verb trigger opening a relative clause («... غاراتها التي استهدفت»): (the relative's token, the noun
    trigger right before it, whose act the clause tells: «كثفت قوات التحالف، أمس، غاراتها التي استهدفت معسكرا» is
    dated as «غاراتها»); None where the verb opens no relative clause."""
    rel = hit.i - 1
    if hit.pos != "V" or rel - 1 < sent_start or doc.tokens[rel].norm_key not in fw("relatives"):
        return None
    if told_within(doc, hit.i, sent_start):
        return None  # round 265: «إعلان القاهرة الصادر بمناسبة الزيارة الذي أكد خلاله»: the document's, not the visit's
    head = match_token(doc.tokens, rel - 1)
    return rel, head if head is not None and head.pos == "N" and head.j == rel - 1 else None


def pluperfect_main(doc: Doc, rel: int, sent_start: int) -> bool:
    """«كان بوتين قد أعلن مبادرته التي دعت»: a relative clause at token ``rel`` on the object of a «كان ... قد»
    verb tells of that past, which the article's date does not date."""
    return _kana_qad_before(doc, rel - 1, sent_start, _relative_stop)


def pluperfect_described(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 243: «وكان الرئيس قد أطلق «حربا على الإرهاب»، تستهدف الحزب»: a present verb (no «و» before it) right
    after a comma, describing what the «كان ... قد» verb of the clause before the comma made, is of that past."""
    if hit.pos != "V" or hit.i - 2 < sent_start or doc.tokens[hit.i - 1].text not in ("،", ","):
        return False
    key = doc.tokens[hit.i].norm_key
    if len(key) < 4 or key[:1] not in ("ي", "ت") or key.startswith("تم"):
        return False
    return _kana_qad_before(doc, hit.i - 2, sent_start, _relative_stop)


def pluperfect_noun(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 243: a noun trigger after a «كان ... قد» of its sentence over commas, no complementizer, relative or
    end of a clause between («وكانت الطائرات، قد حدت من تحركاتهم، وقللت من انتشارهم، بعد استهدافها لعناصره»): an act
    of the same past."""
    return hit.pos == "N" and _kana_qad_before(doc, hit.i - 1, sent_start, _noun_chain_stop)


def _noun_chain_stop(key: str, text: str) -> bool:
    """What ends the scan of ``pluperfect_noun``: that of ``chained_pluperfect``, a subordinator or a word of «but»
    («لكن أكبرها كان في الناصرية، فيما قد تشهد الحلة ...»: «قد» + a present, of what may come)."""
    subordinators = fw("subordinators")
    return _chain_stop(key, text) or key in subordinators or (key[:1] in ("و", "ف") and key[1:] in subordinators) \
        or key in fw("but_words")


def old_told_before(doc: Doc, hit: Hit, sent_start: int) -> tuple[bool, str | None]:
    """(whether, the value): a time of a year ``OLD_YEARS`` or more before the article's said before the trigger in
    its sentence but in another clause («* 2 أغسطس 1990: مجلس الأمن يعقد جلسة ...، وطالبه بالانسحاب»): the act is
    of that past, never of the article's date; the day when it leads the sentence, else none."""
    today = _day(doc.date) if doc.date else None
    pos = doc.tokens[hit.i].start
    lo = doc.tokens[sent_start].start
    old: list[tuple[TimeSpan, bool]] = []
    for ts in valued_times(doc, lo, pos):
        if today is None or (value_year(ts.value) or today.year) > today.year - OLD_YEARS \
                or not any(ch.isdigit() for ch in doc.text[ts.start : ts.end]):
            continue
        lead = all(not has_letters(t.text) or t.norm_key.lstrip("و") in ("", "في")
                   for t in doc.tokens[sent_start:] if t.end <= ts.start)
        if lead or told_at(doc, ts):  # (not «منذ افتتاحها سنة 1869», «منذ عام 1970»: since then)
            old.append((ts, lead))
    if not old:
        return False, None
    return True, old[0][0].value if old[0][1] else None


VAGUE_REACH = 4  # tokens either side of a trigger, in its clause, read for a word of recency or of time to come


def vague(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Round 64: what no day said dates, so not the article's either: any act at all («ضد أي اعتداء», function
    words ``any_words``), an act told as recent («أعلن مؤخرا», «في الآونة الأخيرة»: ``recency_words``) or as
    coming soon, of a noun («زيارة طهران قريبا», ``soon_words``; not «قريبا من», near), within ``VAGUE_REACH`` tokens of the
    trigger in its clause."""
    if hit.pos == "N" and hit.i > sent_start and doc.tokens[hit.i - 1].norm_key in fw("any_words"):
        return True
    near = clause_window(doc, hit.i, hit.j, sent_start, sent_end, VAGUE_REACH)
    for t in near:
        key = doc.tokens[t].norm_key.removeprefix("و")
        if key in fw("recency_words"):
            return True
        if key in fw("soon_words") and hit.pos == "N" and t > hit.j and not (
                t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key == "من"):
            return True
    return False


PAST_FRAME_REACH = 12  # tokens back from a noun trigger to the «كان» whose clause it is in
DEMONSTRATIVES = frozenset(nkey(w) for w in ("ذلك", "تلك", "هذا", "هذه", "هؤلاء"))  # «ذلك الاجتماع»: told before


def past_frame(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round 64: a noun trigger in a clause opened by a past «كان» («وكانت الشرطة قد أعلنت اعتقال خمسة», «وكان له
    الدور الأساسي في تيسير المفاوضات»): an act of a past before the report, which the article's date does not date;
    from the trigger back over its clause, up to a complementizer, a relative, a subordinator or a comma. Not a
    reception said «كان في استقباله» nor the last of a series «كان آخرها» (function words ``series_ranks``)."""
    if hit.pos != "N" or (hit.i > sent_start and doc.tokens[hit.i - 1].norm_key in DEMONSTRATIVES):
        return False  # («وصف في ذلك الاجتماع»: the act told before, dated as it was)
    for t in range(hit.i - 1, max(sent_start, hit.i - PAST_FRAME_REACH) - 1, -1):
        key = doc.tokens[t].norm_key
        if key in fw("complementizers") or key in fw("relatives") or clause_stop(doc.tokens[t].text) \
                or key.lstrip("وف") in fw("subordinators"):
            return False
        if key.lstrip("وف") in KANA_PAST:
            between = [doc.tokens[u].norm_key for u in range(t + 1, hit.i)]
            # «وكان في استقباله», «كانوا باستقبال بحاح»: the reception on the arrival told, of the story's day;
            # «كان آخرها الغارة التي»: the latest of acts told, dated by its own time
            return not (between == ["في"] or (not between and doc.tokens[hit.i].norm_key[:1] == "ب")
                        or (len(between) == 1 and between[0] in fw("series_ranks")))
    return False

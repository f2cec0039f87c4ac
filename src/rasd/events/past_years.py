"""Round ti1002: an act with no time of its own told in a frame of a past year or a past era is that past's, never
the article's day (see ``dating.event_date``, asked just before its fallback to the document date):

- the opening phrase of its sentence or of its paragraph, up to the first comma, names an earlier year («في
  الأشهر الأولى من عام 2014، شرعت مجموعة ... في الاجتماع»), with no time of the article's year told between that
  phrase and the act (a closer time dates it: «لكن بعد المواجهات الأخيرة في مارس 2015، ... وسيطر»);
- «إبان» + a noun before the act in its sentence («إبان حرب الخليج، حاصرت القوات»);
- «تلك الحرب/الحقبة» in its sentence, where the last time the story told before the act is ``OLD_YEARS`` or more
  before the article's («إن تلك الحرب حققت الهدف، ... تمكنا من محاصرة العدو» after «يناير 1991»);
- «قبل (أن)» after the act in its sentence with an earlier year within ``BEFORE_REACH`` tokens («سيطروا على
  المنطقة قبل أن يؤدي تدخل عسكري عام 2013 إلى تشتتهم»).
- (round mn1023) the sentence right before its own opens with a day of an earlier year, ``OLD_DAYS`` or more before
  the article's, told as when («وفي الثالث من أغسطس العام الماضي قام المتطرفون باجتياح سنجار. ونفذ التنظيم مذابح
  ... بعد انسحاب القوات»), with no other time in that sentence nor in its own before the act: the account goes on.
- (round mn1025) a masdar of force (CAMEO 19x) right after a word of ``reference_frames`` («بعد/إثر/عقب/منذ/قبل
  تحرير عدن») is a reference point for another act, told earlier; with no time in its own phrase (up to the next
  comma or clause break, ``PHRASE_REACH`` tokens) it is of no day told («بعد لقائه اليوم» keeps its own time, read
  before this is asked). A taking of territory (``TAKING``, 192) is a state reached before the story: it is asked
  among ``dating.event_date``'s undated acts, before a day told earlier in the story could date it («قال ... إن ما
  يحدث الآن، خصوصا بعد تحرير عدن»); another act of force («وجاءت الضربة بعد هجوم النصرة») is often the news told
  the day before, which that day still dates: it is asked only at the fallback to the article's day.

A statement (01x) is left alone: what is said today about a past act is of today."""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from ..temporal import parse_iso
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .past_frames import OLD_YEARS
from .word_tests import clause_break, value_year, valued_times

OPENING_REACH = 10  # tokens of a sentence's or paragraph's opening phrase, up to its first comma
BEFORE_REACH = 8  # tokens from «قبل» to the year of the act it tells this one came before
ERA_WORDS = frozenset(nkey(w) for w in ("إبان", "وإبان"))
DISTAL = frozenset(nkey(w) for w in ("تلك", "ذلك"))
STATEMENT = "01"
OPENING_WORDS = frozenset(nkey(w) for w in ("و", "في", "وفي", "ففي", "خلال", "وخلال"))  # before an opening time
PHRASE_REACH = 8  # tokens after a reference masdar read for a time of its own phrase
FORCE = "19"
TAKING = "192"
OLD_DAYS = 183  # days before the article's that a day of an earlier year opening the sentence before lies, at least


def _year_written(ts: TimeSpan) -> bool:
    return any(ch.isdigit() for ch in ts.text) or "/" in ts.value


def _earlier(ts: TimeSpan, this_year: int, gap: int = 1) -> bool:
    """A time of a year written ``gap`` or more years before ``this_year``."""
    year = value_year(ts.value)
    return year is not None and year <= this_year - gap and _year_written(ts)


def _opening_past(doc: Doc, start_tok: int, pos: int, this_year: int) -> bool:
    """Whether the phrase opening at token ``start_tok`` (up to its first comma, ``OPENING_REACH`` tokens) names an
    earlier year and no time of another year comes between its end and the trigger at offset ``pos``."""
    end = None
    for t in range(start_tok, min(len(doc.tokens), start_tok + OPENING_REACH)):
        if doc.tokens[t].text in ("،", ","):
            end = t
            break
        if clause_break(doc.tokens[t].text):
            return False
    if end is None or doc.tokens[end].end > pos:
        return False
    lo, hi = doc.tokens[start_tok].start, doc.tokens[end].start
    if not any(_earlier(ts, this_year) for ts in valued_times(doc, lo, hi)):
        return False
    return all(_earlier(ts, this_year) for ts in valued_times(doc, hi, pos))


def _era_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    return any(doc.tokens[t].norm_key in ERA_WORDS for t in range(sent_start, hit.i))


def _distal_war(doc: Doc, hit: Hit, sent_start: int, sent_end: int, this_year: int) -> bool:
    """«تلك الحرب» in the sentence where the last time told before the trigger is old."""
    heads = fw("war_nouns") | fw("era_heads")
    if not any(doc.tokens[t].norm_key in DISTAL and doc.tokens[t + 1].norm_key.removeprefix("ال") in heads
               for t in range(sent_start, sent_end - 1)):
        return False
    pos = doc.tokens[hit.i].start
    before = [ts for ts in doc.times if ts.value and ts.end <= pos]
    return bool(before) and _earlier(before[-1], this_year, OLD_YEARS)


def _before_past(doc: Doc, hit: Hit, sent_end: int, this_year: int) -> bool:
    """«... قبل (أن) يؤدي تدخل عسكري عام 2013»: told as before an act of an earlier year after it."""
    for t in range(hit.j + 1, sent_end):
        if clause_break(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") != "قبل":
            continue
        reach = doc.tokens[min(sent_end, t + 1 + BEFORE_REACH) - 1].end
        return any(_earlier(ts, this_year) for ts in valued_times(doc, doc.tokens[t].end, reach))
    return False


def _opened_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the sentence right before the trigger's opens with an old day of an earlier year (module doc), the
    only time of that sentence, and no time is told in the trigger's sentence before it."""
    lo = doc.tokens[sent_start].start
    if valued_times(doc, lo, doc.tokens[hit.i].start):
        return False
    k = next((n for n, s in enumerate(doc.sentences) if s.start <= lo < s.end), None)
    if not k:
        return False
    prev = doc.sentences[k - 1]
    times = valued_times(doc, prev.start, prev.end)
    first = doc.token_at(times[0].start) if len(times) == 1 else None
    day = parse_iso(times[0].value) if times and len(times[0].value) == 10 else None  # (a day, no month or range)
    today = parse_iso(doc.date)
    if first is None or day is None or today is None or day.year >= today.year or (today - day).days < OLD_DAYS:
        return False
    p0 = doc.token_at(prev.start)
    return p0 is not None and p0 < first and all(doc.tokens[t].norm_key in OPENING_WORDS for t in range(p0, first))


def reference_act(doc: Doc, hit: Hit, sent_end: int, codes: str = FORCE) -> bool:
    """«بعد تحرير عدن، ...»: a masdar of a code starting ``codes`` right after a word of ``reference_frames``, no
    time in its own phrase."""
    if hit.pos != "N" or not hit.entry.code.startswith(codes) or hit.i < 1 \
            or doc.tokens[hit.i - 1].norm_key not in fw_keys("reference_frames"):
        return False
    end = hit.j + 1
    while end < min(sent_end, hit.j + 1 + PHRASE_REACH) and doc.tokens[end].text not in ("،", ",") \
            and not clause_break(doc.tokens[end].text):
        end += 1
    hi = doc.tokens[end - 1].end
    return not valued_times(doc, doc.tokens[hit.i].start, hi)


def past_told(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether an act with no time of its own is told in a frame of an earlier year or a past era (module doc)."""
    if not doc.date or not doc.date[:4].isdigit() or hit.entry.code.startswith(STATEMENT) or sent_end <= sent_start:
        return False
    this_year = int(doc.date[:4])
    pos = doc.tokens[hit.i].start
    if _opening_past(doc, sent_start, pos, this_year) or _era_before(doc, hit, sent_start) \
            or _distal_war(doc, hit, sent_start, sent_end, this_year) or _before_past(doc, hit, sent_end, this_year) \
            or _opened_before(doc, hit, sent_start) or reference_act(doc, hit, sent_end):
        return True
    p = next((q for q in doc.paragraphs if q.start <= pos < q.end), None)
    if p is None:
        return False
    first = sent_start
    while first > 0 and doc.tokens[first - 1].start >= p.start:
        first -= 1
    return first < sent_start and _opening_past(doc, first, pos, this_year)

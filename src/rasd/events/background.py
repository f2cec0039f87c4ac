"""Round 66: the date of an act told as background (see ``modality.event_date``). An act told as of an earlier,
unsaid time («صرح في السابق», «جاءت بالأصل», «أعلنت في وقت سابق», «رفض مسبقا») has no date; a time that leads
the sentence («وقبل حوالى عشرة أيام، شنت ...، كما بدأت في مهاجمة», «في السنوات الثلاث الماضية جرى ...، ورفض»,
«شهدت الأشهر الماضية عدة زيارات ...، وزيارة») dates its acts that have no time of their own; a relative clause
right after a time and its comma («القمة ... في مايو الماضي، والتي أكدت») is of that time; a past act in a
relative clause that describes someone («مسلحي التنظيم الذين سيطروا على مناطق شاسعة», «الحركة التي بدأت
مفاوضات») is what they did before, of no day told, not the article's."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, TimeSpan
from .chunks import clause_stop
from .saying import saying_keys
from .forms import fw, nkey, phrase_keys
from .lexicon import Hit, match_token, past_keys
from .word_tests import clause_break, doc_token_keys, key_at

BACKGROUND_REACH = 6  # tokens either side of a trigger, in its clause, read for a phrase of an earlier time
EARLIER_REACH = 2  # tokens either side of a trigger read for a word of an earlier time («رفض مسبقا», «أعلنها سابقا»)
RELATIVE_REACH = 6  # tokens back from a noun trigger to the relative and the verb of its clause
STATEMENT = "01"  # make a public statement (CAMEO 01x)
PROTEST = "14"  # protest (CAMEO 14x): a crowd named by its act («المتظاهرين الذين خرجوا») is the news
LEAD_OPENERS = frozenset(nkey(w) for w in ("و", "ف", "في", "وفي", "ففي", "خلال", "وخلال", "-", "*", "•", "–"))  # (a list mark)


def _near(doc: Doc, hit: Hit, sent_start: int, sent_end: int, reach: int) -> list[int]:
    """The tokens within ``reach`` of the trigger on either side, in its clause and not past a complementizer («أكدوا
    أن هناك حكما سابقا»: the word is of what was said), in text order."""
    before: list[int] = []
    for t in range(hit.i - 1, max(sent_start, hit.i - reach) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            break
        before.append(t)
    after: list[int] = []
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + reach)):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            break
        after.append(t)
    return before[::-1] + after


def _aimed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger told as an aim or a capability, no act done: after a verb of aiming («تستهدف السيطرة»,
    «يسعى إلى السيطرة»: ``aims``, ``aim_verbs``) or a noun of ability and «على» («القدرة على الخطف»)."""
    if hit.pos != "N" or hit.i - 1 <= sent_start:
        return False
    prev, prev2 = key_at(doc, hit.i - 1).removeprefix("و"), key_at(doc, hit.i - 2).removeprefix("و")
    if prev in fw("aims") or prev in fw("aim_verbs"):
        return True
    if prev in ("الي", "إلى", "على", "علي") and (prev2 in fw("aims") or prev2 in fw("aim_verbs")):
        return True
    # («قدرة الجبهة على الخطف»: the ability noun and its owner before «على»)
    return prev in ("على", "علي") and any(
        key_at(doc, t) in fw("ability_nouns") for t in range(max(sent_start, hit.i - 5), hit.i - 1)
        if not any(clause_stop(doc.tokens[u].text) for u in range(t, hit.i - 1)))


def no_day_told(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """An act of no day: told as of an earlier time no day names, a word (``earlier_words``: «سابقا», «مسبقا»)
    within ``EARLIER_REACH`` tokens of the trigger or a phrase (``earlier_phrases``: «في السابق», «بالأصل», «في وقت
    سابق») within ``BACKGROUND_REACH``, in its clause; or an aim or a capability (:func:`_aimed`)."""
    if _aimed(doc, hit, sent_start) or _min_qabl(doc, hit, sent_end):
        return True
    if not _earlier_told(doc):
        return False  # (no word below, nor every word of a phrase, in the text: none is near)
    # (the near tokens within ``EARLIER_REACH`` are those of the wider reach that close: both scans stop at the same
    # clause stop or complementizer)
    near = _near(doc, hit, sent_start, sent_end, max(BACKGROUND_REACH, EARLIER_REACH))
    keys = [key_at(doc, t) for t in near]
    if any(key.removeprefix("و") in fw("earlier_words") for t, key in zip(near, keys)
           if hit.i - EARLIER_REACH <= t <= hit.j + EARLIER_REACH):
        return True  # (not further: «حكما سابقا», a former ruling)
    if BACKGROUND_REACH < EARLIER_REACH:
        near = _near(doc, hit, sent_start, sent_end, BACKGROUND_REACH)
        keys = [key_at(doc, t) for t in near]
    starts = _phrase_starts()
    # the words of a phrase next to each other among the near tokens (the first with its «و» off: «وفي السابق»; not
    # the others: «وقت»), tried only at a token whose key may open one
    for k, key in enumerate(keys):
        for rest in starts.get(key.removeprefix("و"), ()):
            n = len(rest) + 1
            if k + n <= len(keys) and keys[k + 1 : k + n] == rest and near[k + n - 1] - near[k] == n - 1:
                return True
    return False


def _min_qabl(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Round tp404: «من قبل» right after a verb trigger and not followed by the noun of an agent («حيث التقى من قبل
    بممثلين», «كما أعلن من قبل.») is the adverb «before»: an act told as of an earlier time no day names. It is the
    agent «by» («اعتقل من قبل الشرطة», «من قبل بعض المسلحين») where a noun follows; here what follows is the end of
    the clause, a preposition or a word with a clitic preposition on it («بممثلين»)."""
    t = hit.j + 1
    if hit.pos != "V" or t + 1 >= sent_end or key_at(doc, t) != "من" or key_at(doc, t + 1) != "قبل":
        return False
    if t + 2 >= sent_end or clause_stop(doc.tokens[t + 2].text):
        return True
    nxt = doc.tokens[t + 2]
    return key_at(doc, t + 2) in fw("prepositions") or (
        len(nxt.words) > 1 and nxt.words[0].kind == "proclitic" and nxt.words[0].norm in fw("clitic_prepositions"))


@lru_cache(maxsize=1)
def _phrase_starts() -> dict[str, tuple[list[str], ...]]:
    """The phrases of ``earlier_phrases`` (keys) by their first word: the words after it of each (``no_day_told``;
    read only)."""
    made: dict[str, list[list[str]]] = {}
    for words in phrase_keys(fw("earlier_phrases")):
        made.setdefault(words[0], []).append(list(words[1:]))
    return {first: tuple(group) for first, group in made.items()}


def earlier_phrase_in(doc: Doc, first: int, end: int) -> bool:
    """Whether the tokens ``first``..``end`` (end exclusive) hold a phrase of ``earlier_phrases`` («قبل ذلك», «في
    الماضي»; its first word with «و» or not) or a word of ``anaphoric_sequence`` («قبلها», «بعده»): a time told
    against another act, not the news's (round ti874's mend: «والتقى الوزير قبل ذلك رئيس البلدية»)."""
    keys = [key_at(doc, t) for t in range(first, end)]
    if any(key.removeprefix("و") in fw("anaphoric_sequence") for key in keys):
        return True
    starts = _phrase_starts()
    return any(keys[k + 1 : k + 1 + len(rest)] == rest
               for k, key in enumerate(keys) for rest in starts.get(key.removeprefix("و"), ()))


def _earlier_told(doc: Doc) -> bool:
    """Whether ``no_day_told`` may find a word or a phrase of an earlier time in ``doc`` (past ``_aimed``): a word of
    ``earlier_words`` (with «و» or not) is a token key, or every word of a phrase of ``earlier_phrases`` is (its first
    with «و» or not); made once per document and kept with the tokens it was made from (``Doc.memoized``)."""
    return doc.memoized("earlier_time_told", ("tokens",), _any_earlier_time)


def _any_earlier_time(doc: Doc) -> bool:
    """:func:`_earlier_told`, made."""
    keys = doc_token_keys(doc)
    if any(w in keys or "و" + w in keys for w in fw("earlier_words")):
        return True
    return any((words[0] in keys or "و" + words[0] in keys) and keys.issuperset(words[1:])
               for words in phrase_keys(fw("earlier_phrases")))


def opening(doc: Doc, sent_start: int, start: int) -> bool:
    """Whether the tokens from ``sent_start`` up to offset ``start`` only lead into a time: openers («وفي»,
    «خلال»), after at most one fronted phrase closed by a comma with no act in it («ووفقا للبيان،»), and a verb
    of witnessing whose subject the time is («شهدت الأشهر الماضية»); the fronted phrase opens with a word of
    ``fronted_openers`` («وفقا», «بحسب»), not with a verb and its subject («حققت القوات، أمس، نصرا»)."""
    stop = sent_start  # the tokens that end by ``start``: a run from ``sent_start`` (tokens are in text order)
    while stop < len(doc.tokens) and doc.tokens[stop].end <= start:
        stop += 1
    toks = list(range(sent_start, stop))
    commas = [k for k, t in enumerate(toks) if doc.tokens[t].text in ("،", ",")]
    if commas:
        fronted = toks[: commas[0]]
        if len(commas) > 1 or not fronted or key_at(doc, fronted[0]).removeprefix("و") not in fw("fronted_openers") \
                or any(match_token(doc.tokens, t) is not None for t in fronted):
            return False
        toks = toks[commas[0] + 1 :]
    keys = [key_at(doc, t) for t in toks]
    if keys and keys[-1].removeprefix("و") in fw("witness_verbs"):
        keys = keys[:-1]
    return all(k in LEAD_OPENERS for k in keys)


def leading_time(doc: Doc, sent_start: int, sent_end: int, pos: int) -> TimeSpan | None:
    """The time that leads the sentence (:func:`opening`) before offset ``pos``, with no other time, no end of a
    clause («؛», «:») and no complementizer between it and ``pos``: the frame of the acts told after it."""
    if sent_end <= sent_start:
        return None
    lo, hi = doc.tokens[sent_start].start, doc.tokens[sent_end - 1].end
    times = [ts for ts in doc.times_within(lo, min(pos, hi)) if ts.value]
    if len(times) != 1 or not opening(doc, sent_start, times[0].start):
        return None
    ts = times[0]
    for t in range(sent_start, sent_end):
        tok = doc.tokens[t]
        if tok.start < ts.end or tok.end > pos:
            continue
        if tok.text == ":" and not doc.text[ts.end : tok.start].strip(" ()" + ")"):
            continue  # round 71: «- 1 مارس (آذار) : الرئيس يزور السعودية، ويؤكدان»: a chronology's heading
        if clause_break(tok.text) or (key_at(doc, t) in fw("complementizers") and key_at(doc, t - 1) != "الا"):
            return None  # (nor a complementizer: «وفي أواخر يوليو قال الاتحاد، بأن الهجمات»; not «إلا أنها»)
    return ts


def _perfect(key: str) -> bool:
    """A word that reads as a perfect verb: no imperfect prefix («يـ», «نـ», «تتـ»), no future «سـ», no article;
    «تـ» only with the feminine ending («تسببت», «تعرضت») or as «تم» or a known perfect."""
    key = key.removeprefix("و").removeprefix("ف")
    if len(key) < 2 or key.startswith("ال") or key in fw("prepositions"):
        return False
    if key[0] in ("ي", "ن") or (key[0] == "س" and key[1:2] in ("ي", "ت", "ن")):
        return False
    if key[0] == "ت":
        return key == "تم" or (key.endswith("ت") and not key.startswith("تت")) or key in past_keys()
    return key[0] != "أ" or key in past_keys() or len(key) > 3


def _relative_of(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The relative pronoun that opens the trigger's clause: right before a verb trigger, or before the verb the
    trigger follows within ``RELATIVE_REACH`` tokens («التي بدأت مفاوضات», «والتي أكدت فيها الولايات المتحدة
    تعهدها»); None where there is none."""
    rel = hit.i - 1
    if hit.pos == "V" and rel > sent_start and key_at(doc, rel).removeprefix("و") in fw("relatives"):
        return rel
    for t in range(hit.i - 1, max(sent_start, hit.i - RELATIVE_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers"):
            return None
        if key.removeprefix("و") in fw("relatives"):
            verb = key_at(doc, t + 1).removeprefix("و") if t + 1 < hit.i else ""
            return t if verb and t > sent_start and _perfect(verb) else None
    return None


def _said_in(doc: Doc, hit: Hit, rel: int) -> bool:
    """Whether a noun trigger is in what the verb of the relative clause at ``rel`` says («المرصد الذي أشار إلى
    تزامن الاشتباكات»: the acts of what was said, the news)."""
    verb = key_at(doc, rel + 1).removeprefix("و")
    return hit.pos == "N" and (verb in saying_keys() or verb in fw("report_verbs"))


def relative_frame(doc: Doc, hit: Hit, sent_start: int, perfect: bool) -> tuple[bool, TimeSpan | None]:
    """(whether the trigger's clause is a relative clause that settles its date, the time that dates it): one
    right after a time and its comma («في مايو الماضي، والتي أكدت») is of that time; a past one (the verb trigger
    ``perfect``, or the verb before a noun trigger) on a head that is no act («مسلحي التنظيم الذين سيطروا»,
    «الحركة التي بدأت مفاوضات») is background, of no day told."""
    rel = _relative_of(doc, hit, sent_start)
    if rel is None:
        return False, None
    comma = rel - 1
    if doc.tokens[comma].text in ("،", ","):
        before = doc.tokens[comma - 1] if comma - 1 >= sent_start else None
        ts = next((x for x in doc.times if x.value and before is not None and x.end == before.end), None)
        return (True, ts) if ts is not None else (False, None)
    if (hit.pos == "V" and not perfect) or _said_in(doc, hit, rel):
        return False, None
    if hit.entry.code.startswith(PROTEST):
        return False, None  # «أحد المتظاهرين الذين خرجوا إلى الشارع»: the crowd's act, the story told
    if key_at(doc, rel - 1) in fw("time_heads"):
        return False, None  # «في الوقت الذي طالب فيه»: while, the time of the story
    if hit.pos == "V" and hit.entry.code.startswith(STATEMENT) and any(
            key_at(doc, t) in fw("complementizers") for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 4))):
        return False, None  # «المحافظ الذي أكد أن ...»: a statement told with what it said, the news
    head = match_token(doc.tokens, rel - 1)
    if head is not None and head.pos == "N":
        return False, None  # «غاراتها التي استهدفت»: the clause tells the act of its head
    return True, None


def framed(doc: Doc, hit: Hit, sent: tuple[int, int], perfect: bool, clause_from: int | None,
           lead_ok: bool) -> tuple[bool, TimeSpan | None]:
    """(whether a relative clause settles the trigger's date, the time that frames it) for a trigger with no time
    in its clause (tokens ``sent``): the time before a relative clause and its comma (:func:`relative_frame`), else,
    where ``lead_ok`` (a factual act not told as coming or recent) and no earlier time is said of it, the time that
    leads the sentence (:func:`leading_time`), but one in a relative clause on the subject (from offset
    ``clause_from``), another verb's."""
    sent_start, sent_end = sent
    frame = relative_frame(doc, hit, sent_start, perfect)
    if clause_from is not None and hit.pos == "V" and doc.tokens[hit.i - 1].start >= clause_from:
        frame = (False, None)  # «الجيش الذي دخل المدينة أمس اعتقل»: the main verb after the subject's clause
    if frame[1] is not None or not lead_ok or no_day_told(doc, hit, sent_start, sent_end):
        return frame
    lead = leading_time(doc, sent_start, sent_end, doc.tokens[hit.i].start)
    if lead is None or (clause_from is not None and clause_from <= lead.start):
        return frame
    if hit.pos == "V" and hit.i > sent_start and key_at(doc, hit.i - 1).removeprefix("و") in fw("relatives"):
        return frame  # round 71: «- 30 يونيو: الملك يدين الهجوم الذي استهدف النائب العام»: the act before, undated
    return frame[0], lead

"""Round 98: acts named again, generic and repeated acts, and retrospective pieces (see ``dating.event_date``).

- «الهجوم الانتحاري الذي استهدف المسجد في 26 يونيو» then «الحزام الناسف الذي استخدم في الاعتداء»: another noun
  for the same act of force (``same_act_nouns``) told again takes its day, as the same noun does
  (``attached.named_again``).
- «وسبق الهجوم أمس، نشر مئات المقاتلين»: a noun act right after a verb of preceding or following
  (``preceding_verbs``) is what the other act came before or after; a time after it (outside a relative clause of
  its own) dates that other act, not this one.
- «ما قدم دعما كبيرا» after «في أبريل الماضي بعد المؤتمر الاقتصادي»: a verb trigger is no part of the noun phrase
  a word of sequence opens (only «بعد أن» + a verb is), so the time before it still dates it.
- «تعرضت للاعتقال عدة مرات», «زار البلد مرارا»: an act counted as done many times (``repeat_adverbs``, or «مرات»
  with ``repeat_counts``, or «أكثر من مرة») near the trigger in its clause is of no one day.
- «محادثات السلام السابقة», «الاجتماع السابق»: an act called former (``previous_adjectives``), right after it or
  after its genitive where the adjective agrees with the act, not its genitive, is of no day told.
- A retrospective piece (an account or a memoir whose told times are mostly years back): a past act with no time
  of its own, told where the last time the story told before it is such an old one, is of that past, not of the
  article's day; not a statement (it may be the writer's source speaking today) nor a present verb. Round 128:
  «منذ سنوات» (no value since round 125) still counts as such an old time. Round dt343: a time of now told as
  what lasts «to this day» («إلى اليوم», «حتى اليوم», «لا يزال يعمل اليوم»: ``_to_this_day``) is no time of the
  story, and an act named by a noun of a statement («الإعلان عن تحريرها») is a past act of the story too. Round
  mn985: «رغم مرور 25 عامًا على الغزو» (an anniversary of two years or more, ``anniversary_acts.passing_ends``)
  counts as such an old time too: «ولسليمان قصة ...، حيث حكم عليه بالإعدام» after it is of that past.
- «واعتقلت السلطات في وقت سابق من هذا العام ناشطة، بعد تنظيم اعتصام»: an act told after a phrase of an earlier
  time no day names, in its sentence, is of that earlier time (not «في وقت سابق من اليوم», earlier today).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, TimeSpan
from .anniversary_acts import passing_ends
from .weekday_years import weekday_year
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .tense import dual_perfect
from .word_tests import clause_stop, clause_window, doc_token_keys, key_at, value_year

REPEAT_REACH = 6  # tokens either side of a trigger, in its clause, read for a count of times
OLD_YEARS = 2  # a year this many years or more before the article's is a past of its own (as in ``when``)
RETRO_MIN = 3  # old times an article tells at least to be read as retrospective
STATEMENT = "01"  # make a public statement (CAMEO 01x)
_YEAR = re.compile(r"\d{4}")


def same_act(noun: str) -> str:
    """The key an act noun is compared by in ``named_again``: the first of ``same_act_nouns`` for any of them (an
    attack, an assault, a bombing: one act named by another noun), else the noun itself."""
    return "هجوم" if noun in fw("same_act_nouns") else noun


def preceded_object(doc: Doc, hit: Hit) -> bool:
    """A noun trigger right after a verb of preceding or following («وسبق الهجوم أمس، نشر»)."""
    if hit.pos != "N" or hit.i < 1 or key_at(doc, hit.i - 1).removeprefix("و").removeprefix("ف") not in fw("preceding_verbs"):
        return False
    # the verb opens its clause, its subject after the time («وسبق الهجوم أمس، نشر»; not «اشتباكات تلت هجوما فجر
    # أمس», whose subject was told before: the time is the attack's)
    verb = doc.tokens[hit.i - 1]
    return any(s.start == verb.start for s in doc.sentences) or (
        key_at(doc, hit.i - 1)[:1] in ("و", "ف") and (hit.i < 2 or clause_stop(doc.tokens[hit.i - 2].text)
                                                    or doc.tokens[hit.i - 2].text in (".", "؟", "!")))


def verb_past_sequence(doc: Doc, hit: Hit, end: int) -> bool:
    """Whether a verb trigger stands after a word of sequence that a time ending at offset ``end`` leads to, out
    of its noun phrase: no «أن» right after the last such word («بعد المؤتمر ... ما قدم دعما»; not «بعد أن
    قبلت»)."""
    if hit.pos != "V":
        return False
    pos = doc.tokens[hit.i].start
    toks = [t for t in range(len(doc.tokens)) if end <= doc.tokens[t].start < pos]
    seq = [t for t in toks if key_at(doc, t).removeprefix("و") in fw("time_before_words")]
    return bool(seq) and not (seq[-1] + 1 < hit.i and key_at(doc, seq[-1] + 1) in ("ان", "أن"))


def repeated_times(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """An act counted as done many times within ``REPEAT_REACH`` tokens of the trigger in its clause: «مرارا»,
    «عدة مرات», «مرات عديدة», «أكثر من مرة», «مرتين», «أربع مرات» (``repeat_numbers``, round 102)."""
    if _repeat_keys().isdisjoint(doc_token_keys(doc)):
        return False  # (no word of many times in the text, with its «و» or not: none is near)
    near = clause_window(doc, hit.i, hit.j, sent_start, sent_end, REPEAT_REACH)
    for t in near:
        key = key_at(doc, t).removeprefix("و")
        if key in fw("repeat_adverbs") or key in ("مرتين", "مرتان"):
            return True
        if key in ("مرات", "المرات", "مره"):
            around = {key_at(doc, u) for u in (t - 1, t + 1) if sent_start <= u < sent_end}
            # round 102: a number of times («أربع مرات», «5 مرات»): as many acts, of no one day
            count = t > sent_start and (key_at(doc, t - 1) in fw("repeat_numbers") or doc.tokens[t - 1].text.isdigit())
            if around & fw("repeat_counts") or (key == "مرات" and count) or (key == "مره" and t >= 2 and key_at(doc, t - 1) == "من"
                                                  and key_at(doc, t - 2) in ("اكثر", "أكثر")):
                return True
    return False


_REPEAT_WORDS = ("مرتين", "مرتان", "مرات", "المرات", "مره")  # (``repeated_times``: keys of «مرتين», «مرات», «مرة»)


@lru_cache(maxsize=1)
def _repeat_keys() -> frozenset[str]:
    """The token keys one of which ``repeated_times`` needs: a word of ``repeat_adverbs`` or of ``_REPEAT_WORDS``,
    with «و» before it or not (its test reads the key with a first «و» off)."""
    words = fw("repeat_adverbs") | frozenset(_REPEAT_WORDS)
    return frozenset([p + w for w in words for p in ("", "و")])


def previous_act(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger called former: «الاجتماع السابق», or «محادثات السلام السابقة» (a feminine or plural act, a
    definite genitive that does not end in «ة», then the feminine adjective); an indefinite one with the indefinite
    adjective: «تصريح سابق» (not «الهجوم سابقة»: a definite noun and an indefinite word, a predicate)."""
    if hit.pos != "N" or hit.j + 1 >= sent_end:
        return False
    nxt = key_at(doc, hit.j + 1)
    if nxt in fw("previous_adjectives"):
        return True
    if _indefinite(key_at(doc, hit.j)) and any(w.startswith("ال") and nxt == w[2:] for w in fw("previous_adjectives")):
        return True  # round 198: «وفي تصريح سابق لوزير», «خلال زيارة سابقة»: an indefinite act called former
    if hit.j + 2 >= sent_end or key_at(doc, hit.j + 2) != nkey("السابقة"):
        return False
    own = key_at(doc, hit.j)
    return own.endswith(("ه", "ات")) and nxt.startswith("ال") and not nxt.endswith("ه")


def _indefinite(key: str) -> bool:
    """A noun key with no article, its one-letter proclitic aside («تصريح», «وزيارة», «بلقاء»; not «للقاء»)."""
    bare = key[1:] if key[:1] in ("و", "ف", "ب", "ل", "ك") and len(key) > 3 else key
    return not bare.startswith("ال") and not key.startswith("لل")


def _old(ts: TimeSpan, limit: int) -> bool:
    """A time of a year written («عام 1990», «الثاني من أغسطس 1990», a decade) ``limit`` or before; round ti1013:
    or of a year the weekday it names fixed (``weekday_year``)."""
    year = value_year(ts.value)
    return year is not None and year <= limit and (bool(_YEAR.search(ts.text)) or "/" in ts.value
                                                   or weekday_year(ts, limit + OLD_YEARS))


CLAUSE_REACH = 6  # tokens back from a noun trigger to the verb of its clause


def _present_clause(doc: Doc, hit: Hit) -> bool:
    """Whether a present verb («يستعيض», «تسعى») governs a noun trigger: the nearest word before it in its clause
    (within ``CLAUSE_REACH`` tokens) that reads as a verb of the present, «يـ» or «تـ» and four letters or more;
    round ti1013: a perfect of the dual or of «نا» («تمكنا», «تحدثا», «تمكنتا»: ``tense.dual_perfect``) is a verb
    of the past, none of the present."""
    for t in range(hit.i - 1, max(-1, hit.i - 1 - CLAUSE_REACH), -1):
        text = doc.tokens[t].text
        if clause_stop(text) or key_at(doc, t) in fw("complementizers"):
            return False  # («المسعد يقول إن الملك وخلال زيارته»: the present verb of another clause)
        key = key_at(doc, t).removeprefix("و").removeprefix("ف")
        if len(key) >= 4 and key[0] in ("ي", "ت") and not key.startswith("ال"):
            if dual_perfect(doc, t):
                return False
            return key[0] == "ي" or key.startswith("تت") or key[-1] != "ت"
    return False


UNTIL_KEYS = frozenset(nkey(w) for w in ("إلى", "حتى"))  # «إلى اليوم», «وحتى اليوم»: to this day
STILL_KEYS = fw_keys("still_forms")  # «لا يزال يعمل اليوم»
STILL_REACH = 3  # tokens back from a time to «لا يزال»


def _to_this_day(doc: Doc, ts: TimeSpan, limit: int) -> bool:
    """Round dt343: a time of now (no old year) right after «إلى/حتى» or within ``STILL_REACH`` tokens after «لا
    يزال»: what lasts to this day, no time a retrospective story tells its acts in."""
    k = doc.token_at(ts.start)
    if k is None or k == 0 or _old(ts, limit):
        return False
    if key_at(doc, k - 1).removeprefix("و") in UNTIL_KEYS:
        return True
    return any(key_at(doc, t).removeprefix("و") in STILL_KEYS for t in range(max(0, k - STILL_REACH), k))


def retrospective(doc: Doc, hit: Hit, perfect: bool) -> bool:
    """A past act (a noun or a perfect verb, no statement) with no time of its own in an article whose old times
    (``_old``, at least ``RETRO_MIN``) are as many as the others, where the last time told before it is old."""
    if not doc.date or not doc.date[:4].isdigit() or (hit.entry.code.startswith(STATEMENT) and hit.pos != "N"):
        return False
    if (hit.pos == "V" and not perfect) or (hit.pos == "N" and _present_clause(doc, hit)):
        return False
    limit = int(doc.date[:4]) - OLD_YEARS
    times = [ts for ts in doc.times if ts.value and not _to_this_day(doc, ts, limit)]
    back = years_back(doc) + passing_ends(doc, OLD_YEARS)  # round mn985: «رغم مرور 25 عامًا على الغزو»
    old = sum(1 for ts in times if _old(ts, limit)) + len(back)
    if old < RETRO_MIN or old < len(times) - old + len(back):
        return False
    pos = doc.tokens[hit.i].start
    before = [(ts.end, _old(ts, limit)) for ts in times if ts.end <= pos] + [(e, True) for e in back if e <= pos]
    return bool(before) and max(before)[1]


def years_back(doc: Doc) -> list[int]:
    """Round 128: the end offsets of «منذ/قبل» + a plural of years with no number («منذ سنوات طويلة», «قبل
    أعوام»: ``years_back_units``), each an old time of the story although it has no value (round 125)."""
    # (a scan of the whole document, asked for by every act that may be retrospective: made once per document and
    # kept with the tokens it was made from, ``Doc.memoized``; read only)
    return doc.memoized("years_back", ("tokens",), _find_years_back)


def _find_years_back(doc: Doc) -> list[int]:
    """:func:`years_back`, made."""
    keys = doc_token_keys(doc)
    if not SINCE_BEFORE.isdisjoint(keys) and not fw("years_back_units").isdisjoint(keys):
        return _years_back(doc)  # (where either word is missing, the scan finds nothing)
    return []


SINCE_BEFORE = frozenset(("منذ", "قبل", "ومنذ", "وقبل"))  # the keys whose «و» off is «منذ» or «قبل» (years_back)


def _years_back(doc: Doc) -> list[int]:
    out: list[int] = []
    for t in range(len(doc.tokens) - 1):
        if key_at(doc, t).removeprefix("و") in ("منذ", "قبل") and key_at(doc, t + 1) in fw("years_back_units"):
            out.append(doc.tokens[t + 1].end)
    return out


def earlier_sentence(doc: Doc, hit: Hit, sent_start: int, perfect: bool) -> bool:
    """An act told after a phrase of an earlier time no day names (``earlier_phrases``: «في وقت سابق من هذا العام»,
    «في السابق») in its sentence, with no colon, semicolon or quotation mark between («واعتقلت السلطات في وقت سابق
    من هذا العام ناشطة، بعد تنظيم اعتصام ... دعت إليه»: the sit-in and its call are earlier still)."""
    if hit.pos == "V" and not perfect:
        return False  # («المقاتلين الذين تتهمهم الحكومة»: a present verb is not of that earlier time)
    if not _earlier_told(doc):
        return False  # (no phrase's second word in the text: none is told)
    keys: list[str] = []
    for t in range(hit.i - 1, sent_start - 1, -1):
        key = key_at(doc, t)
        if doc.tokens[t].text in (":", "؛", ";", "«"):
            break  # (past a complementizer: what was said at that earlier time happened by then)
        keys.append(key)
    keys.reverse()
    starts = _earlier_starts()
    for k, key in enumerate(keys):
        for words in starts.get(key.removeprefix("و"), ()):  # (only the phrases this word may open)
            n = len(words)
            if k + n <= len(keys) and keys[k + 1 : k + n] == words[1:] \
                    and not _of_a_day(doc, hit.i - len(keys) + k + n) \
                    and not _timed(doc, hit.i - len(keys) + k + n, doc.tokens[hit.i].start):
                return True
    return False


def _earlier_told(doc: Doc) -> bool:
    """Whether every word after the first of a phrase of ``earlier_phrases`` (those ``earlier_sentence`` reads: of
    two words or more) is a token key of ``doc`` (``doc_token_keys``), made once per document and kept with the
    tokens it was made from (``Doc.memoized``): where none is, no such phrase is told in it."""
    return doc.memoized("earlier_told", ("tokens",), _any_earlier)


def _any_earlier(doc: Doc) -> bool:
    """:func:`_earlier_told`, made."""
    keys = doc_token_keys(doc)
    return any(keys.issuperset(words[1:]) for words in _earlier_words() if len(words) > 1)


@lru_cache(maxsize=1)
def _earlier_starts() -> dict[str, tuple[list[str], ...]]:
    """The phrases of ``earlier_phrases`` of two words or more (their words, as ``_earlier_words``), by their first
    word (``earlier_sentence`` tries at each token only those it may open; read only)."""
    made: dict[str, list[list[str]]] = {}
    for words in _earlier_words():
        if len(words) > 1:
            made.setdefault(words[0], []).append(words)
    return {first: tuple(group) for first, group in made.items()}


@lru_cache(maxsize=1)
def _earlier_words() -> tuple[list[str], ...]:
    """The words of each phrase of ``earlier_phrases``, split once (``earlier_sentence``; read only)."""
    return tuple(phrase.split() for phrase in fw("earlier_phrases"))


def _of_a_day(doc: Doc, t: int) -> bool:
    """Whether a time of a day follows token ``t`` past «من» («في وقت سابق من اليوم»: earlier today)."""
    k = t + 1 if t < len(doc.tokens) and key_at(doc, t) == "من" else t
    return k < len(doc.tokens) and any(ts.value and len(ts.value) == 10 and ts.start <= doc.tokens[k].start < ts.end
                                       for ts in doc.times)


def _timed(doc: Doc, t: int, hi: int) -> bool:
    """Whether a month or a day is told from token ``t`` (after the phrase) up to offset ``hi``, not the phrase's own
    «من» + a time («في وقت سابق من يوليو»): «وفي وقت سابق عند إعلان الصفقة منتصف الشهر الماضي، أكد»: that time,
    not the vague earlier one, frames the act."""
    if t >= len(doc.tokens):
        return False
    lo = doc.tokens[t].start
    own = doc.tokens[t + 1].start if key_at(doc, t) == "من" and t + 1 < len(doc.tokens) else -1
    return any(ts.value and len(ts.value) >= 7 and lo <= ts.start and ts.end <= hi and not ts.start <= own < ts.end
               for ts in doc.times)

"""Round 217: times the sentence tells for an act with no time of its own in its clause.

- «قمع الاحتجاجات التي شهدتها البلاد في الفترة من أواخر أبريل حتى يونيو»: a period opened by «الفترة من/بين»
  after the trigger, in its sentence and no other content clause, dates the act by its first month
  (``period_month``; function words ``period_heads``);
- «زيارة ولي العهد ... وزير الدفاع مؤخرا لموسكو»: a recency adverb after a noun trigger's long subject, right
  before the destination, tells the act as recent, of no day known (``recent_far``);
- «في أعقاب الهجوم الانتحاري الذي استهدف مسجدا», «إثر التفجير»: a definite act after a word of aftermath is one
  before the act told, already known; the article's day does not date it (``in_wake``; ``wake_words``);
- «، له الليلة الماضية في الرياض»: a time after a comma and an object pronoun «له/لها» of a masdar is set off as
  one after a comma alone (``pronoun_off``; ``lam_pronouns``);
- «وهاجمت الجبهة، الجمعة، مقرا ...، ووقعت اشتباكات»: an act in a «و» + perfect verb clause joined to a first
  clause dated by a day goes on that day (``conjunct_day``); «أشار إلى تزامن الاشتباكات»: a definite noun act that
  repeats an indefinite one told before in its sentence is that one (``repeated_here``);
- «قتل ثلاثة جنود أمس الأحد، جراء انفجارين»: the cause after the comma closing the time takes it
  (``cause_over_comma``; ``cause_prepositions``);
- «ويمنح إعلان حالة الطوارئ قوات الأمن سلطات»: a noun act, subject of a present verb of providing, is described
  by what it does, of no day (``effect_subject``; ``provision_verbs``).
"""

from __future__ import annotations

import re

from ..doc import Doc, TimeSpan, Token
from .forms import fw, fw_keys, nkey
from .lexicon import Hit, past_keys
from .modality import imperfect
from .chunks import KANA_PAST
from .elsewhere import elsewhere
from .word_tests import DAY_VALUE, clause_stop, past_conjunction

_MONTH = re.compile(r"\d{4}-\d{2}")
PERIOD_REACH = 12  # tokens from the trigger to the «الفترة» of a period
RECENT_REACH = 24  # tokens from a noun trigger to a recency adverb over its subject's names and titles
SAID_REACH = 3  # tokens before a word of aftermath to a noun of statement («في تصريح له عقب اللقاء»)
CONJUNCT_REACH = 3  # tokens from the «و» + perfect verb opening a clause to the trigger


def _opens_content(key: str) -> bool:
    """A complementizer or a word of contrast: another content clause begins."""
    bare = key.removeprefix("و")
    return key in fw("complementizers") or bare in fw("complementizers") or key in fw("but_words")


def period_month(doc: Doc, hit: Hit, sent_end: int) -> tuple[str, TimeSpan] | None:
    """The first month of a period «في الفترة من X حتى Y» / «الفترة بين X و Y» after the trigger in its sentence,
    with only a relative clause between them (no comma, no content clause), and the time that gives it."""
    for ts in doc.times:
        k = doc.token_at(ts.start)
        if k is None or k <= hit.j + 1 or k >= sent_end or k - hit.j > PERIOD_REACH \
                or not _MONTH.match(ts.value or ""):
            continue
        first = doc.tokens[k].norm_key
        word, lead = k - 1, k - 1
        if first == "ما" and k + 1 < sent_end and doc.tokens[k + 1].norm_key == "بين":
            word, lead = k + 1, k  # (the time may hold «ما بين مارس ومايو», «من مارس»)
        elif first in ("من", "بين"):
            word, lead = k, k
        elif doc.tokens[word].norm_key == "بين" and doc.tokens[word - 1].norm_key == "ما":
            lead = word - 1
        if doc.tokens[word].norm_key not in ("من", "بين") or lead - 1 <= hit.j \
                or doc.tokens[lead - 1].norm_key not in fw_keys("period_heads"):
            continue  # («الفترة ما بين»)
        if any(clause_stop(doc.tokens[t].text) or _opens_content(doc.tokens[t].norm_key)
               for t in range(hit.j + 1, lead - 1)):
            return None
        return (ts.value or "")[:7], ts
    return None


def recent_far(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«زيارة الأمير ... وزير الدفاع مؤخرا لموسكو»: a recency adverb (``recency_words``) after a noun trigger, in
    its clause, right before «إلى» or a «لـ» destination."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + RECENT_REACH)):
        text = doc.tokens[t].text
        key = nkey(text)
        if clause_stop(text) or _opens_content(key) or key in fw("relatives"):
            return False
        if key.removeprefix("و") in fw_keys("recency_words"):
            nxt = doc.tokens[t + 1].norm_key
            return nxt == "الي" or (nxt[:1] == "ل" and len(nxt) > 3 and not nxt.startswith("لل"))
    return False


def in_wake(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A definite noun act right after a word of aftermath (``wake_words``: «في أعقاب الهجوم», «إثر التفجير»,
    «عقب الاعتداء»): an act known before the one told; not where a statement is said right after it («في تصريح له
    عقب اللقاء»)."""
    if hit.pos != "N" or hit.i <= sent_start or not doc.tokens[hit.i].norm_key.startswith("ال"):
        return False
    prev = doc.tokens[hit.i - 1].norm_key
    if prev not in fw_keys("wake_words") and prev.removeprefix("و") not in fw_keys("wake_words"):
        return False
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - SAID_REACH) - 1, -1):
        key = doc.tokens[t].norm_key.removeprefix("و").removeprefix("ب")
        if key in fw_keys("interview_nouns") or key in fw_keys("account_nouns"):
            return False  # «في تصريح له عقب اللقاء»: words said right after the act, of the story's day
    return True


def pronoun_off(prev: list[Token]) -> list[Token]:
    """The tokens ``prev`` before a time less an object pronoun «له/لها/لهم» that follows a comma («استقبال
    الرئيس، له الليلة الماضية»)."""
    if len(prev) > 1 and prev[-2].text in ("،", ",") and prev[-1].norm_key in fw_keys("lam_pronouns"):
        return prev[:-1]
    return prev


def _perfect_opener(key: str, first: bool) -> bool:
    """A «و» + perfect verb («ووقعت», «وسقط»): no present, no «سـ»; the sentence's ``first`` word also a passive
    in «بـ» («وبثت»), not a preposition or a subordinator («وبعد», «وبحسب»)."""
    if not key.startswith("و") or len(key) < 4:
        return False
    stem = key[1:]
    if imperfect(stem, True) or stem.startswith(("ال", "ل", "ك", "س", "م")):
        return False
    if stem.startswith("ب"):
        return first and not stem.startswith("بال") and stem not in fw("prepositions") \
            and stem not in fw("subordinators") and stem not in fw("time_before_words") and stem not in ("بحسب", "بينما")
    return True


def conjunct_day(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """«وهاجمت الجبهة، الجمعة، مقرا للفرقة، ووقعت اشتباكات»: the trigger in a clause opened after a comma by «و» +
    a perfect verb, the sentence's first clause opened by a perfect verb and dated by the one day said in it (no
    content clause, relative or quotation before the trigger): that day. Round 272: the first verb also with no «و»,
    a trigger's perfect (``past_keys``: «وصل الملك إلى طنجة أمس، ...، وكان في استقباله»). Round tm419: also a clause
    opened after a comma by a phrase of coincidence and a perfect verb («، في حين تجددت الاشتباكات»)."""
    first = doc.tokens[sent_start].norm_key
    opened = _perfect_opener(first, True) or first in past_keys()
    if not (opened or _bare_perfect(first.removeprefix("و"))):
        return None
    opener = -1
    for t in range(hit.i, max(sent_start, hit.i - CONJUNCT_REACH) - 1, -1):
        key = doc.tokens[t].norm_key
        verb = t == hit.i and hit.pos == "V" and len(key) == 3 and key[0] == "و" and not imperfect(key[1:], True)
        verb = verb or (t == hit.i - 2 and key[1:] in KANA_PAST and doc.tokens[t + 1].norm_key == "في")  # «وكان في استقباله»
        if opened and t - 1 > sent_start and doc.tokens[t - 1].text in ("،", ",") \
                and (verb or _perfect_opener(key, False)):
            opener = t
            break
        while_at = _coincidence_before(doc, t, sent_start)
        if while_at is not None and _bare_perfect(key):
            opener = while_at  # tm419: «نفذ التحالف أمس 17 غارة ...، في حين تجددت الاشتباكات»: at the same time
            break
    if opener < 0 or elsewhere(doc, opener):
        return None  # round 293: «...، واعتقلت الشرطة في مدينة أخرى»: another telling
    for t in range(sent_start, opener):
        key = doc.tokens[t].norm_key
        if _opens_content(key) or key in fw("relatives") or doc.tokens[t].text in ("«", "»", '"', ":"):
            return None
    lo, hi = doc.tokens[sent_start].start, doc.tokens[opener].start
    found = [ts for ts in doc.times if lo <= ts.start < hi and ts.value]
    if len(found) != 1 or not DAY_VALUE.match(found[0].value or ""):
        return None
    return found[0]


def _bare_perfect(key: str) -> bool:
    """Round tm419: a word read as a perfect verb with no clitic before it («نفذ», «تجددت», «اندلعت»): no present
    (a non-trigger reading: «تـ» + a perfect ending is a perfect), no article, preposition, «سـ» or participle."""
    return len(key) >= 3 and not imperfect(key, False) and not key.startswith(("ال", "ل", "ك", "س", "م", "ب", "و", "ف"))


def _coincidence_before(doc: Doc, t: int, sent_start: int) -> int | None:
    """Round tm419: the first token of a phrase of coincidence (``coincidence_phrases``: «في حين», «بينما») right
    before token ``t``, itself right after a comma; None otherwise."""
    for phrase in fw("coincidence_phrases"):
        words = phrase.split()
        k = t - len(words)
        if k - 1 > sent_start and doc.tokens[k - 1].text in ("،", ",") \
                and [doc.tokens[u].norm_key for u in range(k, t)] == [nkey(w) for w in words]:
            return k
    return None


def repeated_here(doc: Doc, hit: Hit, sent_start: int) -> Hit | None:
    """«ووقعت اشتباكات ...، بحسب المرصد الذي أشار إلى تزامن الاشتباكات»: the indefinite noun act a definite noun
    trigger repeats earlier in its sentence, as a trigger to date."""
    key = doc.tokens[hit.i].norm_key
    if hit.pos != "N" or not key.startswith("ال") or len(key) < 5:
        return None
    bare = key[2:]
    for t in range(hit.i - 1, sent_start - 1, -1):
        other = doc.tokens[t].norm_key
        if other == bare or (other[:1] == "و" and other[1:] == bare):
            return Hit(t, t + hit.j - hit.i, hit.entry, hit.pos, hit.cand, hit.owned)
    return None


def effect_subject(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«ويمنح إعلان حالة الطوارئ قوات الأمن سلطات», «ويتيح الاتفاق»: a noun act right after a present verb of
    providing (``provision_verbs``), its subject, is described by what it does, of no day."""
    if hit.pos != "N" or hit.i <= sent_start:
        return False
    return past_conjunction(doc.tokens[hit.i - 1].norm_key) in fw("provision_verbs")


def cause_over_comma(nxt: list[Token], trigger_start: int) -> bool:
    """«قتل ثلاثة جنود أمس الأحد، جراء انفجارين»: a time closed by a comma right before a word of cause
    (``cause_prepositions``) and the noun trigger after it dates the cause as the act it caused (``nxt``: the tokens
    after the time)."""
    return len(nxt) > 2 and nxt[0].text in ("،", ",") and nxt[2].start == trigger_start \
        and nxt[1].norm_key.removeprefix("و") in fw_keys("cause_prepositions")

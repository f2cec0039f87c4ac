"""Round 201: acts told as background inside direct speech or recalled, of no day of the article, and two times
read past a phrase: the manner of an act, the papers' day.

- «قال: "بعد الكارثة وعدت الشيخ بأن ..."», «"الرئيس وعد الشعب بتغيير ..."»: a promise is made in the present
  («أعد», «نتعهد»); a perfect verb of promising (``promise_perfects``) inside the words quoted tells a promise made
  before the words, not on the article's day (:func:`promised_before`);
- «يعيد إلى الأذهان هجمات شنتها ...»: an act a word of memory (``recall_words``) brings back is an old one
  (:func:`recalled`);
- «تونس رفضت دوما كل المقترحات»: a perfect told with «دوما/دائما» has always been done (:func:`always_done`).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw_keys, nkey
from .lexicon import Hit
from .modality import imperfect
from .quoted_time import CLOSE_MARKS, OPEN_MARKS, PLAIN_MARKS
from .word_tests import clause_stop, past_conjunction

RECALL_REACH = 3  # tokens from a word of memory to the noun trigger it brings back («إلى الأذهان تلك الهجمات»)


def in_direct_words(doc: Doc, sent_start: int, i: int) -> bool:
    """Whether token ``i`` stands inside direct speech: a direct quote of ``doc.quotes`` holds it, or a quotation
    mark opened before it in its sentence is not closed before it (a name in marks, «أعلنت «داعش»», is closed)."""
    at = doc.tokens[i].start
    for q in doc.quotes:
        if q.direct and q.content.start <= at < q.content.end:
            return True
    depth = 0
    plain = 0
    for t in range(sent_start, i):
        for ch in doc.tokens[t].text:
            if ch in OPEN_MARKS:
                depth += 1
            elif ch in CLOSE_MARKS:
                depth = max(0, depth - 1)
            elif ch in PLAIN_MARKS:
                plain += 1
    return depth > 0 or plain % 2 == 1


def promised_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A perfect verb of promising (``promise_perfects``: «وعدت», «تعهدوا») inside direct speech: the promise
    the speaker tells was made before the words (a promise made now is said in the present: «أعد», «نتعهد»)."""
    if hit.pos != "V":
        return False
    key = doc.tokens[hit.i].norm_key
    stem = past_conjunction(key, 4)
    if stem not in fw_keys("promise_perfects"):
        return False
    return in_direct_words(doc, sent_start, hit.i)


def recalled(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger within ``RECALL_REACH`` tokens after a word of memory (``recall_words``: «يعيد إلى الأذهان
    هجمات», «أعاد للأذهان اشتباكات»): an old act brought back to mind, of no day of the article."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - RECALL_REACH) - 1, -1):
        if doc.tokens[t].norm_key in fw_keys("recall_words"):
            return True
    return False


ALWAYS_REACH = 2  # tokens after a perfect verb trigger to «دوما/دائما» («رفضت تونس دوما»)


def always_done(doc: Doc, hit: Hit) -> bool:
    """A perfect verb trigger with «دوما/دائما» (``always_words``) right before it or within ``ALWAYS_REACH``
    tokens after it («رفضت تونس دوما كل المقترحات», «دائما رفضنا»): what has always been done, of no one day."""
    if hit.pos != "V":
        return False
    key = doc.tokens[hit.i].norm_key
    stem = past_conjunction(key, 4)
    if imperfect(stem, True) or stem.startswith("س"):
        return False
    if hit.i > 0 and doc.tokens[hit.i - 1].norm_key.removeprefix("و") in fw_keys("always_words") \
            and not _named(doc, hit.i - 1):
        return True
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 1 + ALWAYS_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in fw_keys("always_words") and not _named(doc, t):
            return True
    return False


def _named(doc: Doc, t: int) -> bool:
    """Token ``t`` is in a name's mention or follows a word of a settlement («هاجمت قرية دوما»: the village, no
    «always»)."""
    if t > 0:
        prev = doc.tokens[t - 1].norm_key.removeprefix("و")
        if prev in fw_keys("settlement_nouns") or prev in fw_keys("place_kind_nouns"):
            return True
    at = doc.tokens[t].start
    for ent in doc.entities:
        for m in ent.mentions:
            if m.start <= at < m.end:
                return True
    return False


MOTIVE_REACH = 8  # tokens back from a «ل» masdar of cause to the word of response in its clause
OWNER_SUFFIXES = ("ها", "هم", "هما", "ه")


def response_motive(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«رد الحزب بعمليات انتقامية ضد السلطات لاتهامها بـ...»: a noun trigger in «ل» of cause with a pronoun of
    its doer (not «لل»: «للتفاوض» is an aim) after a word of response or revenge in its clause
    (``retaliation_words``): the grievance a response answers was there before it, of no day of its own."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    key = doc.tokens[hit.i].norm_key
    if not key.startswith("ل") or key.startswith("لل") or not key.endswith(OWNER_SUFFIXES):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - MOTIVE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و").removeprefix("ب") in fw_keys("retaliation_words"):
            return True
    return False


PUBLISHED = fw_keys("published_forms")


def published_time(doc: Doc, at: int, pos: int) -> bool:
    """A time said right after a participle of issuing («الصحف الصادرة اليوم»), before a trigger at offset
    ``pos``: it dates the papers the act is read in, not the act told after it («ركزت الصحف الصادرة اليوم على
    لقاء ... أمس»)."""
    k = doc.token_at(at)
    return k is not None and at < pos and k > 0 and doc.tokens[k - 1].norm_key in PUBLISHED


ELABORATING = frozenset(nkey(w) for w in ("وذلك", "وذاك"))
NOT_MANNER = frozenset(nkey(w) for w in ("بعد", "بين", "بسبب", "بعدما", "بالتزامن", "بحضور", "بمناسبة"))
ELABORATION_REACH = 2  # tokens from «وذلك» to the noun trigger («وذلك باستعادتها السيطرة»)


def elaborated_time(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """«حققت القوات، أمس، نصرا جديدا، وذلك باستعادتها السيطرة على القاعدة»: a noun trigger in a «وذلك» + «بـ»
    masdar phrase tells how the act before it was done (not «وذلك بعد/بين»: another act's time, nor «وذلك لـ»: an
    aim); it takes that act's time, the last dated time of the sentence before «وذلك»."""
    if hit.pos != "N":
        return None
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - ELABORATION_REACH) - 1, -1):
        if doc.tokens[t].norm_key not in ELABORATING:
            continue
        after = doc.tokens[t + 1].norm_key
        if not after.startswith("ب") or after in NOT_MANNER:
            return None
        cut = doc.tokens[t].start
        lo = doc.tokens[sent_start].start
        best: TimeSpan | None = None
        for ts in doc.times:
            if lo <= ts.start and ts.end <= cut and ts.value and len(ts.value) == 10 \
                    and (best is None or ts.start > best.start):
                best = ts
        return best
    return None


"""Round 142: acts told as a state, a background or a kind, not as the news of the article's day (see
``dating.event_date``; each rule is read only where no time of the trigger's own clause dates it).

- «وعانت البلاد من هجمات متكررة», «إن المملكة عانت من التطرف والتفجيرات»: what a place or a people suffered
  (``suffer_verbs`` + «من», the act noun or a «و» conjunct after it) is a state it lived through, of no day.
- «وسبق أن تعرضت الكابلات لقصف», «وسبق للوزير أن زار»: an act in the «أن» clause of «سبق» was done before, at a
  time not said; so is a perfect verb in the «أن» clause of a word of reminding (round tm512: «مذكرا بأنه حث
  الرئيس على», «وذكّر بأن الجيش انسحب»), where «مذكرا بأنه سيزور» keeps its own modality and dating.
- «وليست المرة الأولى التي ينفذ فيها المقاتلون عمليات»: an act told as done more than once, of no one day.
- «مطالباتنا المستمرة», «الغارات المتواصلة»: a noun act called ongoing or repeated (``ongoing_adjectives``, right
  after it or past one word) runs over many days.
- «فعندما زار الرئيس القاعدة، كان خلفه القائد»: a sentence opened by «عندما» + a perfect verb tells a past
  occasion as background, of no day; «قتل جندي أمس، عندما انفجر لغم»: the time right before the comma before
  «عندما» dates its act.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, fw_keys
from .lexicon import Hit, match_token, past_keys
from .modality import imperfect
from .word_tests import clause_break, clause_stop, doc_token_keys, key_at, past_conjunction

SUFFER_REACH = 6  # tokens back from a noun trigger to the verb of suffering («عانت من التطرف والتفجيرات»)
SINCE_REACH = 10  # tokens back from a trigger to the «أن» of «سبق أن»
SINCE_THAT = 3  # tokens from «سبق» to its «أن» («سبق للوزير أن», «سبق له أن»)
FIRST_TIME_REACH = 14  # tokens back from a trigger to «المرة الأولى» after a negation
ONGOING_REACH = 2  # tokens after a noun trigger to «المستمرة/المتواصلة»
_SINCE = ("سبق", "سبقت")
_NOT_BEING = ("ليس", "ليست", "تكن", "يكن")
_FIRST_TIME = ("الاولي", "مره")  # the keys of the last word of «المرة الأولى» and of «أول مرة» (``not_first_time``)


def suffered(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after a verb of suffering and «من» within ``SUFFER_REACH`` tokens of its clause, no
    complementizer, relative or other trigger between but a «و» conjunct of the list."""
    if hit.pos != "N":
        return False
    seen_from = False
    for t in range(hit.i - 1, max(sent_start, hit.i - SUFFER_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if past_conjunction(key) in fw("suffer_verbs"):
            return seen_from
        if key == "من":
            seen_from = True
        elif match_token(doc.tokens, t) is not None and not key.startswith("و"):
            return False
    return False


def since_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger in the «أن» clause of «سبق» («سبق أن», «سبق للوزير أن»), or a perfect verb in that of a word of
    reminding (:func:`_reminded`: «مذكرا بأنه حث»), within ``SINCE_REACH`` tokens of its clause."""
    for t in range(hit.i - 1, max(sent_start, hit.i - SINCE_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("relatives"):
            return False
        if key in fw("complementizers"):
            return any(past_conjunction(key_at(doc, u)) in _SINCE for u in range(max(sent_start, t - SINCE_THAT), t)) \
                or _reminded(doc, hit, t, sent_start)
    return False


_SHADDA = "\u0651"


def _reminded(doc: Doc, hit: Hit, t: int, sent_start: int) -> bool:
    """A perfect verb trigger in the «أن» clause (its complementizer at ``t``) of a word of reminding within
    ``SINCE_THAT`` tokens before it: a participle (``reminding_words``: «مذكرا بأنه حث», «مذكرا الجميع بأن»;
    «مذكرة» only after a comma, not the memo of «قدم مذكرة بأن») or «ذكّر» written with its shadda
    (``reminding_verbs``: «وذكّر الوزير بأن»; «وذكر الوزير أن» says)."""
    if hit.pos != "V":
        return False
    stem = past_conjunction(key_at(doc, hit.i), 4)
    if imperfect(stem, True) and stem not in past_keys() or stem.startswith("س"):
        return False  # «مذكرا بأنه سيزور», «مذكرا بأن الجيش يواصل»: not an act done before
    for u in range(t - 1, max(sent_start, t - SINCE_THAT) - 1, -1):
        key = past_conjunction(key_at(doc, u))
        if key in fw_keys("reminding_verbs"):
            return _SHADDA in doc.tokens[u].text
        if key in fw_keys("reminding_words"):
            return key != "مذكره" or u > sent_start and doc.tokens[u - 1].text in ("،", ",")
    return False


def not_first_time(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«المرة الأولى» (or «أول مرة») right after «ليس/ليست/لم تكن» within ``FIRST_TIME_REACH`` tokens before the
    trigger in its sentence: the act is told as one of many."""
    if doc_token_keys(doc).isdisjoint(_FIRST_TIME):
        return False  # (neither «الأولى» nor «مرة» in the text: no «المرة الأولى» or «أول مرة» is told)
    for t in range(hit.i - 1, max(sent_start, hit.i - FIRST_TIME_REACH), -1):
        key, prev = key_at(doc, t), past_conjunction(key_at(doc, t - 1))
        if clause_break(doc.tokens[t].text):
            return False
        first = (key == "الاولي" and prev == "المره") or (key == "مره" and prev == "اول")
        if first and t - 2 >= sent_start and past_conjunction(key_at(doc, t - 2)) in _NOT_BEING:
            return True
    return False


def ongoing(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger with an adjective of going on or coming again (``ongoing_adjectives``) within
    ``ONGOING_REACH`` tokens after it, in its clause."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + ONGOING_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) in fw("ongoing_adjectives"):
            return True
    return False


WHEN_REACH = 4  # tokens back from a trigger to «عندما» (the perfect verb right after it, then its subject and object)
_WHEN = ("عندما", "حينما")


def _when_at(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of «عندما/حينما» within ``WHEN_REACH`` tokens before the trigger in its clause, followed by a
    perfect verb (the trigger or the verb before a noun trigger); None where there is none."""
    for t in range(hit.i - 1, max(sent_start, hit.i - WHEN_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return None
        if past_conjunction(key) in _WHEN:
            verb = past_conjunction(key_at(doc, t + 1))
            return t if not imperfect(verb, True) or verb in past_keys() else None
    return None


def when_time(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """«قتل جندي أمس الأحد، عندما انفجر لغم», «يعود إلى أكتوبر 2014، عندما اندلعت تظاهرات»: the valued time that
    ends right before the comma before «عندما» dates the act of its clause; None where there is none."""
    t = _when_at(doc, hit, sent_start)
    if t is None or t - 2 < sent_start or doc.tokens[t - 1].text not in ("،", ","):
        return None
    end = doc.tokens[t - 2].end
    return next((ts for ts in doc.times if ts.value and ts.end == end), None)


def opened_when(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A sentence that opens with «(و/ف)عندما» + a perfect verb («فعندما زار الرئيس القاعدة، كان خلفه»): a past
    occasion told as background, of no day said."""
    t = _when_at(doc, hit, sent_start)
    return t is not None and t == sent_start

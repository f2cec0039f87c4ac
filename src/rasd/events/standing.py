"""Round 243: acts and states told with no day of their own, which the article's date does not date either.

``standing_undated`` is any of them, or ``when.pluperfect_described`` («وكان الرئيس قد أطلق «حربا»، تستهدف
الحزب»: a present verb describing what the pluperfect's verb made), or ``when.pluperfect_noun`` (a noun act after
a «كان ... قد» over commas: «وكانت الطائرات، قد حدت ...، بعد استهدافها»).

* ``ranked``: a noun trigger after «في» in a clause with a rank noun and its ordinal («تحتل إيران المرتبة الأولى
  في العالم في إعدام المراهقين»): a standing over years, no act of one day.
* ``held_control``: a masdar of a state held (``habits.STATE_ENTRIES``: «سيطرة», «حصار») with its owner's pronoun
  right after «أن/إن/مع» (``held_openers``): «أن سيطرته على العاصمة توفر له», «مع سيطرتها على أكثر من ثلاثة
  أرباع المدينة», the control going on, not its taking; round tp404: so is one right after a word of cause
  (``cause_words``: «نتيجة سيطرة الميليشيات على الطريق», «نتيجة لسيطرة القاعدة عليه», «بسبب الحصار»), the state
  that causes another, and one with «فـ» opening its clause («، فسيطرة ميليشيات الحوثي على العاصمة ... قد عطل»),
  the control told to explain what came before; and a masdar with its owner's pronoun and no «على» after it («سلطة
  «القاعدة» وسيطرتها»): a hold, no place taken.
* ``starting_from``: a noun trigger right after «بدءا من/ابتداء من» (``starting_words``): «التحقوا بالمعسكرات
  بدءا من إعلان العملية», the act the span runs from, told before.
* ``past_occasion``: a trigger with «في» + an occasion noun + «الأخيرة/الماضية» after it in its clause
  («التقينا برئيس النيجر في القمة الأفريقية الأخيرة»): the act of that former occasion, no day told.
* ``tallied``: a noun trigger after a number and «حالة/حالات» (``case_nouns``): «448 حالة إعدام أخرى», a count
  of acts, of no one day.
* ``stopped``: a noun trigger right after «إيقاف/وقف/توقف» (``stop_masdars``): «مكنتها من إيقاف استهداف المدينة»,
  «عند توقف المفاوضات», an act going on until it stopped, of no one day.
* ``still_doing``: a trigger right after «لا يزال/ما زالت» (``still_negations`` + ``still_verbs``), or after that
  and the present verb it governs: «لا يزال يجري لقاءاته», «ما تزال تواصل انتقادها», an act going on, of no one day.
* ``failed_before``: a noun trigger after «بعد/عقب فشل» (``after_openers`` + ``failure_masdars``): «بعد فشل مشاورات
  جنيف», an act over before the one told.
* ``judged_by_group`` (round tp404): a noun trigger right after a plural of its critics or supporters
  (``opinion_group_heads``: «منتقدي زيارة وزير الخارجية الفرنسي إلى طهران», «مؤيدي الاتفاق»): the act they judge,
  told before, of no day said.
* ``ranged``: a noun trigger followed in its clause by «بين» + a time + «حتى/إلى/و» + a time («تنفيذ 246 حكم
  إعدام بين فاتح يناير حتى 15 يوليو»): acts spread over the range, of no one day.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .chunks import clause_stop
from .forms import fw, fw_keys
from .going_on import conceded, conducted_now
from .habits import STATE_ENTRIES
from .lexicon import Hit
from .precedents import precedent
from .when import pluperfect_described, pluperfect_noun
from .word_tests import enclitic, key_at, past_conjunction

RANK_REACH = 7  # tokens back from a noun trigger to the rank noun of its clause
OCCASION_REACH = 8  # tokens after a trigger to the «في» of a former occasion
OCCASION_ADJECTIVES = 3  # adjectives between the occasion noun and its «الأخيرة»
RANGE_REACH = 4  # tokens after a noun trigger to «بين»
RANGE_GAP = 2  # tokens from «بين» to its first time, and from that time's end to «حتى»
_IN = "في"
_FROM = "من"
_BETWEEN = "بين"


def ranked(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after «في», a rank noun followed by an ordinal (``rank_nouns``, ``rank_ordinals``) before it in
    its clause, within ``RANK_REACH`` tokens («المرتبة الأولى في العالم في إعدام المراهقين»)."""
    if hit.pos != "N":
        return False
    inside = False
    for t in range(hit.i - 1, max(sent_start, hit.i - RANK_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        key = key_at(doc, t)
        if key == _IN:
            inside = True
        elif inside and past_conjunction(key) in fw_keys("rank_nouns") and t + 1 < hit.i \
                and key_at(doc, t + 1) in fw_keys("rank_ordinals"):
            return True
    return False


def held_control(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger of ``STATE_ENTRIES`` with a possessive pronoun on it, right after «أن/إن/بأن/مع»
    (``held_openers``): «لافتا إلى أن سيطرته على العاصمة توفر له الميزة» (not «بعد سيطرتها على المدينة»)."""
    if hit.pos != "N" or hit.entry.id not in STATE_ENTRIES:
        return False
    if "ف" in hit.cand.proclitics and (hit.i == sent_start or clause_stop(doc.tokens[hit.i - 1].text)):
        return True  # round tp404: «، فسيطرة الميليشيات على العاصمة ... قد عطل»
    if hit.i - 1 < sent_start:
        return False
    if key_at(doc, hit.i - 1).removeprefix("و") in fw_keys("cause_words"):
        return True  # round tp404: «نتيجة سيطرة الميليشيات على الطريق», «نتيجة لسيطرة القاعدة عليه»
    tok = doc.tokens[hit.i]
    owned = enclitic(tok) != "" or tok.text.endswith(("ته", "تها", "تهم", "تهما"))
    if owned and hit.j + 1 < len(doc.tokens) and clause_stop(doc.tokens[hit.j + 1].text):
        return True  # round tp404: «سلطة «القاعدة» وسيطرتها،»: a hold over no place named
    return owned and key_at(doc, hit.i - 1) in fw_keys("held_openers")


def starting_from(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «بدءا من»/«ابتداء من» (``starting_words``): the act a span runs from."""
    return hit.pos == "N" and hit.i - 2 >= sent_start and key_at(doc, hit.i - 1) == _FROM \
        and key_at(doc, hit.i - 2) in fw_keys("starting_words")


def past_occasion(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """«في» + an occasion noun (``past_occasion_nouns``) + up to ``OCCASION_ADJECTIVES`` words + a word of a former
    one (``past_occasion_adjectives``) within ``OCCASION_REACH`` tokens after the trigger, in its clause."""
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + OCCASION_REACH)):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if past_conjunction(key) != _IN or t + 1 >= sent_end or key_at(doc, t + 1) not in fw_keys("past_occasion_nouns"):
            continue
        for u in range(t + 2, min(sent_end, t + 3 + OCCASION_ADJECTIVES)):
            if clause_stop(doc.tokens[u].text):
                break
            if key_at(doc, u) in fw_keys("past_occasion_adjectives"):
                return True
    return False


def range_start(doc: Doc, ts: TimeSpan) -> bool:
    """Whether the time ``ts`` opens a range: «بين» within ``RANGE_GAP`` tokens before it, «حتى/إلى/و»
    (``range_ends``) within ``RANGE_GAP`` tokens after it and a second time of another month right after that («بين
    فاتح يناير حتى 15 يوليو»; not «بين 12 و13 أغسطس», a meeting of two days)."""
    k, last = doc.token_at(ts.start), doc.token_at(ts.end - 1)
    if k is None or last is None or not any(key_at(doc, t) == _BETWEEN for t in range(max(0, k - RANGE_GAP), k)):
        return False
    for u in range(last + 1, min(len(doc.tokens) - 1, last + 1 + RANGE_GAP)):
        if key_at(doc, u) in fw_keys("range_ends"):
            nxt = doc.tokens[u + 1].start
            return any(ts2.start in (doc.tokens[u].start + 1, nxt) and (ts2.value or "")[:7] != (ts.value or "")[:7]
                       for ts2 in doc.times)
    return False


def in_range(doc: Doc, ts: TimeSpan) -> bool:
    """Whether the time ``ts`` opens a range (``range_start``) or closes one: right after the «حتى/إلى/و» that
    follows a range's first time («بين فاتح يناير حتى 15 يوليو»: both times)."""
    if range_start(doc, ts):
        return True
    k = doc.token_at(ts.start)
    if k is None or k == 0:
        return False
    if key_at(doc, k - 1) not in fw_keys("range_ends") and doc.tokens[k].start == ts.start:
        return False  # («و15 يوليو»: the time inside the token after the «و»)
    lo = doc.tokens[max(0, k - 1 - RANGE_GAP)].start
    return any(lo <= other.end <= ts.start and other is not ts and range_start(doc, other) for other in doc.times)


def ranged(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A noun trigger, then in its clause within ``RANGE_REACH`` tokens «بين» and a time opening a range
    (``range_start``): «تنفيذ 246 حكم إعدام بين فاتح يناير حتى 15 يوليو»."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + RANGE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) == _BETWEEN:
            lo, hi = doc.tokens[t].end, doc.tokens[min(sent_end - 1, t + RANGE_GAP)].end
            return any(lo <= ts.start <= hi and range_start(doc, ts) for ts in doc.times)
    return False


def tallied(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «حالة/حالات» (``case_nouns``) with a number before them («448 حالة إعدام»)."""
    if hit.pos != "N" or hit.i - 2 < sent_start or key_at(doc, hit.i - 1) not in fw_keys("case_nouns"):
        return False
    num = doc.tokens[hit.i - 2].text
    return num.isdigit() or any(n.start <= doc.tokens[hit.i - 2].start < n.end for n in doc.numbers)


def stopped(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after a masdar of stopping (``stop_masdars``): the act that went on until then."""
    return hit.pos == "N" and hit.i - 1 >= sent_start and key_at(doc, hit.i - 1) in fw_keys("stop_masdars")


def standing_undated(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Any rule of this module but ``ranged`` (read before any time: the range's times are not the act's),
    ``when.pluperfect_described``, round ev881's ``precedents.precedent``, or round 253's ``going_on.conducted_now``
    and ``going_on.conceded``: the trigger takes no date."""
    return pluperfect_described(doc, hit, sent_start) or ranked(doc, hit, sent_start) \
        or held_control(doc, hit, sent_start) or starting_from(doc, hit, sent_start) \
        or past_occasion(doc, hit, sent_end) or tallied(doc, hit, sent_start) \
        or stopped(doc, hit, sent_start) or still_doing(doc, hit, sent_start) or pluperfect_noun(doc, hit, sent_start) \
        or failed_before(doc, hit, sent_start) or conducted_now(doc, hit, sent_end) or conceded(doc, hit, sent_start) \
        or judged_by_group(doc, hit, sent_start) or precedent(doc, hit, sent_start, sent_end)


def judged_by_group(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after a plural of critics or supporters (``opinion_group_heads``, with a clitic «لـ/بـ/و»
    or not): «منتقدي زيارة فابيوس»."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    key = key_at(doc, hit.i - 1)
    heads = fw_keys("opinion_group_heads")
    return key in heads or key[:1] in ("ل", "ب", "و") and key[1:] in heads


def still_doing(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«لا يزال/ما زال» (``still_negations`` + ``still_verbs``) right before the trigger, or before the one word (its
    present verb: «لا يزال يجري لقاءاته») before it."""
    for t in (hit.i - 1, hit.i - 2):
        if t - 1 < sent_start or clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) in fw_keys("still_verbs") and key_at(doc, t - 1) in fw_keys("still_negations"):
            return True
    return False


def failed_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«بعد فشل» (``after_openers`` + ``failure_masdars``) right before a noun trigger."""
    return hit.pos == "N" and hit.i - 2 >= sent_start and key_at(doc, hit.i - 1) in fw_keys("failure_masdars") \
        and key_at(doc, hit.i - 2) in fw_keys("after_openers")

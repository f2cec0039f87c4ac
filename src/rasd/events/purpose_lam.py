"""Round 245: two constructions of acts still to come that the modality cues missed.

- a masdar in «لـ» of purpose (``PURPOSE_CODES``: talks, aid, an inquiry, an act of force) that says what an act
  or a body is for, with no event verb before it in its clause to govern it (:func:`.complements.governing` reads
  those): «هيئة مفوضة من قبل كابل لبحث السلام مع الحركة», «حشدت قواتها للسيطرة على مطار عدن», «تواصل القوات
  تقدمها للسيطرة على المدينة» - the aim, planned, no act done. «لـ» is no purpose after a word that takes its
  object with «لـ» (function words ``lam_object_heads``: «تعرضت لقصف», «نتيجة للاشتباك», «وفقا لتصريحات»,
  «استنكارها للهجوم», «عمليات عدة لاستهداف»; and ``undergoing_verbs``, ``cause_words``) - a thing done; nor is
  a plural noun in «لـ» («لهجمات», «لاجتماعات») or one a number follows («لهجمات 11 سبتمبر»): no masdar; nor a
  visit after a past verb of going (``trip_verbs``: «وانتقل المسؤولون معه لزيارة الجرحى»), told as done (round 39);
  nor any such masdar after a past verb of moving to act (round 245b, ``moving_verbs``: «تحركت إسرائيل لمهاجمة
  عناصر», «سارعت الدول لتقديم المساعدات»), told as done;
- round tp404 (:func:`forced_goal`): any noun act told as what someone is to be made to do, after «لـ» + a masdar of
  forcing or persuading (``forced_stems``, ``persuade_words``) a few words before it in its clause: «لإجبار النظام
  على العودة إلى طاولة المفاوضات», «لإقناع الحركة بالمشاركة في المحادثات» - the goal, no act done;
- round 252: no purpose either is the talks masdar of a meeting that was held («عقدت اجتماعا لبحث استراتيجية
  الحزب», «بعد انتهاء اجتماع مع نظرائه لمناقشة الاتفاق»): a meeting noun (``topic_meeting_nouns``) before it in its
  clause, opened by a past verb that held it or a word of its course or end (``meeting_held_openers``), with no
  future before - the topic talked over at the meeting, done with it;
- a noun act after a future verb with only its day and date between («فيما سيعقد يوم الخميس 28 / 10 لقاء عام»,
  «ستجري الأحد المقبل انتخابات»): the future verb holds it, as it does one right after it.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .modality_links import future_verb
from .purpose_chain import purpose_conjunct
from .word_tests import clause_stop

PURPOSE_CODES = ("04", "07", "09", "19")  # talks and visits, aid, an inquiry, conventional force
FORCE_MASDARS = frozenset(("seize", "target", "attack_masdar", "expel_forces"))  # «للسيطرة على», «لاستهداف», «لطرد»
IMPERFECT = frozenset(("ي", "ت", "ن", "ا"))  # «ليصل», «لتستهدف»: «لـ» + a present verb, no masdar
VISIT = "042"  # a visit
TRIP_BACK = 8  # words before a visit masdar read for the verb of going whose aim it is
HEAD_BACK = 2  # words before the masdar read for the word that takes it as its object
GOAL_BACK = 7  # words before a noun act read for its «لـ» masdar of forcing («لإجبار النظام على العودة إلى»)
DATE_REACH = 10  # tokens of a day and a date between a future verb and its noun act
MEETING_BACK = 8  # words before a talks masdar read for the meeting whose topic it is
OPENER_BACK = 2  # words before the meeting noun read for the verb that held it or the word of its course
FUTURE_BACK = 6  # words before the meeting noun read for a future that would make it a plan
DATE_MARKS = frozenset(("/", "-", "هـ", "ه", "م", "يوم", "،", ","))


def lam_purpose(doc: Doc, hit: Hit) -> bool:
    """Whether the noun trigger ``hit`` is a masdar of purpose in «لـ» (see the module)."""
    if forced_goal(doc, hit) or purpose_conjunct(doc, hit):
        return True  # mend546: «لدخول المكلا، وتخليصها ...، وطرد جميع المتطرفين منها»: a conjunct aim
    talks = hit.pos == "V" and hit.cand.proclitics[-1:] == ("ل",) \
        and (hit.entry.code.startswith("04") or hit.entry.id in FORCE_MASDARS) \
        and doc.tokens[hit.i].norm_key.lstrip("وف")[1:2] not in IMPERFECT  # «لبحث», not «ليصل» (a verb)
    if not (talks or hit.pos == "N" and "ل" in hit.cand.proclitics) or not hit.entry.code.startswith(PURPOSE_CODES):
        return False
    if hit.entry.code.startswith("19") and hit.entry.id not in FORCE_MASDARS:
        return False  # «تخضع لحصار», «تعرضت ...، لإطلاق صواريخ», «استنكار الجامعة للقصف»: an act undergone
    # (ev352: the trigger's own first word is read, not the last of a two-word one: «لتقديم المساعدات» is a masdar)
    if hit.i == 0 or hit.j + 1 >= len(doc.tokens) or doc.tokens[hit.i].norm_key.endswith("ات") \
            or doc.tokens[hit.j + 1].norm_key.isdigit():
        return False  # «بيان ختامي لاجتماعات», «الذكرى 13 لهجمات 11 أيلول»: a plural or a named act, no masdar
    if hit.entry.code.startswith(VISIT) and _after_trip(doc, hit, "trip_verbs"):
        return False  # round 39: «وانتقل المسؤولون معه لزيارة الجرحى»: a trip's aim carried out, told as fact
    if topic_meeting(doc, hit) >= 0:
        return False  # round 252: «عقدت اجتماعا لبحث استراتيجية الحزب»: the topic of a meeting held
    if _after_trip(doc, hit, "moving_verbs"):
        return False  # round 245b: «تحركت إسرائيل لمهاجمة عناصر»: a past move to act, its act told as done
    for t in range(max(0, hit.i - HEAD_BACK), hit.i):  # («شهدت عمليات عدة لاستهداف»: past a word of number)
        key = doc.tokens[t].norm_key
        for k in (key, key.removeprefix("و").removeprefix("ف")):
            if k in fw_keys("lam_object_heads") or k in fw_keys("undergoing_verbs") or k in fw_keys("cause_words"):
                return False
    return True


def forced_goal(doc: Doc, hit: Hit) -> bool:
    """Round tp404: a noun act within ``GOAL_BACK`` words after «لـ» + a masdar of forcing or persuading, in its clause
    («لإجبار النظام على العودة إلى طاولة المفاوضات»): what someone is to be made to do (see the module)."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(0, hit.i - GOAL_BACK) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        key = tok.norm_key.removeprefix("و")
        if key[:1] == "ل" and (key[1:] in fw_keys("persuade_words")
                               or any(key[1:].startswith(s) for s in fw_keys("forced_stems"))):
            return True
    return False


def _after_trip(doc: Doc, hit: Hit, words: str) -> bool:
    """A past verb of going or moving (function words ``words``: ``trip_verbs``, ``moving_verbs``) within
    ``TRIP_BACK`` words before ``hit`` in its clause."""
    for t in range(hit.i - 1, max(-1, hit.i - 1 - TRIP_BACK), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و").removeprefix("ف") in fw_keys(words):
            return True
    return False


def topic_meeting(doc: Doc, hit: Hit) -> int:
    """The token of the held meeting whose topic the talks masdar in «لـ» ``hit`` is (see the module: a meeting
    noun of ``topic_meeting_nouns`` within ``MEETING_BACK`` words before it in its clause, with a past verb that
    held it or a word of its course or end, ``meeting_held_openers``, right before it and no future before that);
    -1 where none. The masdar is done with the meeting, on its day."""
    if not hit.entry.code.startswith("04") or "ل" not in hit.cand.proclitics:
        return -1
    for t in range(hit.i - 1, max(-1, hit.i - 1 - MEETING_BACK), -1):
        if clause_stop(doc.tokens[t].text):
            return -1
        if doc.tokens[t].norm_key.removeprefix("و").removeprefix("ف") in fw_keys("topic_meeting_nouns"):
            return t if _opened(doc, t) else -1
    return -1


def _opened(doc: Doc, m: int) -> bool:
    """Whether the meeting noun at ``m`` is held: an opener of ``meeting_held_openers`` within ``OPENER_BACK``
    words before it, and no future within ``FUTURE_BACK``."""
    held = False
    for t in range(m - 1, max(-1, m - 1 - FUTURE_BACK), -1):
        key = doc.tokens[t].norm_key
        if key.removeprefix("و") in fw_keys("future") or future_verb(key):
            return False
        if m - t <= OPENER_BACK and key.removeprefix("و").removeprefix("ف") in fw_keys("meeting_held_openers"):
            held = True
    return held


def _date_word(key: str) -> bool:
    return key in DATE_MARKS or key.isdigit() or key in fw_keys("weekday_words") \
        or key in fw_keys("time_only_adjectives") or key in fw_keys("later_today")


def future_over_date(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether a future verb governs the noun trigger ``hit`` over its day and date only (see the module)."""
    if hit.pos != "N":
        return False
    t = hit.i - 1
    seen = 0
    while t >= sent_start and hit.i - t <= DATE_REACH:
        key = doc.tokens[t].norm_key
        if not _date_word(key):
            return seen > 0 and future_verb(key)
        seen += 1
        t -= 1
    return False


__all__ = ["future_over_date", "lam_purpose", "topic_meeting"]

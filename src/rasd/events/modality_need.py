"""Round 170: two cues of modality read by ``modality.modality``.

- «وأكد أنه سيناقش سبل ضمان الأمن خلال محادثات الدوحة»: a noun act after «خلال/أثناء» (``during_words``) whose
  clause's verb, within ``FUTURE_REACH`` keys before it, is a future in «سـ»: the occasion is still to come
  (planned; :func:`during_future`);
- «تأمين المبالغ يحتاج اجتماعات طويلة»: a noun act that a verb of need or requirement (``need_verbs``) takes as
  its object right after it is what something would take, none held (hypothetical; :func:`required`). (With
  «إلى/لـ», «تحتاج لمحادثات», it is no event at all: events.nonevents.)
- round 208: «أنه مستعد للقاء الرئيس», «على استعداد لعقد محادثات», «مستعدة أن تلتقي»: an act someone is ready for,
  a readiness word (``ready_words``) right before it (a noun in «لـ», or a verb after «أن»), is one that may come
  (hypothetical; :func:`ready_for`); a preparation for a set date («استعدادا للقمة») is another word, no readiness.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit
from .modality_links import future_verb
from .word_tests import named_token

FUTURE_REACH = 7  # keys from the «سـ» verb to «خلال» (its object between: «سيناقش سبل ضمان مستقبل أمن المنطقة»)
IN_REACH = 4  # keys from the «سـ» verb to a bare «في» (its object between: «سيرافق الرئيس هولاند في»)


def ready_for(hit: Hit, before: list[str]) -> bool:
    """An act right after a readiness word (see the module): a noun in «لـ», or a verb after «أن»."""
    if not before:
        return False
    prev = before[-1].lstrip("وف")
    if hit.pos == "N" and "ل" in hit.cand.proclitics and prev in fw_keys("ready_words"):
        return True
    return hit.pos == "V" and len(before) > 1 and prev in ("ان", "بان") \
        and before[-2].lstrip("وف") in fw_keys("ready_words")


def during_future(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after «خلال/أثناء» with a «سـ» verb within ``FUTURE_REACH`` keys before it in its clause
    (``before`` stops at a clause's edge and a relative), no complementizer between and no name read as the verb
    («ستيفن»): planned. Round 302: or right after a bare «في» with the verb within ``IN_REACH`` keys («سيرافق
    الرئيس هولاند في زيارته», «ستستخدم مقاتلات تورنادو في شن الضربات»), and a defective verb in «ـي» is a verb
    too («سيلتقي خلال زيارته»: ``modality_links.future_verb``, the one test of a «سـ» verb)."""
    if not before:
        return False
    if before[-1] == "في":  # (a verb right after «في» is a masdar read as a verb: «في شن الضربات»)
        reach = IN_REACH
    elif hit.pos == "N" and before[-1].lstrip("وف") in fw_keys("during_words"):
        reach = FUTURE_REACH
    else:
        return False
    for back, key in enumerate(reversed(before[-reach - 1 : -1]), start=2):
        if key in fw_keys("complementizers"):
            return False
        if future_verb(key) and not named_token(doc, hit.i - back):
            return True
    return False


TALK_CODES = ("04",)  # meetings, talks, visits: what a «سـ» verb right before can only hold as still to come


def future_held(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round ev312: «المناقشات التي سيتناولها اللقاء الثلاثي في الدوحة», «وسيبحث الاجتماع الوزاري الأزمة»: a noun
    of talks, a meeting or a visit (``TALK_CODES``) right after a «سـ» verb (:func:`modality_links.future_verb`,
    not a name: «سيرغي») is its subject or object, still to come (planned); not an act of force («سيبحث الهجوم
    الأخير»: a topic, the attack was real) nor a noun after a past verb («وبحث الاجتماع الوزاري الأزمة»)."""
    if hit.pos != "N" or not hit.entry.code.startswith(TALK_CODES) or not before or hit.i < 1:
        return False
    return future_verb(before[-1]) and not named_token(doc, hit.i - 1)


def required(hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after a verb of need («يحتاج», «تتطلب», «يستدعي»): hypothetical."""
    return hit.pos == "N" and bool(before) and before[-1].lstrip("وف") in fw_keys("need_verbs") \
        and not hit.cand.proclitics


def any_act(hit: Hit, before: list[str], prev: str) -> str | None:
    """Round 182: a noun act right after «أي» is one that may come («من أي اعتداءات قد تطال»): hypothetical; after a
    negation or «دون», none at all («لم يسجل أي هجوم»): negated; None otherwise, and after a past verb of repelling
    (function words ``repelled_past_verbs``: «وصد الجيش أي هجوم», round 76), where the attacks came and were repelled.
    Round ev362: so is the act joined to such a noun by «أو/و» («أي حوارات أو محادثات تتم»: ``_any_conjunct``)."""
    if hit.pos != "N" or prev not in fw("any_words") and not _any_conjunct(hit, before, prev):
        return None
    for at in range(max(0, len(before) - 4), len(before) - 1):
        if before[at].lstrip("وف") in fw_keys("repelled_past_verbs") and (at == 0 or before[at - 1] not in fw("prepositions")):
            return None  # (a verb; «في صد أي هجوم» is the masdar of a purpose: the attack may come)
    back = 4 if prev in fw("any_words") else 6  # (past the first noun and its «أو»: «لم يسجل أي هجوم أو اشتباك»)
    if any(k.lstrip("وف") in fw("negations") or k.lstrip("وف") in ("دون", "بدون", "عدم") for k in before[-back:-1]):
        return "negated"
    return "hypothetical"


def _any_conjunct(hit: Hit, before: list[str], prev: str) -> bool:
    """«أي حوارات أو محادثات», «أي اعتداءات وهجمات»: the trigger joined by «أو» (or its own «و») to the one
    indefinite noun right after «أي» (``any_words``)."""
    if prev in ("او", "ام"):
        return len(before) > 2 and before[-3] in fw("any_words") and not before[-2].startswith("ال")
    return "و" in hit.cand.proclitics and len(before) > 1 and before[-2] in fw("any_words") \
        and not prev.startswith("ال")

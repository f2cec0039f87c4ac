"""Round 225: acts told as a backdrop, as what a text enables, as a recurring state, or with another act's day.

* ``enabled_act``: a noun trigger after a present verb of enabling (``enabling_verbs``: «تتيح», «يسمح») in its
  clause, not right after it (that is its subject, ``spans_told.effect_subject``): «البنود تتيح للدول إعادة فرض
  العقوبات»: what the terms let one do, hypothetical (not an act in «بـ/لـ»: «تسمح للطائرات بالانطلاق لمهاجمة»).
* ``recurring_clause``: a noun trigger after a verb of recurrence (``recurrence_verbs``: «يتكرر», «تتكرر») in its
  clause: «وتتكرر الهجمات مع إعلان ...»: a state told again and again, of no one day; so too one right after a noun
  of recurrence (``recurrence_nouns``: «تكرار الاجتماعات»).
* ``began_with``: «لخطة أميركية بدأت بقصف التنظيم»: a masdar in «بـ» right after «بدأ/بدأت» (``plan_start_verbs``)
  which follows an indefinite noun or adjective (a relative clause with no «التي»): the act a plan began with.
* ``known_before``: «علما بأن الرئيس قد دعا»: a perfect verb trigger after «قد» with «علما» (``recalled_openers``)
  before it in its clause: a fact recalled, not the article's news.
* ``era_act``: «في فترة إعلان الانفصال»: a noun trigger right after a noun of a period (``era_nouns``).
* ``outcome_of``: «استمع إلى نتائج زيارة الوزير ... واجتماعه»: a noun trigger after «نتائج» (``outcome_heads``) in
  its sentence, no complementizer, relative or new verb between, nor a comma that another clause follows: the act
  whose results are told, before them.
* ``loose_passing``: «رغم مرور أكثر من عامين على إعلان تشكيلها»: a noun trigger right after the «على» of «مرور» + a
  span told loosely (``vague_span_units``; an exact one is dated by ``anniversary_acts.passing_value``): years before.
* ``days_ago``: «أعلن قبل أيام»: «قبل» + a span with no number (``vague_span_units``) near the trigger in its
  clause, or after a comma closing a fronted phrase that holds it («وفي تصريح لـ...، أعلن قبل أيام»).
* ``unagreed``: «لم يتم الاتفاق على عقد اجتماع»: a noun trigger after «على/إلى» of an undecided agreement («لم/لا
  يتم» + ``undecided_heads``): not fixed, hypothetical.
* ``simultaneous_with``: «تزامن الاشتباكات مع غارات»: a noun trigger right after «مع» whose word before is the act
  noun after a word of simultaneity: the index of that act noun, which dates it.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop, has_letters, past_conjunction, verb_between

ENABLE_REACH = 12  # tokens from the verb of enabling to the act it enables
RECUR_REACH = 12  # tokens from the verb of recurrence to the act
RECALL_REACH = 10  # tokens from «علما» to the verb after «قد»
OUTCOME_REACH = 30  # tokens from «نتائج» to the act


def _clause_back(doc: Doc, hit: Hit, sent_start: int, reach: int, words: str) -> int | None:
    """The nearest token before the trigger in its clause, within ``reach``, whose key is in list ``words``."""
    for t in range(hit.i - 1, max(sent_start, hit.i - reach) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return None
        if past_conjunction(doc.tokens[t].norm_key) in fw_keys(words):
            return t
    return None


def enabled_act(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger two or more tokens after a present verb of enabling in its clause."""
    if hit.pos != "N" or "ب" in hit.cand.proclitics or "ل" in hit.cand.proclitics:
        return False  # («تسمح للطائرات بالانطلاق لمهاجمة»: an arrangement carried out, not a term)
    verb = _clause_back(doc, hit, sent_start, ENABLE_REACH, "enabling_verbs")
    return verb is not None and verb < hit.i - 1 and not verb_between(doc, verb + 1, hit.i)


def recurring_clause(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after a verb of recurrence in its clause, no other verb between."""
    if hit.pos != "N":
        return False
    if hit.i > sent_start and doc.tokens[hit.i - 1].norm_key.removeprefix("و") in fw_keys("recurrence_nouns"):
        return True  # «ويدل تكرار الاجتماعات», «لمنع تكرار الهجوم»: acts again and again, or a repeat to come
    verb = _clause_back(doc, hit, sent_start, RECUR_REACH, "recurrence_verbs")
    return verb is not None and not verb_between(doc, verb + 1, hit.i)


def began_with(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A masdar in «بـ» right after «بدأ/بدأت» that follows an indefinite word (no article, no conjunction)."""
    if hit.pos != "N" or hit.i - 2 < sent_start or not doc.tokens[hit.i].norm_key.startswith("ب"):
        return False
    if doc.tokens[hit.i - 1].norm_key not in fw_keys("plan_start_verbs"):
        return False
    head = doc.tokens[hit.i - 2]
    key = head.norm_key
    return not clause_stop(head.text) and len(key) > 3 and not key.startswith(("ال", "و", "ف")) \
        and key not in fw_keys("relatives") and has_letters(key) and not head.text[:1].isdigit() \
        and not any(m.start < head.end and head.start < m.end for m in doc.mentions)


def known_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A verb trigger right after «قد» with «علما» before it in its clause."""
    if hit.pos != "V" or hit.i - 1 <= sent_start or doc.tokens[hit.i - 1].norm_key != "قد":
        return False
    return _clause_back(doc, hit, sent_start, RECALL_REACH, "recalled_openers") is not None


def era_act(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after a noun of a period («فترة», «حقبة»)."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    return doc.tokens[hit.i - 1].norm_key.removeprefix("ال") in fw_keys("era_nouns")


def outcome_of(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after «نتائج» in its sentence, no complementizer, relative, end punctuation or new verb between."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - OUTCOME_REACH) - 1, -1):
        text = doc.tokens[t].text
        key = nkey(text)
        if text in (".", ":", "؛", ";", "«", "»") or key in fw_keys("complementizers") or key in fw_keys("relatives"):
            return False
        if clause_stop(text) and t + 1 != hit.i and not _phrase_goes_on(doc.tokens[t + 1].norm_key):
            return False  # «، وأثنى على», «، حيث»: another clause
        if key.removeprefix("ال") in fw_keys("outcome_heads") or key.removeprefix("و") in fw_keys("outcome_heads"):
            return not verb_between(doc, t + 1, hit.i)
    return False


PASSING_REACH = 6  # tokens from «مرور» to the act after «على»
AGO_AFTER = 8  # tokens after the trigger to «قبل أيام»
AGO_BEFORE = 3  # tokens before the trigger to «قبل أيام»


def loose_passing(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger right after «على» with «مرور» and a span unit before it in its clause."""
    if hit.pos != "N" or hit.i - 3 < sent_start or doc.tokens[hit.i - 1].norm_key not in ("علي", "على"):
        return False
    unit = False
    for t in range(hit.i - 2, max(sent_start, hit.i - 1 - PASSING_REACH) - 1, -1):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            return False
        unit = unit or key in fw_keys("vague_span_units")
        if key in fw_keys("anniversary_passing"):
            return unit
    return False


def _ago_at(doc: Doc, t: int, end: int) -> bool:
    """«قبل» + a span with no number at token ``t`` («قبل أيام», «قبل بضعة أشهر»); round tm419: or «اليوم» + a word
    of the next day (``next_day_words``: «في اليوم التالي»), the day after another act told, not the article's."""
    if doc.tokens[t].norm_key == "اليوم":
        return t + 1 < end and doc.tokens[t + 1].norm_key in fw_keys("next_day_words")
    if doc.tokens[t].norm_key != "قبل":
        return False
    for u in range(t + 1, min(end, t + 3)):
        key = doc.tokens[u].norm_key
        if key in fw_keys("vague_span_units"):
            return True
        if key not in ("بضعه", "بضعة", "عده", "عدة", "بضع"):
            return False
    return False


def days_ago(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """«قبل أيام» near a perfect verb or a noun trigger in its clause (one comma after a fronted phrase crossed)."""
    commas = 0
    front = hit.pos == "N" and _fronted(doc, hit, sent_start)
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + AGO_AFTER)):
        text = doc.tokens[t].text
        key = nkey(text)
        if text in ("«", "»") and front and commas == 0:
            continue  # «وفي تصريح لوكالة «إيسنا»، أعلن»: a name in the fronted phrase
        if text in (".", ":", "؛", ";", "«", "»") or key in fw_keys("complementizers") or key in fw_keys("relatives"):
            break
        if clause_stop(text):
            commas += 1
            if commas > 1 or not front:
                break
            continue
        if _ago_at(doc, t, sent_end):
            return True
    for t in range(hit.i - 1, max(sent_start, hit.i - AGO_BEFORE) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if _ago_at(doc, t, hit.i):
            return True
    return False


def _fronted(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The trigger in a phrase fronted at its sentence's start («وفي تصريح», «في بيان»)."""
    return hit.i - sent_start <= 1 or (hit.i - sent_start == 2 and doc.tokens[sent_start].norm_key in ("وفي", "في"))


UNAGREED_REACH = 3  # tokens from «على/إلى» to the act agreed on («على عقد اجتماع»)


def unagreed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after «لم يتم الاتفاق على» («لا يتم», «لم تتم», «ولم يتم التوصل إلى»)."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start + 2, hit.i - UNAGREED_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key not in ("علي", "الي"):
            continue
        head = doc.tokens[t - 1].norm_key.removeprefix("ال")
        k = t - 2
        if head in fw_keys("undecided_heads") and k > sent_start and doc.tokens[k].norm_key == "بعد":
            k -= 1  # «لم يتم بعد الاتفاق على»
        if head not in fw_keys("undecided_heads") or k <= sent_start:
            return False
        done = doc.tokens[k].norm_key
        return done in ("يتم", "تتم") and doc.tokens[k - 1].norm_key.removeprefix("و") in fw_keys("negations")
    return False


def _phrase_goes_on(key: str) -> bool:
    """A word after a comma that goes on with the phrase before it: a «لـ/بـ» word or «إلى/في» («، لمصر»)."""
    return key[:1] in ("ل", "ب") or key in ("الي", "في")


def simultaneous_with(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The act noun before «مع» after a word of simultaneity («تزامن الاشتباكات مع غارات»), else None."""
    if hit.pos != "N" or hit.i - 3 < sent_start or doc.tokens[hit.i - 1].norm_key != "مع":
        return None
    act = hit.i - 2
    if not doc.tokens[act].norm_key.startswith("ال"):
        return None
    lead = past_conjunction(doc.tokens[act - 1].norm_key)
    return act if lead in fw_keys("simultaneity_words") else None

"""Round 71: what may be, must be or will be witnessed is no fact told. «قد تشهد المنطقة مواجهات»: «قد» before
a present verb in «ت» (the trigger's support within ``MAY_REACH`` keys) says it may happen (hypothetical, as
«قد يشن»); «إن على فنزويلا التفاوض», «يجب على الحكومة التحقيق»: a definite masdar after «على» and its one- or
two-word subject (definite or a name), at the head of a clause, is an act owed, not done (planned, as «ضرورة عقد لقاءات» is);
«ستشهد اجتماعا»: an event noun a place or a visit will witness (``witness_verbs`` in the future) is planned."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .word_tests import clause_stop
from .lexicon import Hit, past_keys

MAY_REACH = 6  # keys from «قد» + a present verb to the noun trigger it supports («قد تشهد المنطقة مواجهات», «قد تتسبب في قلاقل أو انتقادات»)
POSSIBLE_REACH = 6  # keys from a noun of possibility to the noun trigger it governs («احتمالية أكبر لارتباط (داعش) بهجمات»)
NOT_REACH = 4  # keys from «عدم» to the noun trigger of its genitive chain («عدم الإذن بفتح باب المفاوضات»)
OWED_SUBJECT = 2  # words of the subject between «على» and the masdar owed («على الولايات المتحدة التفاوض»)
UNABLE_REACH = 9  # keys from «عدم» + a noun of ability to the masdar it governs («عدم قدرتهم على النجاح في تنفيذ المخطط في سيطرة»)
ON_IN = frozenset(("على", "علي", "في"))  # the prepositions of the chain of an ability («على», «في»; keys fold «ى»)
EXCEPT_REACH = 4  # tokens after a negated verb trigger to its «سوى/إلا» («لم يعلن في المقابل سوى عن ثلاث غارات»)
WITNESS_REACH = 3  # keys from a future witness verb to its event noun («ستشهد الزيارة اجتماعا»)


def _present_t(key: str) -> bool:
    """«تشهد», «تتعرض»: a present verb in «ت» of four letters or more, not a feminine perfect («تحولت») nor «تم»."""
    return len(key) >= 4 and key[0] == "ت" and not key.endswith(("ت", "وا")) and not key.startswith("تم") \
        and key not in past_keys()  # («قد توجه أمس»: he had gone)


def may_happen(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """«قد» + a present verb in «ت» before the trigger: it may happen."""
    if hit.pos == "V":
        return bool(before) and before[-1].lstrip("وف") == "قد" and _present_t(doc.tokens[hit.i].norm_key)
    tail = before[-MAY_REACH - 1 :]
    return any(k.lstrip("وف") == "قد" and _present_t(tail[n + 1]) for n, k in enumerate(tail[:-1]))


def _subject(doc: Doc, t: int) -> bool:
    """Whether token ``t`` opens a subject: a definite noun («على الحكومة») or a name («على فنزويلا»)."""
    tok = doc.tokens[t]
    return tok.norm_key.startswith("ال") or any(m.start <= tok.start < m.end for e in doc.entities
                                                   for m in e.mentions)


def owed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A definite masdar trigger after «على» + its subject of one or two words, «على» opening a clause (after a
    complementizer, a word of obligation, a comma or the sentence's start)."""
    if hit.pos != "N" or not doc.tokens[hit.i].norm_key.removeprefix("و").startswith("ال"):
        return False
    for n in range(1, OWED_SUBJECT + 1):
        t = hit.i - n - 1
        if t < sent_start or doc.tokens[t].norm_key.removeprefix("و") != nkey("على"):
            continue
        if any(doc.tokens[u].text in ("،", ",", ".", ":") for u in range(t + 1, hit.i)) or not _subject(doc, t + 1):
            return False  # («على خلفية التفاوض», «وعلى أثر الهجوم»: a phrase of «على», no one owing)
        if t == sent_start:
            return True
        prev = doc.tokens[t - 1].text
        key = nkey(prev).removeprefix("و")
        return prev in ("،", ",", ":") or key in fw("complementizers") or key in fw("obligation_heads")
    return False


def will_witness(before: list[str]) -> bool:
    """A witness verb with «سـ» within ``WITNESS_REACH`` keys before a noun trigger: «ستشهد اجتماعا»."""
    return any(k.lstrip("وف")[:1] == "س" and k.lstrip("وف")[1:] in fw("witness_verbs")
               for k in before[-WITNESS_REACH:])


def possibility_noun(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round 107: a noun trigger within ``POSSIBLE_REACH`` keys after a noun of possibility (``possibility_nouns``:
    «هناك احتمالية أكبر لارتباط التنظيم بهجمات», «إمكانية شن هجوم»), in its clause: what may be (hypothetical)."""
    return hit.pos == "N" and any(k.lstrip("وف") in fw("possibility_nouns") for k in before[-POSSIBLE_REACH:]) \
        or exposed_to(doc, hit, before)


def exposed_to(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round 252: an indefinite noun trigger in «لـ» right after a word of exposure (``exposed_words``: «ويكون بذلك
    عرضة لهجمات مباغتة», «معرضة لغارات»): what may befall them (hypothetical); not «المعرضين للغارات التركية»,
    the strikes named with the article, which are."""
    return hit.pos == "N" and len(before) > 0 and before[-1].lstrip("و") in fw("exposed_words") \
        and doc.tokens[hit.i].norm_key.startswith("ل") and not doc.tokens[hit.i].norm_key.startswith("لل")


def not_done_chain(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round 107: a noun trigger at the end of the genitive chain of «عدم» («عدم الإذن بفتح باب المفاوضات»), within
    ``NOT_REACH`` keys, with no preposition standing alone («عدم تورطه في الهجوم»: the attack was), no «لـ» of
    purpose and no «و» of another conjunct between: not done (negated)."""
    if hit.pos != "N" or doc.tokens[hit.i].norm_key[:1] == "و":
        return False  # («عدم شك واتهامات»: a conjunct of the negated noun, not in its chain)
    if unable_chain(before):
        return True
    tail = before[-NOT_REACH:]
    for n in range(len(tail) - 1, -1, -1):
        if tail[n] == "عدم":
            between = tail[n + 1 :]
            return not any(k in fw("prepositions") or k in fw("noun_only_prepositions") or k[:1] in ("و", "ل")
                           for k in between)  # (nor a purpose «لـ»: «عدم دعوة الإعلاميين لتغطية الاجتماعات»)
    return False


def unable_chain(before: list[str]) -> bool:
    """Round 252: a noun trigger right after «على» or «في», in the chain of «عدم» + a noun of ability (function words
    ``inability_nouns``) within ``UNABLE_REACH`` keys («عدم قدرتهم على السيطرة على المدينة», «عدم قدرتهم على النجاح في
    تنفيذ المخطط في سيطرة الحوثيين»), with no «و», «لـ» or other preposition between: an act they could not do
    (negated); not a noun in the genitive of the masdar they could not do («عدم قدرتهم على صد هجمات»: the attacks
    were)."""
    if not before or before[-1] not in ON_IN:
        return False
    tail = before[-UNABLE_REACH:]
    for n in range(len(tail) - 2, -1, -1):
        if tail[n] == "عدم" and tail[n + 1] in fw("inability_nouns"):
            return not any(k[:1] in ("و", "ل") or k in fw("prepositions") and k not in ON_IN
                           for k in tail[n + 2 :])
    return False


def excepted(doc: Doc, hit: Hit) -> bool:
    """Round 252: a verb trigger right after its negation with «سوى/إلا» (``exceptive_words``) within
    ``EXCEPT_REACH`` tokens after it in its clause («لم يعلن في المقابل سوى عن ثلاث غارات», «لم يعلن عنه إلا
    أمس»): only that was done, which was (not negated); not «إلا أن», however («لم يعلن ذلك إلا أن مصادر قالت»)."""
    if hit.pos != "V":
        return False
    toks = doc.tokens
    for t in range(hit.j + 1, min(len(toks) - 1, hit.j + 1 + EXCEPT_REACH)):
        if clause_stop(toks[t].text):
            return False
        if toks[t].norm_key in fw("exceptive_words"):
            return toks[t + 1].norm_key not in fw("complementizers")
    return False

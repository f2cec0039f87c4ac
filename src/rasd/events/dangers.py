"""Round 104 of real news: «يهدد» of a danger, not a threat. CAMEO's 13 THREATEN is a verbal act of an actor («هدد
الرئيس بفرض عقوبات»); a thing that endangers («الغزو الثقافي الذي يهدد إيران», «بؤرة للإرهاب تهدد الشعب») or a
danger feared makes none. The verb of threatening (a verb, not a noun) tells no event where

- it is the content of a belief or a fear: «أن/أنه/بأن» within ``BELIEF_BACK`` words before it in its clause, right
  after a verb or noun of believing or fearing (function words ``belief_words``: «تعتقد أنه سيهدد الدولة», «يخشى
  أن تهدد», «مخاوف من أن يهدد»): what someone expects to endanger them, no threat made;
- its subject is the thing a relative clause describes: a relative pronoun right before it (past «قد») whose
  antecedent, past up to ``ADJECTIVES`` definite adjectives, is an abstract doer (``abstract_doers``: «الغزو الثقافي
  الذي يهدد»); or a verb of becoming («بات», «أصبح»: ``becoming_verbs``) right before it whose subject, within
  ``DOER_BACK`` words before it in its clause, is one («إن صراع الهويات ... بات يهدد دولنا»);
- its subject is the relative «ما» with no «به» after the verb («وما هدد المملكة من مخاطر»): what endangered it;
- (round ev881) it opens a clause describing an indefinite abstract noun right before it, past one «لـ» complement
  or «من» + a noun («بؤرة للإرهاب تهدد الشعب», «حالة من الفوضى تهدد البلاد»), with no «و» on it, no object pronoun
  on it and no resumptive «بها/فيها» after it: the noun described is its subject (an actor's would need a pronoun
  back to the noun: «بؤرة تهددها الجماعات»).

An abstract doer (``abstract_doers`` or ``abstract_threats``) is read past a «و/ف/بـ/لـ» and the article
(:func:`doer_key`: «للغزو الثقافي الذي يهدد إيران»).

So too a present verb of affirming after the relative «ما» with no object pronoun, no resumptive «عليه/به» and no
named subject right after it («لكن ما يؤكد على مواصلة المملكة نهجها ... تلك الرسالة»): a thing that confirms, no statement.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from .forms import fw, fw_bare_keys, keys_of, nkey
from .lexicon import Hit
from .word_tests import clause_stop, key_at, past_conjunction

BELIEF_BACK = 4  # words before the verb read for «أن» (past its subject: «أن إيران ستهدد»)
ADJECTIVES = 2  # definite adjectives between an abstract doer and its relative pronoun («الغزو الثقافي الذي»)
DOER_BACK = 6  # words before a verb of becoming read for its abstract subject
THAT = frozenset(nkey(w) for w in ("أن", "أنه", "أنها", "أنهم", "بأن", "بأنه", "بأنها", "إن", "إنه"))
WITH = frozenset(nkey(w) for w in ("به", "بها", "بهم"))
RESUMPTIVES = frozenset(nkey(w) for w in ("عليه", "عليها", "عليهم", "به", "بها", "بهم", "له", "لها", "فيه", "فيها"))


def doer_key(doc: Doc, t: int) -> str:
    """Token ``t``'s key less a «و/ف/بـ/لـ» and an article («والأدلة» → «أدلة», «بفضيحة» → «فضيحة», «للغزو» → «غزو»)."""
    key = doc.tokens[t].norm_key
    if key[:1] in ("و", "ف", "ب") and len(key) > 3 and key[1:3] == "ال":
        key = key[1:]
    elif key[:2] == "لل" and len(key) > 3:
        key = "ال" + key[2:]  # («للغزو»: «لـ» + «الغزو», its alif dropped)
    key = key.removeprefix("ال")
    return key[1:] if key[:1] == "ب" and key[1:] in abstract_doer_keys() else key


@lru_cache(maxsize=1)
def abstract_doer_keys() -> frozenset[str]:
    """``abstract_doers`` less their article."""
    return frozenset(nkey(w).removeprefix("ال") for w in fw("abstract_doers"))


@lru_cache(maxsize=1)
def _danger_keys() -> frozenset[str]:
    """``abstract_doers`` and ``abstract_threats`` less their article: the things that endanger."""
    return abstract_doer_keys() | frozenset(nkey(w).removeprefix("ال") for w in fw("abstract_threats"))


def abstract_doer(doc: Doc, t: int) -> bool:
    """Whether token ``t``, past a «و/ف» (or a «بـ/لـ» before the article) and the article, is an abstract doer
    («والغزو» → «غزو», «للغزو» → «غزو»: ``abstract_doers``, ``abstract_threats``)."""
    keys = _danger_keys()
    return past_conjunction(key_at(doc, t)).removeprefix("ال") in keys or doer_key(doc, t) in keys


def _believed(doc: Doc, hit: Hit, a: int) -> bool:
    for t in range(hit.i - 1, max(a, hit.i - BELIEF_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") in THAT:
            k = t - 1
            if k >= a and doc.tokens[k].norm_key == nkey("من"):
                k -= 1  # «مخاوف من أن»
            return k >= a and not keys_of(doc.tokens[k]).isdisjoint(fw("belief_words"))
    return False


def _relative_thing(doc: Doc, hit: Hit, a: int) -> bool:
    t = hit.i - 1
    if t >= a and doc.tokens[t].norm_key == nkey("قد"):
        t -= 1
    if t <= a or doc.tokens[t].norm_key not in fw("relatives"):
        return False
    for k in range(t - 1, max(a, t - 1 - ADJECTIVES) - 1, -1):
        if abstract_doer(doc, k):
            return True
        if not doc.tokens[k].norm_key.startswith("ال"):
            return False
    return False


def _become_thing(doc: Doc, hit: Hit, a: int) -> bool:
    t = hit.i - 1
    if t < a or keys_of(doc.tokens[t]).isdisjoint(fw("becoming_verbs")):
        return False
    for k in range(t - 1, max(a, t - DOER_BACK) - 1, -1):
        if clause_stop(doc.tokens[k].text):
            return False
        if abstract_doer(doc, k):
            return True
    return False


def _described_thing(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«بؤرة للإرهاب تهدد الشعب»: a present verb (no «و», no object pronoun, no resumptive after it) right after an
    indefinite abstract noun, past one «لـ» complement or «من» + a noun (see the module)."""
    key = doc.tokens[hit.i].norm_key
    if not key.startswith(("ي", "ت")) or any(w.kind == "enclitic" for w in doc.tokens[hit.j].words):
        return False
    if hit.j + 1 < b and doc.tokens[hit.j + 1].norm_key in RESUMPTIVES:
        return False  # («أزمة تهدد بها إيران»: what Iran threatens with)
    heads = [hit.i - 1]
    if hit.i - 2 >= a and key_at(doc, hit.i - 1)[:1] == "ل":
        heads.append(hit.i - 2)  # «بؤرة للإرهاب»
    if hit.i - 3 >= a and key_at(doc, hit.i - 2) == nkey("من"):
        heads.append(hit.i - 3)  # «حالة من الفوضى»
    return any(not any(clause_stop(doc.tokens[k].text) for k in range(t, hit.i))
               and not past_conjunction(key_at(doc, t)).startswith(("ال", "لل", "بال")) and abstract_doer(doc, t)
               for t in heads)


def _after_ma(doc: Doc, hit: Hit, a: int) -> bool:
    return hit.i - 1 >= a and doc.tokens[hit.i - 1].norm_key.lstrip("وف") == nkey("ما")


def _what_endangered(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    if not _after_ma(doc, hit, a):
        return False
    return not any(doc.tokens[t].norm_key in WITH for t in range(hit.j + 1, min(b, hit.j + 3)))


def _what_confirms(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«لكن ما يؤكد على مواصلة المملكة نهجها ... تلك الرسالة»: the relative «ما» + a present verb of affirming with
    no object pronoun and no named subject right after it is a thing that confirms (``ma_relative``), no statement."""
    if not _after_ma(doc, hit, a) or any(w.kind == "enclitic" for w in doc.tokens[hit.i].words):
        return False
    key = doc.tokens[hit.i].norm_key.lstrip("وف")
    if not key.startswith(("ي", "ت")) or hit.j + 1 >= b or doc.tokens[hit.j + 1].norm_key in RESUMPTIVES:
        return False  # («هذا ما يؤكد عليه فلان»: what he stresses)
    return not any(m.start == doc.tokens[hit.j + 1].start for m in doc.mentions)


def endangered(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the verb of threatening ``hit`` (sentence tokens ``a``..``b``) tells a danger, no threat, or the verb of
    affirming a thing that confirms (see the module)."""
    if hit.entry.id == "affirm" and hit.pos == "V":
        return _what_confirms(doc, hit, a, b)
    if hit.entry.id != "threaten" or hit.pos != "V":
        return False
    return _believed(doc, hit, a) or _relative_thing(doc, hit, a) or _become_thing(doc, hit, a) \
        or _what_endangered(doc, hit, a, b) or _described_thing(doc, hit, a, b)


__all__ = ["abstract_doer", "abstract_doer_keys", "doer_key", "endangered"]

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
- its subject is the relative «ما» with no «به» after the verb («وما هدد المملكة من مخاطر»): what endangered it.

So too a present verb of affirming after the relative «ما» with no object pronoun, no resumptive «عليه/به» and no
named subject right after it («لكن ما يؤكد على مواصلة المملكة نهجها ... تلك الرسالة»): a thing that confirms, no statement.
"""

from __future__ import annotations

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


def abstract_doer(doc: Doc, t: int) -> bool:
    """Whether token ``t``, past a «و/ف» and the article, is an abstract doer («والغزو» → «غزو»: ``abstract_doers``)."""
    return past_conjunction(key_at(doc, t)).removeprefix("ال") in fw_bare_keys("abstract_doers")


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
        or _what_endangered(doc, hit, a, b)


__all__ = ["endangered"]

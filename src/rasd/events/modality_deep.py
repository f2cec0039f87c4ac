"""Round 142: the modality of a noun act that stands deep inside a clause of possibility, negation or aim (see
``modality.modality``).

- «قوانين يمكن أن تفضي إلى قمع المظاهرات»: a noun act within ``DEEP_REACH`` tokens after the present verb of the
  «أن» clause of a word of possibility, past a preposition (the act that verb leads to and its own object; not
  the verb's subject, «لا يمكن أن تستمر هذه المفاوضات»), or at the end of an indefinite chain («لا يمكن أن يكون
  موضع انتقادات») is what may be (hypothetical; after a negation of the
  possibility, negated).
- round 252: «يمكن للناس بحث هذه الضمانات», «بإمكان الجيش السيطرة على المدينة», «يستطيع الجيش السيطرة»: a masdar
  trigger that a word of possibility or ability (``possibility_words``, not «الممكن/المحتمل» of «من الممكن أن»)
  takes as its object, right after it or past its «لـ» phrase or its one- or two-word subject, is what may be
  (hypothetical; after a negation, «لا يمكن بحث», negated) (:func:`modal_masdar`).
- «لم يجعلوا مسألة تنظيم هجمات أولوية»: an indefinite noun act at the end of an indefinite genitive chain that is
  the object of a verb after «لم/لن» (one or two nouns between) is not done (negated).
- round 279: «إن المروحية لم تسقط نتيجة لإصابتها بنيران المعارضة»: a noun act in the cause phrase («نتيجة لـ», «بسبب»,
  «جراء»: ``cause_words``) of a verb after «لم/لن», its subject of at most ``CAUSE_SUBJECT`` words between, is the
  cause denied: not done (negated) (:func:`negated_cause`).
- «والهدف أن تظل البلاد بؤرة تهدد جيرانها»: an act in the «أن» clause of an aim noun (``aim_clause_heads``, «الهدف (من
  X) أن») is aimed at, not done (planned).
"""

from __future__ import annotations

from ..doc import Doc
from .aim_named import aim_named
from .forms import fw
from .lexicon import Hit
from .word_tests import clause_stop, key_at
from .word_tests import past_conjunction as _plain

DEEP_REACH = 4  # tokens from the present verb of a possible «أن» clause to the noun act («تفضي إلى قمع المظاهرات»)
CHAIN_REACH = 2  # indefinite nouns at most between a negated verb and the noun act ending its chain
MODAL_REACH = 3  # tokens from a word of possibility to the masdar it takes («يمكن للناس بحث», «بإمكان قوات الجيش السيطرة»)
MODAL_NOUNS = frozenset(("الممكن", "المحتمل"))  # («من الممكن أن»: read with its «أن» clause)
AIM_REACH = 3  # keys between an aim noun and its «أن» («الهدف من الهجوم أن»)
CAUSE_SUBJECT = 2  # words of a subject between a negated verb and its cause phrase («لم تسقط الطائرة نتيجة»)
_NOT_DONE = ("لم", "لن")
_STILL = ("يعد", "تعد", "يزل", "تزل", "يكد", "تكد", "يكن", "تكن", "يعودوا", "يكونوا")  # «لم يعد», «لم يزل»: no object


def _present(key: str) -> bool:
    return len(key) >= 3 and key[0] in ("ي", "ت", "ن") and not key.startswith("تم")


def deep_possible(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """:func:`_deep_possible`, else round ev561's :func:`.aim_named.aim_named` («خطة تقضي بـ ... بعد طرد»,
    «أهداف أولها السيطرة», «إلى حين طرد»: planned; «فرضيات أولاها طرد», «قد تشهد ... احتجاجات»: hypothetical)."""
    return _deep_possible(doc, hit, sent_start) or aim_named(doc, hit, sent_start)


def _deep_possible(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """«hypothetical» (or «negated» after «لا/لم» + the possibility word) for a noun trigger within ``DEEP_REACH``
    tokens after «possibility word + أن + present verb», no clause stop, complementizer or relative between; None
    otherwise."""
    if hit.pos != "N":
        return None
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - DEEP_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return None
        if not _present(_plain(key)) or t - 2 < sent_start or key_at(doc, t - 1) not in ("ان", "أن"):
            continue
        word = _plain(key_at(doc, t - 2))
        # (a preposition between: the act the verb leads to, not its subject: «أن تستمر هذه المفاوضات»)
        # or an indefinite chain on the verb, the act at its end («أن يكون موضع انتقادات»)
        between = [_plain(key_at(doc, u)) for u in range(t + 1, hit.i)]
        led = any(k in fw("prepositions") for k in between) or bool(between) and not any(
            k.startswith("ال") for k in [*between, _plain(key_at(doc, hit.i))])
        if word in fw("possibility_words") and led:
            neg = t - 3 >= sent_start and _plain(key_at(doc, t - 3)) in fw("negations")
            return "negated" if neg else "hypothetical"
    return None


def modal_masdar(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """«hypothetical» (or «negated» after a negation) for a noun trigger a word of possibility takes as its object
    (see the module); None otherwise. Between them: only a «لـ» phrase or a subject of words with no «و», no
    preposition, complementizer, relative or clause stop; the trigger itself no «و» conjunct."""
    if hit.i == sent_start:
        return None
    first = key_at(doc, hit.i)
    if first.startswith("و") or hit.pos != "N" and first[:1] in ("ي", "ت", "ن"):
        return None  # (a masdar read as a perfect verb, «يمكن بحث», still is one; not a present verb)
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - MODAL_REACH) - 1, -1):
        key = key_at(doc, t)
        word = _plain(key)
        if word in fw("possibility_words") and word not in MODAL_NOUNS:
            if any(key_at(doc, u).startswith("ل") for u in range(t + 2, hit.i)):
                return None  # «ما يمكن فعله لوقف الاشتباكات»: the aim of another masdar, not its object
            before = _plain(key_at(doc, t - 1)) if t - 1 >= sent_start else ""
            return "negated" if before in fw("negations") and before != "ما" else "hypothetical"  # («ما يمكن»: what)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives") \
                or key in fw("prepositions") or key.startswith("و") or doc.tokens[t].text in ("«", "»", '"'):
            return None
    return None


def negated_chain(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """An indefinite noun trigger after «لم/لن» + a verb and one or two indefinite nouns (no «و», preposition,
    article or clause stop among them): the end of the genitive chain of the verb's object."""
    if hit.pos != "N" or _plain(key_at(doc, hit.i)).startswith("ال"):
        return False
    for n in range(1, CHAIN_REACH + 1):
        verb = hit.i - n - 1
        if verb - 1 < sent_start:
            return False
        between = [key_at(doc, u) for u in range(verb + 1, hit.i)]
        if any(k.startswith(("ال", "و")) or k in fw("prepositions") or clause_stop(doc.tokens[u].text)
               for k, u in zip(between, range(verb + 1, hit.i))):
            return False
        vkey = key_at(doc, verb)
        if key_at(doc, verb - 1) in _NOT_DONE and _present(vkey) and vkey not in _STILL:
            return True
    return False


def negated_cause(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger in the cause phrase of a verb negated by «لم/لن» (see the module): «لم تهبط نتيجة لإصابتها»,
    «لم يمت بسبب القصف»."""
    if hit.i - 2 < sent_start:  # (the word layer may read «لإصابتها» as a verb: any trigger after the cause word)
        return False
    cause = hit.i - 1
    if _plain(key_at(doc, cause)) not in fw("cause_words"):
        return False
    for verb in range(cause - 1, max(sent_start, cause - 2 - CAUSE_SUBJECT), -1):
        if clause_stop(doc.tokens[verb].text) or verb - 1 < sent_start:
            return False
        vkey = key_at(doc, verb)
        if key_at(doc, verb - 1) in _NOT_DONE and _present(vkey) and vkey not in _STILL:
            return True
    return False


def aimed_clause(before: list[str]) -> bool:
    """An aim noun and, within ``AIM_REACH`` keys after it (past «هو/هي» or «من X»), «أن» in the keys before the
    trigger, no other complementizer after that «أن»."""
    for k, key in enumerate(before):
        if _plain(key) not in fw("aim_clause_heads"):
            continue
        rest = before[k + 1 :]
        comp = next((n for n, r in enumerate(rest[: AIM_REACH + 1]) if r in ("ان", "أن")), None)
        if comp is not None and not any(r in fw("complementizers") for r in rest[comp + 1 :]):
            return True
    return False

"""Round 162: modality cues read round the protests and acts of real news.

- «لم تكن هناك حشود غاضبة ترفع أعلامها، وتهتف», «لا توجد مظاهرات في المدينة»: an act noun right after a negated
  existential (a negation, a copula or a verb of being found, function words ``being_verbs``, then ``existentials``
  or the verb of being found itself), or a present verb of the clause of its noun (past its commas, no contrast
  between: «لكن», «بل»), did not happen (:func:`none_there`).
- «العصيان المدني قد تكون شرارته من المدينة», «الاحتجاجات قد تندلع»: an act noun told as the subject of «قد» + a
  present verb of starting (``onset_verbs``) or «قد يكون/تكون» + a word of its start (``onset_nouns``) may start, no
  fact told (:func:`may_start`).
- «نحن لا نتظاهر من أجل السلطة، بل من أجل الخبز»: a negation of a verb trigger that denies only its reason, set
  right by «بل» + the same preposition of purpose later in the sentence, denies the reason, not the act
  (:func:`reason_denied`).
- «وانسحبوا من الجلسة في حالة من الاحتجاج»: «في حالة من» is a state, no condition (:func:`state_not_condition`).
"""

from __future__ import annotations


from ..doc import Doc, Event, TimeSpan
from .forms import fw_keys, nkey
from .lexicon import Hit, past_keys
from .word_tests import clause_break, clause_stop, key_at

EXIST_REACH = 14  # tokens before a verb trigger read for the negated existential of its noun's clause
NOUN_GAP = 1  # words between the existential and the act noun it denies («لا توجد أي مظاهرات»)
REASON_REACH = 25  # tokens after a negated verb trigger read for «بل» + its purpose


def _negated_existential(doc: Doc, t: int, sent_start: int) -> bool:
    """Whether token ``t`` ends a negated existential: «لم تكن هناك», «ليس هناك», «لا توجد», «لم يعد هناك»."""
    key = key_at(doc, t)
    neg = fw_keys("negations")
    if key in fw_keys("existentials"):
        for back in (1, 2):
            if t - back < sent_start:
                return False
            prev = key_at(doc, t - back).removeprefix("و")
            if prev in neg:
                return True
            if prev not in fw_keys("being_verbs"):
                return False
        return False
    # («لا توجد مظاهرات»: the verb of being found alone, no copula: «لم تكن المظاهرات سلمية»)
    return key in fw_keys("being_verbs") and key.endswith("وجد") and key.startswith(("ي", "ت")) \
        and t - 1 >= sent_start and key_at(doc, t - 1).removeprefix("و") in neg


def none_there(doc: Doc, hit: Hit, sent_start: int) -> bool:
    if hit.pos == "N":
        for back in range(1, NOUN_GAP + 2):
            t = hit.i - back
            if t < sent_start:
                return False
            if _negated_existential(doc, t, sent_start):
                return True
            if clause_stop(doc.tokens[t].text) or key_at(doc, t) not in fw_keys("any_words"):
                return False
        return False
    verb = key_at(doc, hit.i).removeprefix("و")
    if len(verb) < 4 or verb[0] not in ("ي", "ت") or verb in past_keys():
        return False  # (a perfect: «لم تكن هناك حشود، وهتف»: told apart)
    if hit.j + 1 < len(doc.tokens) and key_at(doc, hit.j + 1).startswith("ال"):
        return False  # («لا توجد احتجاجات هنا، ويتظاهر الطلاب هناك»: a subject of its own)
    for t in range(hit.i - 1, max(sent_start, hit.i - EXIST_REACH) - 1, -1):
        text = doc.tokens[t].text
        key = key_at(doc, t).removeprefix("و")
        if (clause_stop(text) and text not in ("،", ",")) or key in fw_keys("contrast_heads") \
                or key in fw_keys("contrast_words") or key in fw_keys("relatives"):
            return False
        if _negated_existential(doc, t, sent_start):
            return True
    return False


def may_start(doc: Doc, hit: Hit) -> bool:
    if hit.pos != "N" or hit.j + 2 >= len(doc.tokens) or key_at(doc, hit.j + 1) != "قد":
        return False
    verb = key_at(doc, hit.j + 2)
    if verb in fw_keys("onset_verbs"):
        return True
    # («شرارته»: the noun's stem, its «ة» opened before a pronoun)
    return verb in ("يكون", "تكون") and hit.j + 3 < len(doc.tokens) and any(
        key_at(doc, hit.j + 3).startswith(w[:-1] if w.endswith("ه") else w) for w in fw_keys("onset_nouns"))


def reason_denied(doc: Doc, hit: Hit) -> bool:
    """``hit``: a verb trigger right after its negation."""
    if hit.pos != "V" or hit.j + 2 >= len(doc.tokens):
        return False
    reason = key_at(doc, hit.j + 1)
    if reason not in fw_keys("reason_heads"):
        return False
    for t in range(hit.j + 2, min(len(doc.tokens) - 1, hit.j + REASON_REACH)):
        if clause_break(doc.tokens[t].text):
            return False
        if key_at(doc, t).removeprefix("و") == "بل":
            return key_at(doc, t + 1) == reason
    return False


def state_not_condition(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«في حالة من الاحتجاج»: the noun trigger right after «في حالة من» (or «حال من»)."""
    t = hit.i - 1
    return t - 1 >= sent_start and key_at(doc, t) == "من" and key_at(doc, t - 1) in (nkey("حالة"), nkey("حال"))


def protest_for_protest(main: Event | None, hit: Hit) -> bool:
    """«تجمع المئات أمام السفارة للاحتجاج على القرار»: the protest masdar of purpose of a protest verb event (a
    gathering, a march) is that protest itself, done as it is, no aim still to come."""
    return main is not None and main.plover == "PROTEST" and hit.entry.plover == "PROTEST"


CALLED_REACH = 12  # tokens from an appeal to the time of the act it calls for («دعا نظيره للمجيء إلى باريس في نوفمبر»)


def called_ahead(doc: Doc, hit: Hit, told: TimeSpan | None) -> bool:
    """«وأطلق الناشطون دعوة إلى التظاهر يوم الجمعة المقبل», «دعا نظيره للمجيء إلى باريس في نوفمبر المقبل»: the time
    after the act an appeal (CAMEO 02) calls for («إلى» or a «لـ» masdar between them) dates that act, still to come,
    not the appeal, made already."""
    if told is None or not hit.entry.code.startswith("02") or told.start < doc.tokens[hit.j].end:
        return False
    between = [t for t in range(hit.j + 1, min(len(doc.tokens), hit.j + CALLED_REACH)) if doc.tokens[t].end <= told.start]
    if not between or len(between) == CALLED_REACH - 1:
        return False
    keys = [key_at(doc, t) for t in between]
    return any(k in ("الى", "الي", "إلى") or (k.startswith("ل") and len(k) >= 5) for k in keys) \
        and not any(clause_stop(doc.tokens[t].text) for t in between)

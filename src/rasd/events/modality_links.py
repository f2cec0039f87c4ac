"""Round 116 cues of modality, read by ``modality.modality``.

- «ستعقد المنظمة غدا، اجتماعا»: a noun trigger right after a time closed by a comma (and opened by one: «سيعقد
  الرئيس، غدا، اجتماعا») is read with the keys before the time, as if the comma were not there: the verb that holds
  it governs it still.
- «سيتحرك الجيش نحو المدينة مباشرة وفرض حصار عليها»: a masdar conjunct («و» on the trigger or on the masdar that
  carries it) of a clause whose verb is in the future («سـ» + a present verb, or «سوف»), with no other act between
  them, is still to come (planned).
- «أصروا على أن يلتقوا المحافظ»: the present verb of the «أن» clause of a verb of insisting (``insist_words``) is
  what they want done (planned), not told as done.
- Round ev973: «ودعا فلان الفصائل إلى وقف القتال وأن يستهدفوا ...», «طالب فلان بأن يستهدفوا»: the present verb
  of a «أن/بأن» clause (its «و» too) that a call, demand or request governs is the act asked for (planned, see
  :func:`called_that`).
- «الانضمام يعني إحكام الحصار»: a noun act a verb of meaning (``implication_verbs``) governs, within
  ``IMPLIED_REACH`` keys in its clause and with no «أن» between, is what something would entail (hypothetical).
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..text.normalize import COMMAS
from .called_clauses import and_that_complement
from .forms import fw, fw_keys
from .lexicon import Hit, match_token
from .tense import imperfect
from .word_tests import clause_stop, finite_verb, past_conjunction

CONJUNCT_BACK = 12  # tokens back from a «و» masdar conjunct to the future verb of its clause
INSIST_REACH = 6  # keys before «أن» read for the verb of insisting and its «على» («أصروا على أن»)
CALLED_BACK = 10  # tokens back from «أن» to the call that governs it («ودعا فلان الفصائل إلى وقف القتال وأن»)
CALLING = ("calls_and_promises", "demand_verbs", "request_words", "urging_verbs")  # (ev988: «حث X على أن تهاجم»)
IMPLIED_REACH = 7  # keys from «يعني» to the noun act it governs («يعني بالنسبة إلى «داعش» إحكام الحصار»)
NOUN_ENDS = ("ات", "اء", "ء", "ين", "يه")  # keys: «سيارات», «سيناء», «سياسيين», «سنوية» (ة→ه): nouns, no «سـ» verb


def _time_ending_at(doc: Doc, t: int) -> int | None:
    """The first token of a time expression whose last token is ``t``, or None."""
    for ts in doc.times:
        if doc.token_at(ts.end - 1) == t:
            return doc.token_at(ts.start)
    return None


def over_time_comma(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """For a noun trigger right after a comma that closes a time («غدا، اجتماعا»), the token the keys before it
    are to be read up to (the time's first token, or the comma that opens it); else None."""
    c = hit.i - 1
    if hit.pos != "N" or c - 1 < sent_start or doc.tokens[c].text not in COMMAS:
        return None
    k = _time_ending_at(doc, c - 1)
    if k is None or k <= sent_start:
        return None
    return k - 1 if doc.tokens[k - 1].text in COMMAS else k


def and_joined(tok: Token) -> bool:
    """A token whose first word is the conjunction «و» (the segmenter's proclitic: «وسيطرة», not «وساطة»)."""
    return len(tok.words) > 1 and tok.words[0].kind == "proclitic" and tok.words[0].norm == "و"


def carrier(tok: Token) -> bool:
    """«وفرض», «وعقده»: «و» + a masdar that carries out an event noun (``purpose_masdars`` less their «لـ»)."""
    stems = [w for w in tok.words if w.kind == "stem"]
    return and_joined(tok) and len(stems) == 1 and "ل" + stems[0].norm in fw("purpose_masdars")


def future_verb(key: str) -> bool:
    """«سيتحرك», «وستعقد», «سنواصل», «سيلتقي», «سيفعله»: «سـ» + a present verb (a defective one in «ـي» too), not a
    noun or name in «سيـ/ستـ/سنـ» (``sin_noun_stems``: «سيطرت», «سيارة», «سياسة», «سيرغي»; a plural or nisba
    ending: «سيناريوهات», «سنوية»; «ا» third: «ستاندرد»). The one test of it (round ev312: ``modality_need`` had a
    second)."""
    k = past_conjunction(key, 5)
    return len(k) >= 5 and k[0] == "س" and k[1] in ("ي", "ت", "ن") and k[2] != "ا" \
        and not k.endswith(NOUN_ENDS) and not k.startswith(tuple(fw_keys("sin_noun_stems")))


def future_conjunct(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger («وسيطرة») or the masdar before it («وفرض حصار») with «و», in a clause whose future verb stands
    before it (``CONJUNCT_BACK`` tokens), with no comma, complementizer, relative, word of sequence or other act
    between."""
    if hit.pos != "N":
        return False
    first = hit.i
    if not and_joined(doc.tokens[first]) and first - 1 >= sent_start and carrier(doc.tokens[first - 1]):
        first -= 1  # the masdar that carries it («وفرض حصار», «وعقده لقاءات»)
    if not and_joined(doc.tokens[first]):
        return False
    for t in range(first - 1, max(sent_start, first - CONJUNCT_BACK) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if key.lstrip("و") in fw("future") or (future_verb(key) and not any(
                m.start <= tok.start < m.end for e in doc.entities for m in e.mentions)):
            return True
        if clause_stop(tok.text) or tok.text in ("«", "»") or key in fw("complementizers") \
                or key in fw("relatives") or key.lstrip("و") in fw("sequence_frames") or match_token(doc.tokens, t) is not None:
            return False
    return False


def insisted(hit: Hit, before: list[str]) -> bool:
    """A present verb trigger right after «أن» whose verb of insisting stands within ``INSIST_REACH`` keys before."""
    if hit.pos != "V" or len(before) < 2 or before[-1] not in ("ان", "بان"):
        return False
    return any(k.lstrip("وف") in fw("insist_words") for k in before[-1 - INSIST_REACH : -1])


def called_that(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger right after «أن/بأن» («وأن», «وبأن» too) whose call, demand or request (``CALLING``;
    the bare «طالب», also a student, only before «بأن») stands within ``CALLED_BACK`` tokens before it in its clause,
    with no other verb between («دعا إلى الحوار، وأكد أن ...», «دعا ... وقالت أن»: a verb of its own, a relative or
    a clause stop ends the reach). Round ev1005: a «وأن/وبأن» clause after the complement of a first act asked
    (``called_clauses.and_that_complement``, past a comma too) is read back from that complement."""
    if hit.pos != "V" or hit.i < 1 or not imperfect(doc.tokens[hit.i].norm_key, True):
        return False
    that = doc.tokens[hit.i - 1].norm_key.lstrip("و")
    if that not in ("ان", "بان"):
        return False
    back = hit.i - 2
    if (h := and_that_complement(doc, hit.i, sent_start)) is not None:
        back = h - 1  # round ev1005: «بوقف القتال في حلب، وبأن يستهدفوا»: read back from the first act's complement
    for t in range(back, max(sent_start, back - CALLED_BACK + 2) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key.lstrip("وف")
        if any(key in fw_keys(name) for name in CALLING) and (key != "طالب" or that == "بان" or h is not None):
            return True
        after_that = doc.tokens[t - 1].norm_key.lstrip("و") in ("ان", "بان")  # («إلى أن تتوقف ... وأن»: asked too)
        if clause_stop(tok.text) or key in fw_keys("report_verbs") or key in fw("relatives") \
                or (finite_verb(tok) or imperfect(key, False)) and not after_that:
            return False
    return False


def implied(hit: Hit, before: list[str]) -> bool:
    """A noun trigger within ``IMPLIED_REACH`` keys after a verb of meaning, no «أن» between."""
    if hit.pos != "N":
        return False
    tail = before[-IMPLIED_REACH:]
    for n in range(len(tail) - 1, -1, -1):
        if tail[n] in fw("complementizers"):
            return False
        if tail[n].lstrip("وف") in fw("implication_verbs"):
            return True
    return False


KANA = frozenset(("كان", "كانت", "كانوا", "كانا", "كانتا", "كنا", "كنت"))
KANA_REACH = 2  # keys from «إذا» to its «كان» («وإذا كانت روسيا قد تعهدت»)


def granted_if(before: list[str]) -> bool:
    """«وإذا كانت روسيا قد تعهدت منذ البداية ...، فإن»: «إذا» + «كان» + «قد» + a perfect states what is granted
    (as «while»), no condition: an act after its «قد» is told, not hypothetical; so too the concessive «حتى وإن»
    («حتى وإن كانت المفوضية قد وضعت خططا»: granted; «حتى وإن كانوا متورطين في ...»: a case put)."""
    for n, key in enumerate(before):
        if key.lstrip("وف") != "اذا" and not (key in ("وان", "ان") and n > 0 and before[n - 1] == "حتي"):
            continue
        kana = next((m for m in range(n + 1, min(len(before), n + 1 + KANA_REACH)) if before[m] in KANA), None)
        return kana is not None and "قد" in before[kana + 1 :]
    return False


ANY_ATTEMPT_REACH = 3  # keys from «أي محاولة» to the act it tries («أي محاولة لاقتحام المسجد»)


def any_attempt(hit: Hit, before: list[str]) -> bool:
    """Round 116: «أي محاولة لاقتحام الحرم»: an act tried in any attempt at all (``any_words`` right before an
    ``attempts`` noun, within ``ANY_ATTEMPT_REACH`` keys before the trigger) is a case put, none made
    (hypothetical)."""
    tail = before[-ANY_ATTEMPT_REACH - 1 :]
    return hit.pos == "N" and any(k.lstrip("وف") in fw("attempts") and n > 0 and tail[n - 1] in fw("any_words")
                                  for n, k in enumerate(tail))

"""Round ev342: negations the keys of ``modality`` miss, both a word or a comma away from the trigger.

* ``light_negated``: a «بـ» masdar right after a light verb (``light_verbs``, ``delivering_verbs_bi``,
  ``negated_light_verbs``: «يقم», «يدلي») that «لا/لم/لن» (``negations``) negates: «ولا يدلي بتصريحات للصحافة»,
  «لم يقم بزيارة»; the act is not done.
* ``denied_over_subject``: the act right after the «أنه/أن» of a verb of denying (``negating_verbs``) whose subject,
  set off by commas, runs past the keys ``modality`` reads («نفى رئيس الوزراء، فلان، أنه رفض لقاء»): what is
  denied is not told as done.
* ``unpermitted`` (round tm419): a «بـ» masdar, or a «لـ» masdar of purpose past one, after a verb of permitting
  (``permission_verbs``) that «لا/لم/لن» negates, past the «لـ» phrase of who is not let: «لن يسمح للتنظيمات
  الكردية بالسيطرة», «لن يسمح لها باستغلال العملية العسكرية للسيطرة على المناطق»; the act is not let happen.
* ``false_claim`` (round ev839): an act in the «(بـ)أن» clause of a claim or pretext noun (``allegation_nouns``:
  «التذرع، ادعاءات، مزاعم»; its owner may stand between: «ادعاء البيت الأبيض بأنه») that a falsity word in the
  sentence declares false (``falsity_phrases``: «كاذب، عار عن الصحة، لا أساس له من الصحة»; or the noun is false in
  itself: «افتراءات بأن»): «التذرع بأن قواتنا هاجمت البوارج كاذب»; the act is negated, as after «نفى أن». A claim
  with no falsity word («ادعاءات بأن الجيش قصف القرية») stays reported.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys, phrase_keys
from .lexicon import Hit
from .word_tests import clause_stop, key_at, past_conjunction

DENIED_SUBJECT_REACH = 12  # tokens from the verb of denying to the «أن» of what it denies
CLAIM_REACH = 16  # tokens from the «أن» of a claim noun to the act in its clause
CLAIM_OWNER = 3  # tokens from a claim noun to its «(بـ)أن» («ادعاء البيت الأبيض بأنه»)
PERMIT_REACH = 8  # tokens from a negated verb of permitting back from the act it does not let happen


def _key(doc: Doc, t: int) -> str:
    """Token ``t``'s key with a first «و/ف» off («ولا» → «لا», «فإنه» → «انه»)."""
    return past_conjunction(key_at(doc, t), 1)


def light_negated(doc: Doc, hit: Hit, a: int) -> bool:
    """«ولا يدلي بتصريحات», «لم يقم بزيارة»: a «بـ» masdar after a negated light verb."""
    if hit.pos != "N" or "ب" not in hit.cand.proclitics or hit.i - 2 < a:
        return False
    light = _key(doc, hit.i - 1)
    if not any(light in fw_keys(name) for name in ("light_verbs", "delivering_verbs_bi", "negated_light_verbs")):
        return False
    return _key(doc, hit.i - 2) in fw_keys("negations")


def denied_over_subject(doc: Doc, hit: Hit, a: int) -> bool:
    """«نفى رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، أنه رفض»: the verb of denying before a subject set off by
    commas, its «أن» right before the trigger; no end mark nor another «أن» between."""
    k = hit.i - 1
    if k <= a or _key(doc, k) not in fw_keys("complementizers"):
        return False
    comma = False
    for t in range(k - 1, max(a, k - DENIED_SUBJECT_REACH) - 1, -1):
        tok = doc.tokens[t]
        if tok.text in ("،", ","):
            comma = True
            continue
        if clause_stop(tok.text) or _key(doc, t) in fw_keys("complementizers"):
            return False
        if _key(doc, t) in fw_keys("negating_verbs"):
            return comma
    return False


def unpermitted(doc: Doc, hit: Hit, a: int) -> bool:
    """«لن يسمح للتنظيمات الكردية بالسيطرة», «لا تسمح لهم باستغلال العملية للسيطرة»: a «بـ» masdar (a «لـ» one past
    a «بـ» masdar) within ``PERMIT_REACH`` tokens after a negated verb of permitting, no end mark, complementizer or
    relative between."""
    pro = hit.cand.proclitics
    if hit.pos != "N" or not ("ب" in pro or "ل" in pro):
        return False
    for t in range(hit.i - 1, max(a, hit.i - PERMIT_REACH) - 1, -1):
        key = _key(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw_keys("complementizers") or key in fw_keys("relatives"):
            return False
        if key in fw_keys("permission_verbs"):
            allowed = "ب" in pro or any(_key(doc, u)[:1] == "ب" for u in range(t + 1, hit.i))
            return allowed and t > a and _key(doc, t - 1) in fw_keys("negations")
    return False


def false_claim(doc: Doc, hit: Hit, a: int) -> bool:
    """«التذرع بأن قواتنا هاجمت البوارج كاذب», «افتراءات بأن الجيش قصف»: the act in the clause of a claim noun
    declared false in its sentence; no end mark between."""
    for t in range(hit.i - 1, max(a, hit.i - CLAIM_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) and doc.tokens[t].text not in ("،", ","):
            return False
        key = _key(doc, t)
        if key not in fw_keys("complementizers") or not key.startswith(("ان", "بان")):
            continue
        noun = next((u for u in range(t - 1, max(a, t - CLAIM_OWNER) - 1, -1)
                     if _key(doc, u) in fw_keys("allegation_nouns")), None)
        if noun is not None:
            return _key(doc, noun) in fw_keys("falsity_phrases") or _falsity_in(doc, noun)
    return False


def _falsity_in(doc: Doc, t: int) -> bool:
    """A falsity phrase (``falsity_phrases``) from token ``t`` to the end of its sentence."""
    seqs = phrase_keys(fw("falsity_phrases"))
    u = t
    while u < len(doc.tokens) and doc.tokens[u].text not in (".", "؟", "!", "؛"):
        if any(tuple(_key(doc, u + n) if n == 0 else key_at(doc, u + n) for n in range(len(s))) == s
               for s in seqs if u + len(s) <= len(doc.tokens)):
            return True
        u += 1
    return False

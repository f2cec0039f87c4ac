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
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit
from .word_tests import clause_stop, key_at, past_conjunction

DENIED_SUBJECT_REACH = 12  # tokens from the verb of denying to the «أن» of what it denies
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

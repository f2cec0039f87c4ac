"""Round ev342: negations the keys of ``modality`` miss, both a word or a comma away from the trigger.

* ``light_negated``: a «بـ» masdar right after a light verb (``light_verbs``, ``delivering_verbs_bi``,
  ``negated_light_verbs``: «يقم», «يدلي») that «لا/لم/لن» (``negations``) negates: «ولا يدلي بتصريحات للصحافة»,
  «لم يقم بزيارة»; the act is not done.
* ``denied_over_subject``: the act in the «أن» clause of a verb of denying (``negating_verbs``), or after a noun of
  what it denies (``denied_heads``: «صحة التقارير عن», «وجود», «قيامها بـ»), past its subject however long, as long
  as that is one noun phrase with no verb in it («نفى رئيس الوزراء، فلان، أنه رفض لقاء», «ونفى المتحدث باسم الجيش
  أن تكون الطائرات قد قصفت»; round ev852 for the scan that replaced a reach of three keys): what is denied is not
  told as done.
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
from .word_tests import clause_stop, finite_verb, in_name, key_at, mention_holding, past_conjunction, plural_past

DENIED_SUBJECT_REACH = 12  # tokens from the verb of denying to the «أن» (or «صحة») of what it denies
DENIED_CLAUSE_REACH = 12  # tokens from that «أن» (or «صحة/وجود/قيام») on to the act it denies
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
    """The act in what a verb of denying governs past its subject, however long, as long as that is one noun phrase
    (a title «المتحدث باسم الجيش», an apposition set off by commas «رئيس الوزراء، فلان،»; round ev852): «ونفى
    المتحدث باسم الجيش أن تكون الطائرات قد قصفت», «نفى صحة التقارير عن قصف», «نفت الحركة قيامها باختطاف»; not
    past another verb («نفى الوزير الاتهامات وقال إن القوات قصفت»: what he said is reported)."""
    head = _denied_head(doc, hit, a)
    return head is not None and _denier_before(doc, head, a)


def _denied_head(doc: Doc, hit: Hit, a: int) -> int | None:
    """The «أن» of the trigger's clause, or a noun of ``denied_heads`` before a noun trigger with no verb between
    («صحة التقارير التي تحدثت عن قصف»: past a relative clause; «قيام» only with an act in «بـ»); no end mark or comma
    between."""
    noun = (hit.pos == "N" or (hit.i > a and _key(doc, hit.i - 1) in fw_keys("prepositions"))) \
        and not hit.entry.code.startswith(("11", "12"))  # «عن قصف»: a masdar; not «نفى صحة الاتهامات»: those were made
    for t in range(hit.i - 1, max(a, hit.i - DENIED_CLAUSE_REACH) - 1, -1):
        tok, key = doc.tokens[t], _key(doc, t)
        if clause_stop(tok.text):
            return None
        if key in fw_keys("complementizers") and not in_name(doc, t):
            return t
        if noun and key in fw_keys("denied_heads"):
            return t if not key.startswith("قيام") or "ب" in hit.cand.proclitics else None
        if key in fw_keys("relatives") and not noun:
            return None
        if noun and _verb_at(doc, t) and not (t > a and _key(doc, t - 1) in fw_keys("relatives")):
            return None
    return None


def _denier_before(doc: Doc, head: int, a: int) -> bool:
    """A verb of denying before token ``head`` past one noun phrase: commas allowed, no end mark, complementizer,
    relative (nor «ما»: what another party announced) or verb between."""
    for t in range(head - 1, max(a, head - DENIED_SUBJECT_REACH) - 1, -1):
        tok, key = doc.tokens[t], _key(doc, t)
        if key in fw_keys("negating_verbs"):
            return True
        if tok.text in ("،", ","):
            continue
        if clause_stop(tok.text) or key in fw_keys("complementizers") or key in fw_keys("relatives") or _verb_at(doc, t):
            return False
        if key == "ما":
            return False  # «نفى الجيش ما أعلنه المتمردون عن أن ...»: he denies their claim; what they claim stays reported
    return False


def _verb_at(doc: Doc, t: int) -> bool:
    """Token ``t`` a verb no noun phrase holds: of a finite verb's shape or a plural past («قالوا»), or a word after
    «و/ف» not in «الـ» and not in a name («وقال», «وأكد»; not «والمغتربين»)."""
    tok = doc.tokens[t]
    if finite_verb(tok) or plural_past(tok.text):
        return True
    w = tok.words
    conj = len(w) == 2 and w[0].kind == "proclitic" and w[0].form in ("و", "ف") and w[1].kind == "stem"
    return conj and not w[1].norm.startswith("ال") and mention_holding(doc, t) is None


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
    noun = _claim_noun(doc, hit, a)
    return noun is not None and (_key(doc, noun) in fw_keys("falsity_phrases") or _falsity_in(doc, noun))


def claimed(doc: Doc, hit: Hit, a: int) -> bool:
    """Round ev852: «وتحدثت تقارير عن ادعاءات بأن الجيش قصف القرية»: the act in the clause of a claim noun that no
    falsity word declares false is what the claim tells, reported (``false_claim`` is asked first)."""
    return _claim_noun(doc, hit, a) is not None


def _claim_noun(doc: Doc, hit: Hit, a: int) -> int | None:
    """The claim noun (``allegation_nouns``) within ``CLAIM_OWNER`` tokens before the «(بـ)أن» of the trigger's clause."""
    for t in range(hit.i - 1, max(a, hit.i - CLAIM_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) and doc.tokens[t].text not in ("،", ","):
            return None
        key = _key(doc, t)
        if key not in fw_keys("complementizers") or not key.startswith(("ان", "بان")):
            continue
        return next((u for u in range(t - 1, max(a, t - CLAIM_OWNER) - 1, -1)
                     if _key(doc, u) in fw_keys("allegation_nouns")), None)
    return None


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

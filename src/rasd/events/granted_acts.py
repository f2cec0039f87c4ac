"""Round ev707: masdars that name an act granted, asked for or done by habit, no act that took place.

* ``granted_act``: a noun trigger right after a noun of permission, authority or request (``grant_nouns``:
  «صلاحية التفاوض», «إذن زيارة», «لطلب زيارته», «تفويض بالتفاوض»), or one in «لـ/بـ» a few words after such a noun
  with no verb between («الترخيص المعطى للوكالة لزيارة المواقع»): what the permit or the request is for, like an
  act named as a right («حق التظاهر», ``figurative.no_event_sense``). The verb «طلب» is not such a noun: «طلب
  الوزير زيارة دمشق» is a request told, and its visit is planned.
* ``habitual_act``: a noun trigger right after a verb of habit or calling (``habit_verbs``: «امتهن», «اعتاد»,
  «دأب»), or after the «على» that follows it («دأبت على انتقاد»): a standing practice, no one act.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw_keys
from .lexicon import Hit
from .word_tests import clause_stop, finite_verb, key_at, past_conjunction

GRANT_REACH = 8  # tokens from the noun of permission to the «لـ/بـ» act it is for («الترخيص المعطى للوكالة لزيارة»)


def granted_act(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger named as what a permission, an authority or a request is for (see the module)."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    if key_at(doc, hit.i - 1).removeprefix("و") in fw_keys("grant_nouns"):
        return True
    if not ("ل" in hit.cand.proclitics or "ب" in hit.cand.proclitics):
        return False
    for t in range(hit.i - 1, max(a, hit.i - 1 - GRANT_REACH) - 1, -1):
        tok = doc.tokens[t]
        if tok.norm_key.removeprefix("و") in fw_keys("grant_nouns"):  # («والترخيص المعطى للوكالة لزيارة»)
            return True
        if clause_stop(tok.text) or finite_verb(tok) or tok.norm_key.startswith("و"):
            return False  # («استجاب لطلب الحزب وقام بزيارة»: a new conjunct, a visit made)
    return False


def habitual_act(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger right after a verb of habit, or after its «على» (see the module)."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    t = hit.i - 1
    if key_at(doc, t) in ("علي", "على") and t - 1 >= a:
        t -= 1
    return past_conjunction(key_at(doc, t)) in fw_keys("habit_verbs")

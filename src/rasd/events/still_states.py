"""Round dt313: a state going on, told in the present with no day, is not dated by the article's day.

- «وما زال الكثير من الولايات الأميركية ترفض التعاون مع إيران»: «ما زال/لا يزال» (``still_negations`` +
  ``still_verbs``) with its subject between it and the present verb trigger (``standing.still_doing`` reads only
  the verb right after it) within ``STILL_REACH`` tokens of its clause: a refusal going on, of no one day
  (``still_subject``); so «ظل/ظلت» + a subject + a present verb (``KEPT``: «الميليشيات التي ظلت القبائل
  تحاربها على مدار 90 يوما»), a past going on;
- «وترفض حكومة الولايات المتحدة حتى الآن إنقاذ الجزيرة»: a present verb trigger followed in its clause, within
  ``SO_FAR_REACH`` tokens, by «حتى الآن/حتى اللحظة» (``so_far``): a state held up to now.

- round dt343: «وتتهم السلطات الأفغانية أجهزة الاستخبارات بالوقوف وراء الحركة», «إن الناديين يهددان بالانسحاب»: a
  present verb of accusing or threatening (CAMEO 112, 13x) with no time of its own is a charge or a threat that
  stands, of no one day (``standing_charge``); not after «وهو/وهي» («في رسالة مصورة، وهو يتوعد»: while he did so in
  the act told), where it is the manner of that act.

- round dt343: «حيث يتعرض السجناء للضرب، والحرق، والتهديد بالقتل», «الذين يتعرضون لغارات»: a noun act after a
  present verb of undergoing (``EXPOSED``) and its «لـ», over «، و» conjuncts of the list, within
  ``EXPOSED_REACH`` tokens: what they go through, of no one day (``exposed_to``; «تعرضت القافلة لهجوم» keeps it).

Counter-case: «وما زال الوزير يؤكد أمس ...» has a time of its own (the dating never asks); «رفضت الحكومة حتى
الآن» (a perfect verb: it did refuse, told as done) and «ترفض الحكومة إنقاذ الجزيرة» (no «حتى الآن») keep their day.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit
from .modality import imperfect
from .past_abuse import past_abuse as past_abuse  # re-exported: the dating imports it from here (round tm448)
from .word_tests import clause_stop, key_at, past_conjunction

__all__ = ["exposed_to", "past_abuse", "so_far", "standing_charge", "still_subject"]

STILL_REACH = 6  # tokens back from a present verb trigger to «ما زال» past its subject
SO_FAR_REACH = 6  # tokens after a present verb trigger to «حتى الآن»
_NOW = frozenset(("الان", "اللحظه"))
STANDING_CODES = ("112", "13")  # accuse; threaten: in the present, a charge or a threat that stands
WHILE_PRONOUNS = frozenset(("وهو", "وهي", "وهم", "وهما"))  # «وهو يتوعد»: the manner of the act told before
EXPOSED = frozenset(("يتعرض", "تتعرض", "يتعرضون", "يتعرضان", "تتعرضان", "نتعرض", "يتعرضن"))  # present «undergo»
EXPOSED_REACH = 16  # tokens back from a noun act to the present verb of undergoing, over the list before it
KEPT = frozenset(("ظل", "ظلت", "ظلوا", "ظلا", "ظلتا"))  # «ظلت القبائل تحاربها»: kept doing it, a past going on


def _present(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a present verb («ترفض», «ويتهم»)."""
    key = doc.tokens[hit.i].norm_key
    key = past_conjunction(key, 4)
    return hit.pos == "V" and imperfect(key, True)


def still_subject(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether «ما زال/لا يزال» or «ظل» + a subject comes right before a present verb trigger (see the module)."""
    if not _present(doc, hit):
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - STILL_REACH) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if t > sent_start and key in fw_keys("still_verbs") and key_at(doc, t - 1) in fw_keys("still_negations"):
            return True
        if key.removeprefix("و") in KEPT:
            return True
    return False


def so_far(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """Whether «حتى الآن» follows a present verb trigger in its clause (see the module)."""
    if not _present(doc, hit):
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + SO_FAR_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) == "حتي" and key_at(doc, t + 1) in _NOW:
            return True
    return False


def standing_charge(doc: Doc, hit: Hit) -> bool:
    """Round dt343: whether the trigger is a present verb of accusing or threatening, not after «وهو/وهي» (see the
    module); the dating asks only where no time of the sentence dates it."""
    if not _present(doc, hit) or not hit.entry.code.startswith(STANDING_CODES):
        return False
    return not (hit.i > 0 and key_at(doc, hit.i - 1) in WHILE_PRONOUNS)


def exposed_to(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round dt343: whether a noun trigger (or «لقصف» read as a verb) follows a present verb of undergoing and a «لـ» noun (itself or one of
    the «و» list before it), a comma only before a «و» conjunct (see the module)."""
    if hit.j > hit.i and key_at(doc, hit.i).removeprefix("و") in EXPOSED:
        return True  # «يتعرضون للضرب»: the verb is the trigger's own first word
    lam = doc.tokens[hit.i].norm_key.startswith("ل")
    for t in range(hit.i - 1, max(sent_start, hit.i - EXPOSED_REACH) - 1, -1):
        text = doc.tokens[t].text
        key = key_at(doc, t)
        if text in ("،", ","):
            if not key_at(doc, t + 1).startswith("و"):
                return False
            continue
        if clause_stop(text) or key in fw("complementizers") or key in fw("relatives"):
            return False
        if key.removeprefix("و") in EXPOSED:
            return lam
        lam = lam or key.startswith("ل")
    return False

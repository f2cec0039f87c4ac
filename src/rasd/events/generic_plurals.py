"""Round 153: attacks named as a kind, in the plural, after a masdar of facing or carrying them out, are of no day.

«حق الدفاع عن النفس في مواجهة الهجمات المسلحة», «التصدي للهجمات», «عرضة لهجمات مباغتة», «من حيث تنفيذ الهجمات
الانتحارية»: a plural noun trigger of force (codes 18-20, ending in «ات» with no pronoun) right after a masdar of
facing, fighting or carrying out (``generic_plural_heads``) names attacks in general, not an incident of
the article's day (:func:`generic_plural`); round 252: nor a happening told (the modality reads it as
hypothetical, a kind of act, as a legal provision's). A singular («مواجهة الهجوم») or one owned («مواجهة هجماتهم») is an incident; «صد الهجمات» is often today's fight, left out.

Round ev392: an act noun right after «كل» (``generic_all``, also after «و»), indefinite, is any act of its kind
(:func:`every_one`: «وكل هجوم تركي يقابله رد منا», «بعد كل اجتماع»): no incident, hypothetical and of no day;
«كل الهجمات» (all of them, definite) and «كل هذه الهجمات» name acts told, left as they are.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .word_tests import key_at

FORCE = ("18", "19", "20")


def generic_plural(doc: Doc, hit: Hit, sent_start: int) -> bool:
    if hit.pos != "N" or hit.i - 1 < sent_start or not hit.entry.code.startswith(FORCE):
        return False
    key = key_at(doc, hit.i)
    if not key.endswith("ات"):
        return False  # (a singular, or a plural with a pronoun: «هجماتها»)
    prev = key_at(doc, hit.i - 1).removeprefix("و")
    return prev in fw("generic_plural_heads") or prev.removeprefix("ل") in fw("generic_plural_heads")


def every_one(doc: Doc, hit: Hit) -> bool:
    """Whether the noun trigger is indefinite right after «كل/وكل/لكل/بكل» (``generic_all``): any act of a kind."""
    if hit.pos != "N" or hit.i < 1 or hit.cand.proclitics:
        return False
    key = key_at(doc, hit.i)
    if key.startswith("ال") or key.endswith(("ه", "ها", "هم", "هما", "هن", "نا", "كم")):
        return False  # «كل الهجمات»: all of the acts told; «كل هجماتهم»: theirs
    return key_at(doc, hit.i - 1).removeprefix("و") in fw("generic_all")

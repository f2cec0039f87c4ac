"""Round 153: attacks named as a kind, in the plural, after a masdar of facing or carrying them out, are of no day.

«حق الدفاع عن النفس في مواجهة الهجمات المسلحة», «التصدي للهجمات», «عرضة لهجمات مباغتة», «من حيث تنفيذ الهجمات
الانتحارية»: a plural noun trigger of force (codes 18-20, ending in «ات» with no pronoun) right after a masdar of
facing, fighting or carrying out (``generic_plural_heads``) names attacks in general, not an incident of
the article's day (:func:`generic_plural`); round 252: nor a happening told (the modality reads it as
hypothetical, a kind of act, as a legal provision's). A singular («مواجهة الهجوم») or one owned («مواجهة هجماتهم») is an incident; «صد الهجمات» is often today's fight, left out.
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

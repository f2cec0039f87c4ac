"""Round ev996: an attack or a targeting whose subject right after its verb is an aircraft («التي تستهدفها الطائرات
الحربية», «واستهدفت المقاتلات مواقع», «هاجم الطيران الحربي»: an ``air_words`` noun, not its adjective «الجوية»; or the air force, «القوات الجوية») is
an air strike, CAMEO 195 (employ aerial weapons), not 190; asked by :func:`rasd.events.embargo.recoded`. Aircraft
named after the verb's object («استهدفت القوات المدينة بالطائرات») are read by ``air_shelling``'s means, not here."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit

AIMED = frozenset(("target", "attack"))  # the verbs of force an aircraft subject makes an air strike
AIR_ARMS = frozenset(nkey(w) for w in ("القوات", "قوات", "سلاح"))  # heads of an air force named by its adjective after them
ARM_ADJECTIVES = frozenset(nkey(w) for w in ("الجوية", "جوية", "الجو"))
ADJECTIVES = frozenset(nkey(w) for w in ("جوية", "الجوية", "جوي", "الجوي", "جويا", "الجو", "مسيرة", "المسيرة"))


def aircraft_subject(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether ``hit`` is a verb of ``AIMED`` whose next word (before the sentence end ``b``) is an aircraft noun."""
    if hit.entry.id not in AIMED or hit.pos != "V" or hit.j + 1 >= b:
        return False
    key = doc.tokens[hit.j + 1].norm_key
    if key in AIR_ARMS and hit.j + 2 < b and doc.tokens[hit.j + 2].norm_key in ARM_ADJECTIVES:
        return True  # «هاجمت القوات الجوية», «سلاح الجو»: the air force
    return key in fw("air_words") and key not in ADJECTIVES


__all__ = ["aircraft_subject"]

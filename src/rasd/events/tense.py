"""Whether a verb's key is of the present tense (the imperfect), for the modality and dating rules.

Round oe410: a key opened by «ن» is the first person plural of the imperfect («نقوم», «نعمل») but also the perfect
of a root that opens with «ن» («نفذت», «نظموا», «نصبوا», «نجحت»): with a perfect ending («ت», «وا») it is that
perfect, the act told as done. «وكانت قوات الأمن قد نفذت غارة» is no «قد» + present (it may happen) but the
pluperfect of a raid carried out; «قد نقوم بزيارة» stays a present verb.
"""

from __future__ import annotations

from ..doc import Doc
from .lexicon import past_keys

PERFECT_ENDINGS = ("ت", "وا")  # «نفذت», «نظموا»: the endings of a perfect that the «ن» imperfect never has


def imperfect(key: str, trigger: bool) -> bool:
    """A present-tense verb: «يهاجم», «نقوم», «تتعرض» (not «نفذت», «نظموا»: a perfect of a root in «ن»); for a
    trigger also «ت» + a form no trigger's perfect has («تهاجم», not «تظاهر»)."""
    if len(key) < 4:
        return len(key) == 3 and key[0] == "ي"  # «قد يشن»
    return key[0] == "ي" or (key[0] == "ن" and not key.endswith(PERFECT_ENDINGS)) or key.startswith("تت") \
        or (trigger and key[0] == "ت" and key not in past_keys())


OBJECT_ENDINGS = ("ها", "هما", "كما")  # a present verb's object pronoun left on its stem («تقودها»)
MOOD_PARTICLES = frozenset(("ان", "أن", "لن", "لم", "كي", "لكي"))  # keys before a present that drops its «ن» («لن تفعلا»)


def dual_perfect(doc: Doc, t: int) -> bool:
    """Round ti1013: token ``t`` is a perfect in «ت» of the dual or of «نا» («تحدثا», «تمكنتا», «تمكنا»: Forms V and
    VI open with «ت» in the perfect too), read through the word layer: its stem ends in a bare «ا» (not «أ»: «تبدأ»)
    with no object pronoun split off («تقودها», «تساعدنا» are present verbs with their object), or the word layer
    split «نا» off a stem too short for a present in «ت» (a root in «ن» merged with the «نا» of «we»: «تمكنا» =
    «تمك» + «نا»). Not after a particle of the subjunctive or jussive («لن تفعلا»: a present with its «ن» dropped);
    the first person plural of the present opens with «نـ», never «تـ»."""
    words = [w for w in doc.tokens[t].words if w.kind in ("stem", "enclitic")]
    if not words or words[0].kind != "stem" or not words[0].form.startswith("ت"):
        return False
    if t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in MOOD_PARTICLES:
        return False
    stem, clitics = words[0].form, [w.form for w in words[1:]]
    if not clitics:
        return len(stem) >= 5 and stem.endswith("ا") and not stem.endswith(OBJECT_ENDINGS)
    return clitics == ["نا"] and len(stem) < 4


__all__ = ["dual_perfect", "imperfect"]

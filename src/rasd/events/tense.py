"""Whether a verb's key is of the present tense (the imperfect), for the modality and dating rules.

Round oe410: a key opened by «ن» is the first person plural of the imperfect («نقوم», «نعمل») but also the perfect
of a root that opens with «ن» («نفذت», «نظموا», «نصبوا», «نجحت»): with a perfect ending («ت», «وا») it is that
perfect, the act told as done. «وكانت قوات الأمن قد نفذت غارة» is no «قد» + present (it may happen) but the
pluperfect of a raid carried out; «قد نقوم بزيارة» stays a present verb.
"""

from __future__ import annotations

from .lexicon import past_keys

PERFECT_ENDINGS = ("ت", "وا")  # «نفذت», «نظموا»: the endings of a perfect that the «ن» imperfect never has


def imperfect(key: str, trigger: bool) -> bool:
    """A present-tense verb: «يهاجم», «نقوم», «تتعرض» (not «نفذت», «نظموا»: a perfect of a root in «ن»); for a
    trigger also «ت» + a form no trigger's perfect has («تهاجم», not «تظاهر»)."""
    if len(key) < 4:
        return len(key) == 3 and key[0] == "ي"  # «قد يشن»
    return key[0] == "ي" or (key[0] == "ن" and not key.endswith(PERFECT_ENDINGS)) or key.startswith("تت") \
        or (trigger and key[0] == "ت" and key not in past_keys())


__all__ = ["imperfect"]

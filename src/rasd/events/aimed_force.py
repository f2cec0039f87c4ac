"""Round oe410: «يستهدف» with an act of force right after it as its object is an aim, not an attack.

«أعلن الجيش بدء عملية عسكرية واسعة تستهدف السيطرة على قاعدة ناصر الجوية», «أكد المدعي العام أن الخلية كانت
تستهدف تفجير مقر البرلمان»: the imperfect verb of targeting (trigger entry ``target``, function words
``target_aim_verbs``; not «أستهدف», which folds to the perfect «استهدف») whose object, the word right after it,
is a singular trigger of force (CAMEO 17x coerce, 18x assault, 19x fight, 20x mass violence: «السيطرة»,
«تفجير», «اغتيال») means «to aim at doing» that act. Nobody is
attacked by the aiming: the verb tells no event (:func:`aim_verb`, read by ``senses.not_an_event``), and the act
aimed at is still to come (:func:`aimed_act`, planned, read by ``planned_for.intended``; its «و» conjuncts follow
it as the conjunct rules carry modality).

Counter-cases: «استهدف هجومان انتحاريان وسيارة ملغومة عددا من عناصر الصحوة» (a perfect verb, its subject
after it: the attacks did target them), «تستهدف الغارات مواقع المسلحين» (a plural act noun is the subject),
«هجوم انتحاري استهدف اجتماعا لشيوخ العشائر» (a meeting, no act of force, is what was hit), «واستهدفت فصائل من
المعارضة مواقع» (no act after the verb).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .word_tests import key_at, past_conjunction

FORCE = ("17", "18", "19", "20")  # CAMEO roots of acts of force: coerce, assault, fight, mass violence
TARGET = "target"  # the trigger entry of «استهدف / يستهدف / استهداف»
MANY = ("ات", "ان", "ين")  # plural and dual endings: a noun of several acts is the verb's subject («تستهدف الغارات»)


def aim_verb(doc: Doc, hit: Hit, hits: list[Hit]) -> bool:
    """Whether ``hit`` is the imperfect verb «يستهدف» whose object right after it is a singular trigger of force
    among the sentence's triggers ``hits`` («تستهدف السيطرة على», «تستهدف تفجير»): an aim, no attack told."""
    if hit.entry.id != TARGET or hit.pos != "V" or past_conjunction(key_at(doc, hit.i)) not in fw("target_aim_verbs"):
        return False
    return any(h.i == hit.j + 1 and h.entry.code[:2] in FORCE and not key_at(doc, h.i).endswith(MANY) for h in hits)


def aimed_act(hit: Hit, before: list[str]) -> bool:
    """Whether the singular noun trigger of force ``hit`` stands right after an imperfect verb of targeting
    (``before``: the keys before it in its sentence; function words ``target_aim_verbs``): the act aimed at, still
    to come."""
    if hit.pos != "N" or hit.entry.code[:2] not in FORCE or not before or hit.cand.key.endswith(MANY):
        return False
    return past_conjunction(before[-1]) in fw("target_aim_verbs")


__all__ = ["aim_verb", "aimed_act"]

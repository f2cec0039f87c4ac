"""Round oe410: «استهدف» with an act of force right after it as its object is an aim, not an attack.

«أعلن الجيش بدء عملية عسكرية واسعة تستهدف السيطرة على قاعدة ناصر الجوية», «أكد المدعي العام أن الخلية كانت
تستهدف تفجير مقر البرلمان»: the verb of targeting (trigger entry ``target``) whose object, the word right after
it, is a trigger of force (CAMEO 17x coerce, 18x assault, 19x fight, 20x mass violence: «السيطرة», «تفجير»,
«اغتيال») means «to aim at doing» that act. Nobody is attacked by the aiming: the verb tells no event
(:func:`aim_verb`, read by ``senses.not_an_event``), and the act aimed at is still to come (:func:`aimed_act`,
planned, read by ``planned_for.intended``; its «و» conjuncts follow it as the conjunct rules carry modality).

Counter-cases: «هجوم انتحاري استهدف اجتماعا لشيوخ العشائر» (a meeting, no act of force, is what was hit: the
attack stands), «واستهدفت فصائل من المعارضة مواقع تابعة للقوات السورية» (no act after the verb), «هجوم استهدف
مسلحين ثم تفجير» (the act of force is not the verb's object right after it).
"""

from __future__ import annotations

from .forms import fw
from .lexicon import Hit

FORCE = ("17", "18", "19", "20")  # CAMEO roots of acts of force: coerce, assault, fight, mass violence
TARGET = "target"  # the trigger entry of «استهدف / يستهدف / استهداف»


def aim_verb(hit: Hit, hits: list[Hit]) -> bool:
    """Whether ``hit`` is the verb «استهدف» whose object right after it is a trigger of force among the sentence's
    triggers ``hits`` («تستهدف السيطرة على», «تستهدف تفجير»): an aim, no attack told."""
    if hit.entry.id != TARGET or hit.pos != "V":
        return False
    return any(h.i == hit.j + 1 and h.entry.code[:2] in FORCE for h in hits)


def aimed_act(hit: Hit, before: list[str]) -> bool:
    """Whether the noun trigger of force ``hit`` stands right after a verb of targeting (``before``: the keys before
    it in its sentence; function words ``target_aim_verbs``): the act aimed at, still to come."""
    if hit.pos != "N" or hit.entry.code[:2] not in FORCE or not before:
        return False
    return before[-1].removeprefix("و") in fw("target_aim_verbs")


__all__ = ["aim_verb", "aimed_act"]

"""Round 153: an act a plan is for is still to come.

«وتعطل الجماعات خطة الجيش لإعلان تحرير المدينة», «أعلنت الحكومة عن مشروع لإنشاء قاعدة»: a trigger with «ل» of
purpose right after a plan noun (``plan_nouns``), or after it and one word that names whose plan it is, is the plan's
aim, planned, not done (:func:`plan_aim`). A plan told as carried out («نفذ الجيش خطته لاقتحام المدينة»: a
``carried_out_verbs`` before the plan noun, past its subject) is no plan still to come.

Round 159: so is an act a launch pad, a platform or a rostrum is for («تعد البلدة نقطة انطلاق لقطع الطريق», «ستكون
لديها منصة رائعة لإدانة القرار»: ``launch_nouns``): the purpose of a thing, no act told as done; not a platform
that faced the act («تعرضت منصة النفط لهجوم»: ``facing_verbs`` right before it).

Round 240: an act an intention noun governs is still to come («أعلن عزمه زيارة القاهرة», «أكد اعتزامه شن هجوم»:
``intention_nouns``, the trigger its object right after it or past the masdar that carries it out): only that act,
not one told later in the sentence («أكد اعتزامه زيارة القاهرة، والتقى السفير»: the meeting was held). So is
the aim of a battle or a campaign with «لـ» of purpose right after it («معركة للسيطرة على المدينة»:
``battle_nouns``).

Round tm419: an act told with the preparation for it after it is still to come («جولة جديدة من المشاورات يجري
التحضير لها», «القمة التي يتم الإعداد لها»): a noun act followed in its clause, within ``PREPARED_REACH`` tokens and
no comma or end mark between, by a word of preparing (``preparing_words``) and a «لـ» pronoun pointing back to it
(``lam_pronouns``: «لها», «له») (:func:`prepared_after`; preparation before the act, «للتحضير لاجتماع», is read by
``modality._prepared``).
"""

from __future__ import annotations

__all__ = ["intended", "plan_aim", "plan_content", "prepared_after"]

from .aimed_force import aimed_act
from ..doc import Doc
from .forms import fw, fw_keys
from .lexicon import Hit
from .plan_content import plan_content
from .word_tests import clause_stop, key_at

PREPARED_REACH = 6  # tokens from a noun act to the word of preparing for it («جولة جديدة من المشاورات يجري التحضير»)
PLAN_GAP = 1  # words between the plan noun and the trigger («خطة الجيش لإعلان»)
FACING_BACK = 2  # words before a launch noun read for a verb of facing the act («تعرضت منصة النفط لهجوم»)
CARRIER_REACH = 2  # words before the plan noun read for a verb of carrying it out, past its subject («نفذ الجيش خطته»)


def plan_aim(hit: Hit, before: list[str]) -> bool:
    """``before``: the keys before the trigger in its sentence (``modality.keys_before``)."""
    if "ل" not in hit.cand.proclitics:  # (a noun, or a masdar read as «ل» + a verb: «لفرض»)
        return False
    for back in range(1, PLAN_GAP + 2):
        if len(before) < back:
            return False
        key = before[-back].removeprefix("و")
        if key in fw("launch_nouns"):  # round 159 (not «تعرضت منصة النفط لهجوم»: a platform that faced one)
            return not any(k.removeprefix("و") in fw("facing_verbs") for k in before[-back - FACING_BACK : -back])
        if key in fw("plan_nouns"):
            carried = any(k.removeprefix("و") in fw("carried_out_verbs") for k in before[-back - CARRIER_REACH : -back])
            return not carried
        if key.startswith("ل") or key in fw("prepositions"):
            return False  # («لإعلان» after another «ل» phrase: the plan is not its head)
    return False


def intended(hit: Hit, before: list[str]) -> bool:
    """Round 240: a noun trigger right after an intention noun with its pronoun («عزمه زيارة», «نيتها التوجه»), or
    after it and a masdar that carries the act out («اعتزامه شن هجوم»)."""
    if hit.pos != "N" or not before:
        return False
    if aimed_act(hit, before):
        return True  # round oe410: «كانت تستهدف تفجير مقر البرلمان»: the act a verb of targeting aims at
    prev = before[-1].lstrip("وفب")
    if prev in fw("intention_nouns"):
        return True
    if "ل" in hit.cand.proclitics and prev in fw("battle_nouns"):
        return True  # «معركة للسيطرة على المدينة»: the battle's aim, not a control told as won
    # («عزمه على زيارة»: past «على»; «اعتزامه شن هجوم»: past the masdar that carries it out)
    return len(before) > 1 and before[-2].lstrip("وفب") in fw("intention_nouns") and (
        prev == "علي" or "ل" + prev in fw("purpose_masdars"))


def prepared_after(doc: Doc, hit: Hit) -> bool:
    """Whether a word of preparing and a «لـ» pronoun follow the noun trigger in its clause (see the module)."""
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(len(doc.tokens) - 1, hit.j + 1 + PREPARED_REACH)):
        if clause_stop(doc.tokens[t].text):  # (a comma too: ``stops.clause_stops``)
            return False
        if key_at(doc, t).removeprefix("و") in fw_keys("preparing_words"):
            return key_at(doc, t + 1) in fw_keys("lam_pronouns")
    return False

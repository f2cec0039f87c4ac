"""Event sources not next to the trigger, round 262: the one who died does not act. A name right after a death noun
(«وفاة، مقتل، مصرع، اغتيال، إعدام، استشهاد»), past its title, is who died; a later act noun of the sentence with no
doer of its own does not take him as its source. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_the_dead_leader_does_not_announce() -> None:
    text = "وقد تعمق وفاة الملا عمر من الخلافات داخل الحركة مع إعلان بعض أتباعها الولاء لتنظيم داعش."
    assert news_arg(text, "إعلان", "source") == ""


def test_a_leader_whose_visit_is_told_still_announces() -> None:
    # counter-case: «زيارة» is no death noun: the name before the act noun stays its source
    text = "وقد تعمق زيارة الملا عمر من الخلافات داخل الحركة مع إعلان بعض أتباعها الولاء لتنظيم داعش."
    assert news_arg(text, "إعلان", "source") == "عمر"

"""Event sources not next to the trigger, round 262: the one who died does not act. A name right after a death noun
(«وفاة، مقتل، مصرع، اغتيال، إعدام، استشهاد»), past its title, is who died; a later act noun of the sentence with no
doer of its own does not take him as its source. A killing verb with no source of its own whose attack follows in
its clause («قتلوا أمس في هجوم انتحاري نفذه مسلحون») has the attack's doer even where that doer is a phrase with no
name (``attack_doers``). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_arg


def test_the_dead_leader_does_not_announce() -> None:
    text = "وقد تعمق وفاة الملا عمر من الخلافات داخل الحركة مع إعلان بعض أتباعها الولاء لتنظيم داعش."
    assert news_arg(text, "إعلان", "source") == ""


def test_a_leader_whose_visit_is_told_still_announces() -> None:
    # counter-case: «زيارة» is no death noun: the name before the act noun stays its source
    text = "وقد تعمق زيارة الملا عمر من الخلافات داخل الحركة مع إعلان بعض أتباعها الولاء لتنظيم داعش."
    assert news_arg(text, "إعلان", "source") == "عمر"


def test_killed_in_an_attack_carried_out_by_unnamed_gunmen() -> None:
    text = "وقال مسؤول إن أربعة من الحراس قتلوا فجر اليوم في هجوم انتحاري نفذه مسلحون ملثمون."
    assert news_arg(text, "قتلوا", "source") == "مسلحون ملثمون"
    # the killing's own second verb («وجرح») does not cut it from its attack
    text = "وقال مسؤول إن أربعة من الحراس قتلوا وجرح عشرة آخرون فجر اليوم في هجوم انتحاري نفذه مسلحون ملثمون."
    assert news_arg(text, "قتلوا", "source") == "مسلحون ملثمون"


def test_an_attack_past_a_clause_break_lends_no_doer() -> None:
    # counter-case: the attack is told in another clause, after the comma
    text = "وقال مسؤول إن أربعة من الحراس قتلوا فجر اليوم، وبعد ساعات وقع هجوم انتحاري نفذه مسلحون ملثمون."
    assert news_arg(text, "قتلوا", "source") == ""


def test_a_subjunctive_verb_is_no_doer() -> None:
    # «أن يقف», «قبل أن يتلثم بخرقة»: the bare imperfect after «أن» is a verb, not the phrase that acts
    text = "لم يكن في وسع الرئيس أن يقف في القصر ليعلن قيام الدولة الجديدة."
    assert news_arg(text, "ليعلن", "source") != "يقف"
    text = "وحاول الجار إنقاذ الأطفال، قبل أن يتلثم بخرقة مبلولة ويقتحم المنزل المشتعل."
    assert news_arg(text, "ويقتحم", "source") != "يتلثم بخرقة مبلولة"


def test_a_masdar_after_inna_stays_a_phrase() -> None:
    # counter-case: «إن» (not «أن») + «تعاون»: a masdar phrase, kept
    text = "وقال الوزير إن تعاون الطرفين ظهر في التدخل السريع وقصف مواقع المسلحين."
    assert news_arg(text, "وقصف", "source") == "تعاون الطرفين"

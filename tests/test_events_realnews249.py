"""Doers told indirectly, round 249: the subject of the light verb «قام بـ» is the doer of an arrest or another
act of force as of an attack («قامت الشرطة باعتقال»); one said with «كان» to be responsible for an act of force
(«كان الجيش مسؤولا عن اعتقال») did it — the subject of «كان», or, where that is dropped, the named subject of the
«كان» told just before in the sentence."""

from __future__ import annotations

from conftest import news_arg


def test_the_light_verbs_subject_arrests() -> None:
    assert news_arg("وقامت الشرطة باعتقال ثلاثة متهمين في الرياض.", "باعتقال") == "الشرطة"
    assert news_arg("وستقوم قوات الأمن باعتقال المطلوبين غدا.", "باعتقال") == "قوات الأمن"


def test_a_masdar_after_another_verb_takes_no_light_doer() -> None:
    # «قام» governs «بزيارة», not the arrest told after a full stop of the clause: the visitor arrests no one
    assert news_arg("وقام الوزير بزيارة السجن. وتقرر اعتقال المتهمين.", "اعتقال") != "الوزير"
    assert news_arg("وقامت اللجنة بدورها، ثم بدأ اعتقال المتهمين.", "اعتقال") != "اللجنة"


def test_who_was_responsible_for_an_act_of_force_did_it() -> None:
    assert news_arg("وكان الجيش مسؤولا عن اعتقال المتظاهرين.", "اعتقال") == "الجيش"
    assert news_arg("كان أحمد زعيما للحركة، وكان مسؤولا عن اعتقال المتظاهرين.", "اعتقال") == "أحمد"
    # «قتل» after «مسؤولا عن» is a masdar even where it is read as a verb
    assert news_arg("وقال إن أحمد كان زعيما للحركة، وكان مسؤولا عن قتل مئات المدنيين.", "قتل") == "أحمد"


def test_responsible_for_no_act_of_force_gives_no_doer() -> None:
    # «مسؤولا عن ملف»: a charge, no act; «مسؤولا عن استقبال»: a meeting, not read as done by him here
    assert news_arg("وكان الجيش يحاصر المدينة، واعتقال المتظاهرين مستمر.", "واعتقال") != "الجيش"
    assert news_arg("وكان الجيش مسؤولا عن التحقيق في اعتقال المتظاهرين.", "اعتقال") != "الجيش"
    assert news_arg("وكان أحمد مسؤولا عن ملف الأمن، وقتل مسلحون ثلاثة جنود.", "وقتل") == "مسلحون"

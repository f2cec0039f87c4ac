"""Round ev561: an act named inside a plan («خطة تقضي بـ»، «قرار ينص على»، «تهدف إلى»), a list of aims or
conditions («أهداف أولها»، «فرضيات أولاها») or after «إلى حين/حتى» under a verb still to come is not done (planned,
or hypothetical for conditions) and undated; «قد تشهد» + a far event noun may be. Counter-cases: «قد» + a perfect,
«بعد طرد ... الشهر الماضي» in a plain narrative clause, a masdar that is the subject («ويهدف الهجوم إلى»), «ثلاث
نقاط؛ أولاها» (points observed) and «حتى» under a past verb stay as told."""

from __future__ import annotations

from conftest import analyze_news


def _mods(text: str) -> list[tuple[str, str, str, str | None]]:
    """(trigger text, code, modality, date) of each event."""
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start:e.trigger.end], e.code, e.modality, e.date) for e in doc.events]


def test_plan_holding_an_expulsion_is_planned() -> None:
    assert ("طرد", "190", "planned", None) in _mods(
        "وتتقدم القوات وفقا لخطة عسكرية، تقضي بوصول قوات المقاومة إلى مدينتي تعز ومأرب، بعد طرد الميليشيات المتمردة منهما.")


def test_plan_aiming_at_an_expulsion_is_planned() -> None:
    assert ("طرد", "190", "planned", None) in _mods("وأعلنت الحكومة خطة تهدف إلى طرد المسلحين من المدينة.")


def test_decision_stipulating_a_deportation_is_planned() -> None:
    assert ("ترحيل", "174", "planned", None) in _mods("وأصدر الوزير قرارا ينص على ترحيل المهاجرين.")


def test_subject_of_the_aim_verb_stays_asserted() -> None:
    mods = _mods("ويهدف الهجوم إلى اقتحام مدينة الضالع.")
    assert ("الهجوم", "190", "asserted", "2015-08-02") in mods
    assert ("اقتحام", "190", "planned", None) in mods


def test_first_of_a_list_of_conditions_is_hypothetical() -> None:
    assert ("طرد", "190", "hypothetical", None) in _mods(
        "وتسعى تركيا إلى إقامة منطقة آمنة تحت ثلاث فرضيات؛ أولاها طرد ميليشيات داعش من المنطقة.")


def test_first_of_a_list_of_aims_is_planned() -> None:
    assert ("السيطرة", "192", "planned", None) in _mods("وحدد الجيش ثلاثة أهداف للعملية، أولها السيطرة على المطار.")


def test_first_of_points_observed_stays_asserted() -> None:
    mods = _mods("ويمكن ملاحظة التحول في ثلاث نقاط؛ أولاها طرد ميليشيات داعش من المنطقة.")
    assert [m[2] for m in mods if m[0] == "طرد"] == ["asserted"]


def test_until_an_expulsion_to_come_is_planned() -> None:
    assert ("طرد", "190", "planned", None) in _mods(
        "وأضاف أن الأمر سيكون مؤقتا إلى حين طرد المتمردين من ميناء الحديدة.")


def test_until_under_a_future_negation_is_planned() -> None:
    mods = _mods("وقال الناشطون إن الاحتجاجات لن تتوقف حتى طرد المسلحين من المدينة.")
    assert [m[2] for m in mods if m[0] == "طرد"] == ["planned"]


def test_until_under_a_past_verb_stays_told() -> None:
    mods = _mods("وظل القتال مستمرا في المدينة حتى طرد المسلحين منها.")
    assert [m[2] for m in mods if m[0] == "طرد"] == ["asserted"]


def test_may_witness_a_far_event_noun_is_hypothetical() -> None:
    assert ("لعصيان مدني", "140", "hypothetical", None) in _mods(
        "فيما قد تشهد مدينة الحلة مركز محافظة بابل (100 كلم جنوب بغداد) شرارة لعصيان مدني.")


def test_may_launch_is_hypothetical() -> None:
    assert ("هجوما", "190", "hypothetical", None) in _mods("وقد يشن الجيش هجوما على المدينة.")


def test_qad_with_a_perfect_stays_asserted() -> None:
    mods = _mods("وكانت القوات قد قصفت المدينة.")
    assert [m[2] for m in mods if m[0] == "قصفت"] == ["asserted"]


def test_after_an_expulsion_in_narrative_stays_asserted() -> None:
    mods = _mods("وعاد الهدوء إلى عدن بعد طرد الحوثيين منها الشهر الماضي.")
    assert [(m[2], m[3]) for m in mods if m[0] == "طرد"] == [("asserted", "2015-07")]


def test_masdar_subject_of_a_done_event_stays() -> None:
    mods = _mods("وأدى القصف إلى مقتل عشرة مدنيين.")
    assert [m[2] for m in mods if m[0] == "القصف"] == ["asserted"]

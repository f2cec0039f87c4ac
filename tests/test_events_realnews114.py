"""Round 114 of real news: CAMEO codes and non-events. Attacks named by their day are unconventional violence (180),
so is an extremist group's execution; deaths in a crash or of migrants at sea are no act of force; a way paved
towards talks is their aim, not talks held; a declared allegiance is an endorsement (051); an act of «أي» (any) is
none; settlements that surround a village lay no siege; a drone that kills strikes from the air (195); a general
mobilisation declared is 154. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import event_arg, news_codes, news_date, news_event, news_modality


def _codes(text: str, trigger: str) -> list[str]:
    return [code for t, code in news_codes(text) if t == trigger]


# -- attacks named by their day, an extremist's execution --------------------------------------------------------


def test_attacks_named_by_their_day_are_unconventional() -> None:
    text = "وتغيرت قواعد الاستجواب في الولايات المتحدة بعد اعتداءات 11 سبتمبر 2001."
    assert _codes(text, "اعتداءات") == ["180"]


def test_attacks_on_a_day_by_an_army_stay_conventional() -> None:
    text = "وشن الجيش هجمات 11 سبتمبر على مواقع المتمردين في الجبل."
    assert _codes(text, "هجمات") == ["190"]


def test_execution_by_isis_is_unconventional() -> None:
    doc, ev = news_event("وقال مصدر أمني أمس إن «داعش» أعدم ثلاثين رجلا في ساحة عامة بالمدينة.", "أعدم")
    assert ev.code == "180"
    assert event_arg(doc, ev, "source") == "داعش"


def test_execution_by_a_state_is_no_unconventional_violence() -> None:
    # round 245: a state's execution is violent repression (CAMEO 175), no act of military force (190)
    assert _codes("وأعدمت السلطات أمس مدانا بتهريب المخدرات.", "وأعدمت") == ["175"]


# -- accidents and disasters ------------------------------------------------------------------------------------


def test_deaths_when_a_jet_falls_on_a_market_are_no_attack() -> None:
    text = "وقال المرصد إن 30 شخصا قتلوا وأصيب عشرات، حين سقطت طائرة حربية على سوق مزدحم في البلدة."
    assert news_codes(text) == []


def test_deaths_when_a_shell_falls_on_a_market_are_an_attack() -> None:
    text = "وقال المرصد إن 30 شخصا قتلوا حين سقطت قذيفة على سوق مزدحم في البلدة."
    assert _codes(text, "قتلوا") == ["190"]


def test_migrants_who_died_at_sea_were_not_killed() -> None:
    text = "ويقدر أن ألفا من المهاجرين لقوا حتفهم في البحر العام الماضي وأن ثلاثمائة قتلوا هذا العام."
    assert news_codes(text) == []


def test_migrants_shot_at_sea_were_killed() -> None:
    text = "وقال شهود إن عشرين من المهاجرين قتلوا برصاص حرس السواحل في البحر."
    assert _codes(text, "قتلوا") == ["190"]


# -- a goal, not an act -----------------------------------------------------------------------------------------


def test_talks_a_truce_paves_the_way_to_are_its_aim() -> None:
    text = "وأعلن المبعوث هدنة إنسانية كانت لتمهيد الطريق نحو استئناف التفاوض بين الأطراف."
    assert news_modality(text, "التفاوض") == "planned"


def test_talks_resumed_are_told() -> None:
    assert news_modality("واستأنف الطرفان التفاوض في العاصمة أمس.", "التفاوض") == "asserted"


def test_attacks_a_cell_plans_are_planned() -> None:
    text = "وكان يقود خلية صغيرة من المتشددين في التخطيط لهجمات على أهداف غربية."
    assert news_modality(text, "لهجمات") == "planned"


# -- allegiance -------------------------------------------------------------------------------------------------


def test_allegiance_declared_to_a_leader_is_an_endorsement() -> None:
    doc, ev = news_event("وقال الباحث إن قسما من قادة الجماعة أعلن الولاء لأبو بكر البغدادي في نوفمبر.", "أعلن")
    assert ev.code == "051"
    assert event_arg(doc, ev, "target") == "أبو بكر البغدادي"


def test_allegiance_with_a_pronoun_is_an_endorsement() -> None:
    assert _codes("وكانت الجبهة قد أعلنت ولاءها ومبايعتها للتنظيم بشكل كامل.", "أعلنت") == ["051"]


def test_a_statement_about_loyalty_stays_a_statement() -> None:
    assert _codes("وأعلن المتحدث أن الولاء للوطن أولا.", "وأعلن") == ["010"]


# -- «أي»: any one of a kind ------------------------------------------------------------------------------------


def test_groups_a_law_lets_ban_are_accused_by_no_one() -> None:
    text = "ويمنح القانون السلطات صلاحيات واسعة لحظر أي جماعات تتهم بارتكاب أعمال عنف."
    assert news_codes(text) == []


def test_any_attempt_to_storm_is_only_a_hypothetical_storming() -> None:
    # as «لردع أي هجوم» (rounds 64, 76): an event of no day, hypothetical (round 116, modality_links)
    text = "وقال المتحدث إن أي محاولة لاقتحام المسجد عمل غير مشروع."
    assert news_modality(text, "لاقتحام") == "hypothetical"
    assert news_date(text, "لاقتحام") is None


def test_a_government_that_accuses_groups_accuses() -> None:
    doc, ev = news_event("واتهمت الحكومة جماعات مسلحة بارتكاب أعمال عنف في المدينة.", "واتهمت")
    assert ev.code == "112"


# -- a siege by the lie of the land, a drone strike, a mobilisation --------------------------------------------


def test_settlements_set_off_by_a_comma_lay_no_siege() -> None:
    assert news_codes("وتحيط بالقرية مستوطنات عدة، تحاصرها من كل حدب وصوب.") == []


def test_troops_set_off_by_a_comma_besiege() -> None:
    assert _codes("وتقدمت قوات الجيش نحو البلدة، تحاصرها من كل الجهات.", "تحاصرها") == ["191"]


def test_a_drone_that_kills_is_an_air_strike() -> None:
    text = "وأعلنت وزارة الدفاع أن طائرة من دون طيار (درون) قتلت، في سوريا الشهر الماضي قياديا في التنظيم."
    assert _codes(text, "قتلت") == ["195"]


def test_gunmen_who_kill_use_conventional_force() -> None:
    assert _codes("وقال إن المسلحين قتلوا عشرة مدنيين في القرية.", "قتلوا") == ["190"]


def test_general_mobilisation_declared_is_a_force_posture() -> None:
    doc, ev = news_event("وبعدها بعام أعلنت السعودية التعبئة العامة لمواجهة العدوان.", "أعلنت")
    assert ev.code == "154"
    assert event_arg(doc, ev, "source") == "السعودية"


def test_staff_mobilised_for_elections_is_a_statement() -> None:
    assert _codes("وأعلنت الحكومة التعبئة في صفوف الموظفين للانتخابات.", "وأعلنت") == ["010"]


def test_an_accusation_denied_after_any_stays_negated() -> None:
    assert news_modality("وقال المحامي إن التحقيق سينتهي دون أي اتهام للمسؤولين.", "اتهام") == "negated"

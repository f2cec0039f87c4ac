"""Round 150 of real news: a killing with no doer when unnamed militants stormed («حين اقتحم مسلحون») and attacks an
extremist group plans («عناصر تنظيم القاعدة ... في التخطيط لهجمات») are 18x; an announcement opening the way to
dialogue is an intent to negotiate (036); a «وأن» clause joined to an obliged «أن» clause is owed (planned), and so
are talks after «قبل استئناف» and an act after a fronted duty («على الحكومة أن»). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import news_event


def test_killing_when_gunmen_stormed_is_a_militant_attack() -> None:
    doc, ev = news_event("وقتل يومها 9 من رجال الشرطة حين هاجم مسلحون عددا من المقار في المدينة.", "وقتل")
    assert ev.code == "180"


def test_killing_when_soldiers_stormed_stays_190() -> None:
    doc, ev = news_event("وقتل يومها 9 من المسلحين حين هاجم جنود عددا من المقار في المدينة.", "وقتل")
    assert ev.code == "190"


def test_killing_when_named_gunmen_stormed_is_left_alone() -> None:
    doc, ev = news_event("وقتل يومها 9 من الحراس حين اقتحم مسلحون حوثيون عددا من المقار في المدينة.", "وقتل")
    assert ev.code == "190"


def test_attacks_planned_by_al_qaeda_are_18x() -> None:
    doc, ev = news_event("ويقول خبراء إن عناصر تنظيم القاعدة في اليمن ينشطون في التخطيط لهجمات كبيرة على الطائرات.",
                         "لهجمات")
    assert ev.code == "180"
    assert ev.modality == "planned"


def test_attacks_planned_by_an_army_stay_190() -> None:
    doc, ev = news_event("ويقول خبراء إن قادة الجيش الأميركي ينشطون في التخطيط لهجمات كبيرة على المواقع.", "لهجمات")
    assert ev.code == "190"


def test_an_obliged_announcement_of_dialogue_is_a_planned_intent_to_negotiate() -> None:
    doc, ev = news_event("وقال النائب إنه «يجب على الحكومة أن توقف عملياتها في الجنوب، وأن تعلن فتح الطريق للحوار».",
                         "تعلن")
    assert ev.code == "036"
    assert ev.modality == "planned"


def test_an_announced_opening_of_a_road_stays_a_statement() -> None:
    doc, ev = news_event("وأعلنت البلدية أمس فتح الطريق السريع أمام السيارات.", "وأعلنت")
    assert ev.code == "010"
    assert ev.modality == "asserted"


def test_talks_after_before_resumption_are_planned() -> None:
    doc, ev = news_event("وزادت المعارك من التوتر قبل استئناف مفاوضات سلام بين الطرفين.", "مفاوضات")
    assert ev.code == "046"
    assert ev.modality == "planned"


def test_talks_resumed_yesterday_are_told() -> None:
    doc, ev = news_event("وقال الوزير قبل استئناف المفاوضات أمس إن بلاده متمسكة بمواقفها.", "المفاوضات")
    assert ev.modality != "planned"


def test_a_joined_clause_of_a_told_act_is_not_owed() -> None:
    doc, ev = news_event("وقال الوزير إن الجيش أوقف عملياته في الجنوب، وأن الحكومة أعلنت فتح الطريق للحوار.", "أعلنت")
    assert ev.code == "036"
    assert ev.modality == "reported"


def test_a_fronted_duty_is_owed() -> None:
    doc, ev = news_event("وقال النائب إن «على الحكومة أن تتفاوض مع المعارضة فورا».", "تتفاوض")
    assert ev.code.startswith("04")
    assert ev.modality == "planned"


def test_agreeing_on_an_act_is_no_duty() -> None:
    doc, ev = news_event("وقال الوزير إنهم اتفقوا على أن يجتمعوا في الرياض.", "يجتمعوا")
    assert ev.modality == "planned"  # (agreed on: round 51; not the fronted duty)
    doc, ev = news_event("وحرص الوزير على أن يلتقي رئيس الوزراء في الرياض أمس.", "يلتقي")
    assert ev.modality != "planned"

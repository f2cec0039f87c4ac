"""Session 54 (mo943): an act that a word of intending, expecting or aiming governs past a comma is still to come
(planned): over an aside set off by two commas, after «، وبالتالي» and in a «وأن» clause joined to an expected
one; past forms of intending. Counter-cases: acts told as done stay asserted or reported, conditions stay
hypothetical (the project's codebook: «إذا/في حال» + an act is a condition, not a plan). Hand-made news sentences."""

from __future__ import annotations

from conftest import news_event, news_event_rows


def test_an_intended_storming_past_an_aside_is_planned() -> None:
    doc, ev = news_event("وقال مسؤول أمني إن القوات تعتزم، بعد وصول التعزيزات، اقتحام بلدة الحويجة.", "اقتحام")
    assert ev.code == "190"
    assert ev.modality == "planned"


def test_an_intended_attack_past_a_time_aside_keeps_its_doer() -> None:
    text = "وقال مصدر إن الجيش اللبناني يعتزم، خلال الأيام المقبلة، شن هجوم على مواقع المسلحين في عرسال."
    assert ("190", "هجوم", "الجيش اللبناني", "المسلحين", "planned") in news_event_rows(text)


def test_an_intended_demonstration_past_a_source_aside_is_planned() -> None:
    doc, ev = news_event("وتنوي المعارضة، وفق ما أفاد ناشطون، تنظيم مظاهرة أمام مبنى المحافظة.", "مظاهرة")
    assert ev.code == "141"
    assert ev.modality == "planned"


def test_an_expected_meeting_past_an_aside_is_planned() -> None:
    text = "ومن المتوقع، بحسب مصادر دبلوماسية، أن يلتقي وزير الخارجية الأردني نظيره المصري في عمان."
    assert ("040", "يلتقي", "وزير الخارجية الأردني", "نظيره المصري", "planned") in news_event_rows(text)


def test_what_an_aim_brings_about_after_wa_bittali_is_planned() -> None:
    text = "وتسعى الحكومة إلى تطويق المسلحين في الجبال، وبالتالي استعادة السيطرة على الطريق الدولي."
    doc, ev = news_event(text, "السيطرة")
    assert ev.code == "192"
    assert ev.modality == "planned"


def test_a_meeting_in_a_wa_an_clause_joined_to_a_scheduled_one_is_planned() -> None:
    text = "ومن المقرر أن يستقبل الرئيس المصري وفدا أمنيا، وأن يعقد اجتماعا مع قادة الجيش."
    rows = news_event_rows(text)
    assert ("043", "يستقبل", "الرئيس المصري", "وفدا أمنيا", "planned") in rows
    assert ("040", "اجتماعا", None, "قادة الجيش", "planned") in rows


def test_a_visit_intended_in_the_past_tense_is_planned() -> None:
    doc, ev = news_event("ونوى الوزير زيارة دمشق لكنه عدل عن ذلك.", "زيارة")
    assert ev.code == "042"
    assert ev.modality == "planned"


# counter-cases: the act was made, or only a condition


def test_a_shelling_past_a_time_aside_with_no_intention_stays_asserted() -> None:
    assert news_event("وقصفت الطائرات، بعد منتصف الليل، مواقع التنظيم قرب الرقة.", "وقصفت")[1].modality == "asserted"


def test_an_attack_past_an_aside_under_a_verb_of_saying_stays_reported() -> None:
    doc, ev = news_event("وأكد المتحدث أن الجيش، رغم الخسائر، هاجم مواقع المسلحين.", "هاجم")
    assert ev.code == "190"
    assert ev.modality == "reported"


def test_control_after_wa_bittali_of_a_clause_told_as_done_stays_asserted() -> None:
    text = "ودخلت القوات المدينة بعد معارك عنيفة، وبالتالي استعادة السيطرة عليها بعد شهرين من الحصار."
    assert news_event(text, "السيطرة")[1].modality == "asserted"


def test_a_wa_an_clause_joined_to_a_reported_one_stays_reported() -> None:
    rows = news_event_rows("وذكرت الوكالة أن الوزير استقبل السفير، وأن وقع اتفاقا معه.")
    assert ("057", "وقع اتفاقا", None, None, "reported") in rows


def test_an_attack_announced_as_made_stays_reported_though_intended_before() -> None:
    text = "وأعلن الجيش أنه شن هجوما على مواقع المسلحين، كما كان ينوي منذ أسابيع."
    assert news_event(text, "هجوما")[1].modality == "reported"


def test_an_intention_carried_out_is_an_act_made() -> None:
    doc, ev = news_event("وقد نفذ المسلحون ما كانوا ينوونه، إذ هاجموا مقر الشرطة فجر أمس.", "هاجموا")
    assert ev.code == "190"
    assert ev.modality == "asserted"


def test_a_sanction_under_a_condition_stays_hypothetical() -> None:
    rows = news_event_rows("وإذا رفضت الحركة المبادرة فسوف تفرض الحكومة عقوبات عليها.")
    assert ("163", "تفرض", "الحكومة", None, "hypothetical") in rows

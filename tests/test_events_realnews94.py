"""Round 94 of real news: event codes and non-events. A verb of attack whose subject is an act the clause calls
terrorist («الهجوم الإرهابي الذي استهدف», «عمليات إرهابية تستهدف») is unconventional violence, CAMEO 180, as the
act noun itself is; a declaration noun with a document's adjective («الإعلان الدستوري») is the document's name,
no announcement; a noun of control weakened, strengthened or compared («إضعاف سيطرة», «أكثر سيطرة») or a place's
submission to it («خضوع الميناء لسيطرة») is a state, no seizing; «تطالب الصين بالسيطرة على» is a standing claim, no
demand. Each with a counter-case: a verb with a doer of its
own after a terrorist attack, an attack not called terrorist, an announcement made by someone, a seizing told, a
demand for control made."""

from __future__ import annotations

from conftest import news_codes, news_event, news_triggers


def test_a_targeting_by_a_terrorist_bombing_is_unconventional() -> None:
    text = "وأدان الوزير التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها أمس."
    # round ev522: the clause's verb retells the bombing: one event, the bombing's 183
    assert news_codes(text) == [("وأدان", "111"), ("التفجير", "183")]


def test_a_targeting_past_a_quoted_description_is_unconventional() -> None:
    text = "وأدان المجلس «الهجوم الإرهابي الإجرامي الجبان» الذي استهدف رئيس المحكمة في العاصمة."
    assert [c for t, c in news_codes(text) if t in ("الهجوم", "استهدف")] == ["180"]


def test_terrorist_operations_that_target_are_unconventional() -> None:
    text = "وكشفت التحقيقات عن خلية تخطط لعمليات إرهابية تستهدف منشآت حيوية في المدينة."
    assert ("تستهدف", "180") in news_codes(text)


def test_a_constitutional_declaration_is_no_announcement() -> None:
    text = "وينص الإعلان الدستوري على انتهاء ولاية البرلمان الشهر المقبل."
    assert "الإعلان" not in news_triggers(text)


def test_control_weakened_is_no_seizing() -> None:
    text = "وتسعى تركيا إلى إضعاف سيطرة الأكراد على المناطق الحدودية."
    assert "سيطرة" not in news_triggers(text)


def test_control_compared_is_no_seizing() -> None:
    text = "وقد تجعل هذه الخطوة النظام أكثر سيطرة على العاصمة."
    assert "سيطرة" not in news_triggers(text)


def test_a_port_subject_to_control_is_no_seizing() -> None:
    text = "وتعطل العمل بسبب خضوع ميناء المدينة لسيطرة المسلحين منذ أشهر."
    assert "لسيطرة" not in news_triggers(text)


# counter-cases


def test_an_army_targeting_after_a_terrorist_attack_stays_military() -> None:
    text = "وبعد الهجوم الإرهابي استهدف الجيش مواقع المسلحين في الجبال."
    assert ("استهدف", "190") in news_codes(text)


def test_an_attack_not_called_terrorist_that_targets_stays_190() -> None:
    text = "وأدان الوزير الهجوم الذي استهدف دورية للجيش أمس."
    assert ("الهجوم", "190") in news_codes(text)


def test_an_announcement_by_the_government_is_an_event() -> None:
    doc, ev = news_event("وجاء إعلان الحكومة عن موعد الانتخابات أمس.", "إعلان")
    assert ev.code == "010"


def test_control_taken_is_a_seizing() -> None:
    doc, ev = news_event("وتمكنت القوات من السيطرة على المدينة أمس بعد معارك عنيفة.", "السيطرة")
    assert ev.code == "192"


def test_a_purpose_of_control_with_lam_is_still_an_act() -> None:
    doc, ev = news_event("واندلعت معارك عنيفة للسيطرة على المطار أمس.", "للسيطرة")
    assert ev.code == "192"


def test_a_state_that_claims_control_of_a_sea_makes_no_demand() -> None:
    text = "وتطالب الصين بالسيطرة على معظم البحر، وهو ممر ملاحي مهم."
    assert "وتطالب" not in news_triggers(text)


def test_a_demand_made_for_control_is_an_event() -> None:
    doc, ev = news_event("وطالبت المعارضة أمس بالسيطرة على المعابر الحدودية.", "وطالبت")
    assert ev.code == "100"


def test_the_control_a_state_claims_is_no_seizing() -> None:
    text = "وتطالب الصين بالسيطرة على معظم البحر، وهو ممر ملاحي مهم."
    assert "بالسيطرة" not in news_triggers(text)

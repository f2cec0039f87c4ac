"""Event arguments and codes on constructions of real news, round 8: a 1st person singular verb in an interview or
a quote, and a round of talks («جولة مفاوضات»), which is a negotiation, not travel."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_starting_at


def test_a_first_person_meeting_in_a_quote_is_the_speakers() -> None:
    doc = analyze_news("وقال الرئيس القبرصي نيكوس أناستاسيادس: «لقد التقيت الرئيس المصري عبد الفتاح السيسي مرات عدة».")
    ev = event_starting_at(doc, "التقيت")
    assert event_arg(doc, ev, "source") == "نيكوس أناستاسيادس"
    assert event_arg(doc, ev, "target") == "عبد الفتاح السيسي"


def test_a_first_person_verb_in_an_answer_has_no_source() -> None:
    doc = analyze_news("- بكل تأكيد، التقيت رئيس جمهورية مصر في مناسبات كثيرة.")
    ev = event_starting_at(doc, "التقيت")
    assert ev.source is None
    assert event_arg(doc, ev, "source") == ""


def test_after_kuntu_the_adverb_is_no_source() -> None:
    doc = analyze_news("* كنت اجتمعت أخيرا بالرئيس المصري عبد الفتاح السيسي.. كيف تجده؟")
    ev = event_starting_at(doc, "اجتمعت")
    assert event_arg(doc, ev, "source") == ""


def test_a_promise_of_oneself_is_the_speakers_not_the_addressees() -> None:
    doc = analyze_news("وقال رئيس الإقليم مسعود بارزاني أمس: «بعد الكارثة، وعدت الشيخ خالد (رجل الدين) بأني سأعمل من أجل "
               "العودة».")
    ev = event_starting_at(doc, "وعدت")
    assert event_arg(doc, ev, "source") == "مسعود بارزاني"


def test_a_third_person_feminine_verb_keeps_its_subject() -> None:
    doc = analyze_news("والتقت وزيرة الخارجية الأسترالية جولي بيشوب الرئيس المصري عبد الفتاح السيسي.")
    ev = event_starting_at(doc, "والتقت")
    assert event_arg(doc, ev, "source") == "جولي بيشوب"


def test_a_round_of_negotiations_is_no_visit() -> None:
    doc = analyze_news("وبدأت في جنيف أمس جولة جديدة من المفاوضات بين الحكومة والمعارضة.")
    assert event_starting_at(doc, "جولة").code == "046"


def test_a_negotiating_round_is_no_visit() -> None:
    doc = analyze_news("وانتهت جولة تفاوضية بين الطرفين في القاهرة دون نتيجة.")
    assert event_starting_at(doc, "جولة").code == "046"


def test_a_tour_in_the_region_stays_a_visit() -> None:
    doc = analyze_news("وبدأ وزير الخارجية الأميركي جون كيري جولة في المنطقة تشمل القاهرة والرياض.")
    assert event_starting_at(doc, "جولة").code == "042"

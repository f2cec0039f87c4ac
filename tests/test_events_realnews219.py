"""Round 219: parties carried within the sentence, dual anaphors, destinations as targets (hand-made sentences)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg, news_event, news_place

STRIKES = ("وأعلنت القيادة الأمريكية أمس أن الولايات المتحدة نفذت 12 ضربة جوية في العراق ضد تنظيم داعش تركزت على "
           "مدينة الموصل، موضحة أنها استهدفت مواقع ومخازن.")


def test_generic_object_takes_the_strike_target_and_place() -> None:
    assert news_arg(STRIKES, "استهدفت", "target") == "تنظيم داعش"
    assert news_place(STRIKES, "استهدفت") == "العراق"


def test_generic_object_after_another_party_is_not_carried() -> None:
    text = ("نفذت الولايات المتحدة 12 ضربة جوية في العراق ضد تنظيم داعش، فيما قال الجيش السوري إنه استهدف مواقع "
            "ومخازن.")
    assert news_arg(text, "استهدف", "target") != "تنظيم داعش"


DUAL = ("التقى الرئيس الفرنسي رئيس الحكومة التونسي الحبيب الصيد ووزير الخارجية التونسي الطيب البكوش. وكان "
        "المسؤولان التونسيان قد التقيا المبعوث الأوروبي جون سميث في بروكسل.")


def test_dual_officials_are_the_two_persons_of_that_country() -> None:
    doc = analyze_news(DUAL)
    met = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "التقيا"]
    assert sorted(event_arg(doc, e, "source") for e in met) == ["الحبيب الصيد", "الطيب البكوش"]
    assert all(event_arg(doc, e, "target") == "جون سميث" for e in met)


def test_dual_officials_with_one_person_named_stay_unnamed() -> None:
    text = ("التقى الرئيس الفرنسي رئيس الحكومة التونسي الحبيب الصيد. وكان المسؤولان التونسيان قد التقيا المبعوث "
            "الأوروبي جون سميث في بروكسل.")
    doc, ev = news_event(text, "التقيا")
    assert ev.source is None
    assert len([e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "التقيا"]) == 1


def test_visit_to_a_capital_after_li_is_to_that_state() -> None:
    text = "وقال الوزير إن زيارة الملك عبدالله الثاني الأخيرة لموسكو عززت العلاقات بين البلدين."
    assert news_arg(text, "زيارة", "target") == "موسكو"
    assert news_place(text, "زيارة") == "موسكو"


def test_visit_to_a_town_after_li_has_no_target() -> None:
    text = "وقال المسؤول إن زيارة الملك عبدالله الثاني الأخيرة لمدينة الموصل كانت ناجحة."
    doc, ev = news_event(text, "زيارة")
    assert ev.target is None


def test_partner_of_demanded_talks_is_the_target() -> None:
    text = ("انتقد وزير الخارجية القطري خالد العطية سياسة إيران، في الوقت الذي طالب فيه بإجراء حوار جاد مع "
            "طهران.")
    assert news_arg(text, "طالب", "target") == "طهران"


def test_demand_without_a_partner_has_no_target() -> None:
    text = "انتقد وزير الخارجية القطري خالد العطية سياسة إيران، في الوقت الذي طالب فيه بإجراء حوار جاد وشامل."
    doc, ev = news_event(text, "طالب")
    assert ev.target is None


def test_recipient_of_a_referral_does_the_purpose() -> None:
    text = "وأحيلت القضية الشهر الماضي إلى وزارة العدل الأمريكية للتحقيق في تسريب الوثائق."
    assert news_arg(text, "للتحقيق") == "وزارة العدل الأمريكية"


def test_body_gone_to_without_a_referral_does_not_investigate() -> None:
    text = "وتوجه المحامي الشهر الماضي إلى وزارة العدل الأمريكية للتحقيق في تسريب الوثائق."
    doc, ev = news_event(text, "للتحقيق في")
    assert ev.source is None or event_arg(doc, ev, "source") != "وزارة العدل الأمريكية"


def test_killed_since_the_attacks_of_a_group_began() -> None:
    text = "وقتل عشرة جنود أتراك منذ أن باشر متمردو حزب العمال الكردستاني شن هجمات على مراكز الشرطة."
    assert news_arg(text, "وقتل") == "حزب العمال الكردستاني"


def test_killed_since_a_truce_was_announced_has_no_doer() -> None:
    text = "وقتل عشرة جنود أتراك منذ أن أعلن حزب العمال الكردستاني انتهاء الهدنة مع الحكومة."
    doc, ev = news_event(text, "وقتل")
    assert ev.source is None


HALT = "توقفت الحركة في ميناء الحديدة منذ أيام بسبب نقص الوقود.{}وأمام هذا الوضع، دخل الموظفون والعمال في إضراب عن العمل."


def test_strike_happens_at_the_one_place_of_the_sentence_before() -> None:
    assert news_place(HALT.format(" "), "إضراب عن") == "الحديدة"


def test_strike_in_a_new_paragraph_takes_no_place() -> None:
    assert news_place(HALT.format("\n"), "إضراب عن") is None


def test_strike_after_two_places_takes_none() -> None:
    text = ("توقفت الحركة في ميناء الحديدة وميناء عدن منذ أيام. وأمام هذا الوضع، دخل الموظفون والعمال في إضراب "
            "عن العمل.")
    assert news_place(text, "إضراب عن") is None


def test_visit_destination_past_the_visitor_titles() -> None:
    text = ("وقال الوزير إن زيارة الأمير فيصل بن سلطان ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
            "مؤخرا لموسكو وضعت الأسس للعلاقات بين البلدين.")
    assert news_arg(text, "زيارة", "target") == "موسكو"


def test_visit_destination_not_past_a_comma() -> None:
    text = "وقال الوزير إن زيارة الأمير فيصل بن سلطان، التي ناقش فيها القضايا لموسكو، كانت مهمة."
    doc, ev = news_event(text, "زيارة")
    assert ev.target is None


def test_person_killed_while_riding_is_the_one_killed() -> None:
    text = "وقال المتحدث إن محمد الفضلي قتل بينما كان يستقل سيارة في بلدة سرمدا."
    doc, ev = news_event(text, "قتل")
    assert event_arg(doc, ev, "target") == "محمد الفضلي"
    assert ev.source is None


def test_person_who_killed_someone_while_riding_stays_the_killer() -> None:
    text = "وقال المتحدث إن محمد الفضلي قتل الحارس بينما كان يستقل سيارة في بلدة سرمدا."
    assert news_arg(text, "قتل") == "محمد الفضلي"

"""Round 81 of real news: CAMEO 18 ASSAULT («use unconventional violence») against 19 FIGHT («use conventional
military force»): a terrorist attack and an armed group's killing of civilians are 180, an army's or rebels'
fighting stays 190; a source who declines to be named («رفض الكشف عن هويته») makes no rejection."""

from __future__ import annotations

from conftest import news_codes, news_event


def test_a_terrorist_attack_is_unconventional_violence() -> None:
    doc, e = news_event("وزادت المساعدات للبلاد بعد الهجمات الإرهابية الأخيرة في العاصمة.", "الهجمات")
    assert e.code == "180" and e.plover == "ASSAULT"
    doc, e = news_event("واتهمت الحكومة الحزب بمواصلة اعتداءاته الإرهابية ضد المواطنين.", "اعتداءاته")
    assert e.code == "180"
    # an attack not called terrorist stays conventional force
    doc, e = news_event("وصدت القوات الحكومية هجوما كبيرا على المدينة أمس.", "هجوما")
    assert e.code == "190"


def test_an_armed_groups_killing_of_civilians_is_unconventional_violence() -> None:
    doc, e = news_event("وقال الوزير إن المتطرفين قتلوا العشرات من المدنيين في القرية.", "قتلوا")
    assert e.code == "180"
    doc, e = news_event("وقتل تنظيم داعش عشرة من المدنيين في ريف حلب أمس.", "وقتل")
    assert e.code == "180"
    # the same group fighting an army, or an army killing civilians, is conventional force
    doc, e = news_event("وهاجم تنظيم داعش مواقع الجيش العراقي في الرمادي أمس.", "وهاجم")
    assert e.code == "190"
    doc, e = news_event("وقتل الجيش عشرة من المدنيين في قصف على القرية.", "وقتل")
    assert e.code == "190"


def test_a_source_declining_to_be_named_rejects_nothing() -> None:
    assert not any(code == "120" for _, code in news_codes(
        "وقال مسؤول في الوزارة رفض الكشف عن هويته إن الاجتماع تأجل."))
    assert not any(code == "120" for _, code in news_codes(
        "وقال دبلوماسي غربي رفض ذكر اسمه إن المحادثات متعثرة."))
    # a refusal to disclose something else is an event: round 286 reads it as a comment declined (011,
    # events.declined), no rejection
    doc, e = news_event("ورفضت الحكومة الكشف عن تفاصيل الاتفاق مع الشركة.", "ورفضت")
    assert e.code == "011"


def test_an_announced_pledge_is_a_pledge() -> None:
    doc, e = news_event("ورحبت المعارضة بإعلان الرئيس بتوفير الضمانات اللازمة للمشاركين.", "بإعلان")
    assert e.code == "030" and e.plover == "AGREE"
    doc, e = news_event("ورحبت المعارضة بإعلان الرئيس بأن يضمن سلامة المشاركين في الحوار.", "بإعلان")
    assert e.code == "030"
    # an announcement of what happened stays a statement
    doc, e = news_event("وجاء إعلان الجيش بمقتل ثلاثة من جنوده بعد ساعات من الهجوم.", "إعلان")
    assert e.code == "010"


def test_a_concern_expressed_is_a_pessimistic_comment() -> None:
    doc, e = news_event("وأعربت الأمم المتحدة عن قلقها البالغ من تدهور الأوضاع في المدينة.", "وأعربت")
    assert e.code == "012" and e.plover is None
    # a hope or a relief expressed stays no event
    assert news_codes("وأعرب الوزير عن ارتياحه لنتائج المباحثات.") == []


def test_a_plain_attack_noun_after_a_terrorist_attack_repeats_it() -> None:
    codes = news_codes("وأدان الوزير الهجمات الإرهابية على القرية، وقال إن منفذي الهجمات سيحاسبون.")
    assert [c for _, c in codes if c.startswith(("18", "19"))] == ["180"]


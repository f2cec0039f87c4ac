"""Round lo566: a party's act told after the meeting it was at, with no place of its own, is where that meeting was
(events.lead_acts). Hand-made sentences in the style of the 347, each condition with a counter-case."""

from __future__ import annotations

from conftest import news_place

MOSCOW = "التقى وزير الخارجية السعودي عادل الجبير اليوم في موسكو نظيره الروسي سيرغي لافروف. "


def test_a_statement_after_the_meeting_is_where_it_was() -> None:
    text = MOSCOW + "ووصف الجبير في تصريح له عقب اللقاء المحادثات بالإيجابية."
    assert news_place(text, "تصريح") == "موسكو"


def test_the_envoy_speaks_where_the_talks_were() -> None:
    text = ("انتهت جولة المشاورات الليبية في العاصمة الجزائرية أمس بين برناردينو ليون وأعضاء من المؤتمر الوطني. "
            "وصرح ليون عقب نهاية المشاورات بأن الحوار مستمر.")
    assert news_place(text, "وصرح") == "الجزائر"


def test_another_partys_statement_takes_no_place() -> None:
    # counter-case: the speaker was not at the meeting
    text = MOSCOW + "ووصف الرئيس الإيراني حسن روحاني في تصريح له المحادثات بالإيجابية."
    assert news_place(text, "تصريح") is None


def test_a_visit_told_between_takes_no_place() -> None:
    # counter-case: he meets in Cairo, then is told to have visited Paris: the scene moved (not Cairo)
    text = ("عقد وزير الخارجية المصري سامح شكري اليوم في القاهرة اجتماعا مع السفراء العرب. "
            "وزار شكري باريس في وقت لاحق. وأكد شكري في تصريح له دعم بلاده للحل السياسي.")
    assert news_place(text, "وأكد") != "القاهرة"


def test_a_place_of_another_country_between_takes_no_place() -> None:
    # counter-case: another country named in the act's sentence may be where it was said
    text = MOSCOW + "ووصف الجبير في تصريح له في باريس المحادثات بالإيجابية."
    assert news_place(text, "تصريح") != "موسكو"


def test_no_place_from_a_meeting_of_another_day() -> None:
    # counter-case: the statement is of another month than the meeting
    text = MOSCOW + "ووصف الجبير في تصريح له في مارس الماضي العلاقات بالإيجابية."
    assert news_place(text, "تصريح") is None

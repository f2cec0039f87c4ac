"""Round ev413: a body's own unit in construct with whom it serves acts for it (``events.unit_heads``): «حملة
كلينتون» is Clinton, «إدارة أوباما» Obama's administration, «ديوان الرئاسة» the presidency, «إدارة كابل» the Kabul
government; a place read as a place after «إدارة» (running it) and a unit word with no name after it are no party."""

from __future__ import annotations

from conftest import news_arg


def test_a_campaign_acts_for_its_candidate() -> None:
    assert news_arg("ورفضت حملة كلينتون الانتخابية التطرق الى التحقيق الفيدرالي.", "ورفضت") == "كلينتون"


def test_an_office_acts_for_its_body() -> None:
    text = "وقد أعلن ديوان الرئاسة الإسرائيلية عن تقديم شكوى إلى الشرطة الإسرائيلية."
    assert news_arg(text, "أعلن") == "الرئاسة الإسرائيلية"


def test_an_administration_is_a_masdar_agent() -> None:
    assert news_arg("وقال إنه لم يعد يثق في مفاوضات إدارة أوباما مع إيران.", "مفاوضات") == "أوباما"


def test_the_administration_of_a_capital_read_as_its_government() -> None:
    text = "وقال إن الجولة الثانية من المحادثات بين الإمارة الإسلامية وإدارة كابل ستبدأ قريبا."
    assert news_arg(text, "المحادثات", "target") == "كابل"


def test_a_unit_word_with_no_name_after_it_names_no_one() -> None:
    # counter-cases: the unit word alone, and running a town (a place read as a place) are no party
    assert news_arg("ورفضت الحملة الانتخابية التطرق الى التحقيق الفيدرالي.", "ورفضت") != "كلينتون"
    assert news_arg("وانتقد الوزير إدارة عدن للأزمة.", "وانتقد", "target") != "عدن"

"""Round ev416: a verb's object after a «في» place phrase (``events.objects._no_genitive``): an indefinite phrase
with no definite word in or after it, right after a «في» phrase ending on a name or a word with the article, is no
genitive of that place but the object («واعتقلت قوات الأمن في المدينة ناشطين»)."""

from __future__ import annotations

from conftest import news_arg


def test_an_indefinite_object_after_a_definite_place() -> None:
    text = "واعتقلت قوات الأمن في المدينة ناشطين معارضين."
    assert news_arg(text, "واعتقلت", "target").startswith("ناشطين")


def test_an_indefinite_object_after_a_named_place() -> None:
    text = "واعتقلت الشرطة في بغداد ثلاثة مشتبهين."
    assert news_arg(text, "واعتقلت", "target") == "ثلاثة مشتبهين"


def test_a_counted_object_after_a_relative_verb_and_a_time() -> None:
    text = "ويضيف عبد المجيد، الذي زار في الفترة الأخيرة عددًا من دول الجوار للتنسيق حول تأمين الحدود."
    assert news_arg(text, "زار", "target").startswith("عددًا من دول الجوار")


def test_a_construct_after_a_named_place_is_its_apposition() -> None:
    # counter-case: «معقل الانفصاليين» is Donetsk's apposition, no object of the burning
    text = "وأعلنت المنظمة أن 4 سيارات مصفحة تابعة لها أحرقت في دونيتسك معقل الانفصاليين الموالين لروسيا."
    assert news_arg(text, "أحرقت", "target") != "روسيا"


def test_an_honorific_before_a_title_after_a_place_is_no_object() -> None:
    # counter-case: «معالي» opens the title of the one met; the name after it is the target, not «معالي»
    text = "التقى وزير الخارجية عادل الجبير اليوم في موسكو معالي وزير خارجية روسيا الاتحادية سيرجي لافروف."
    assert news_arg(text, "التقى", "target") == "سيرجي لافروف"

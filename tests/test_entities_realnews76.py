"""Entities, round 76: a foreign name no list holds, set off by commas right after a title, its body and its place
(«رئيس جمعية المهاجرين في المقاطعة، يلماز كورتولمر، قال»), is a person; two words that are no name (a common
word, a word with «ال») there are not. «كـ» (as, like) before a listed head of a body with a name after it
(«كقوات الدفاع الشعبي») is a proclitic: the body is named; «كبيرا», «كتنظيم» alone stay as they were."""

from __future__ import annotations

from conftest import analyze_news, names_of_type


def test_a_foreign_name_set_off_after_a_title_and_its_place_is_a_person() -> None:
    doc = analyze_news("وقال رئيس جمعية المهاجرين في المقاطعة، أوزغور بيلتاكر، في حديث لإذاعة محلية إن الوضع مقلق.")
    assert "أوزغور بيلتاكر" in names_of_type(doc, "PERSON")
    assert "أوزغور بيلتاكر" not in names_of_type(doc, "LOCATION")


def test_a_foreign_name_set_off_after_a_title_with_no_place() -> None:
    doc = analyze_news("وأكدت رئيسة رابطة الأطباء، كريستيله فانديرماير، أن المستشفيات تحتاج إلى دعم.")
    assert "كريستيله فانديرماير" in names_of_type(doc, "PERSON")


def test_common_words_set_off_after_a_title_are_no_person() -> None:
    doc = analyze_news("وقال رئيس الحزب في المدينة، مستنكرا ذلك، إن الهجوم مرفوض.")
    assert names_of_type(doc, "PERSON") == []


def test_a_definite_phrase_set_off_after_a_title_is_no_person() -> None:
    doc = analyze_news("وقال رئيس المجلس في الولاية، العضو الأقدم، إن الاجتماع تأجل.")
    assert names_of_type(doc, "PERSON") == []


def test_kaf_before_a_body_head_is_a_proclitic() -> None:
    doc = analyze_news("ويقاتل الأهالي إلى جانب فصائل محلية كقوات الدفاع الوطني في ريف المدينة.")
    assert "قوات الدفاع الوطني" in names_of_type(doc, "ORGANIZATION")


def test_kaf_before_a_bare_head_names_no_body() -> None:
    doc = analyze_news("وظهر التنظيم كتنظيم قوي وكبير في المنطقة.")
    assert names_of_type(doc, "ORGANIZATION") == []

"""Entities, round 76: a foreign name no list holds, set off by commas right after a title, its body and its place
(«رئيس جمعية المهاجرين في المقاطعة، يلماز كورتولمر، قال»), is a person; two words that are no name (a common
word, a word with «ال») there are not."""

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

"""Entities, round ents88: names the tagger cuts short.

«مارين لو بان» (the particle «لو», Le/La, between two Western name-list words; Arabic «لو», if, before a verb),
«حميد رضا محمدي» (a Persian compound given name «X رضا»: the tagger's «رضا» + surname grown back to the first half;
the Persian letters «ک», «ی» folded in matching), «جامعة باريس ديسكارت» (a university named by its town and a
foreign word no list knows).
"""

from __future__ import annotations

from conftest import analyze_news, names_of_type


# ------------------------------------------------------------------------------------------------ «لو»
def test_le_particle_between_western_names() -> None:
    doc = analyze_news("وقالت مارين لو بان زعيمة الجبهة الوطنية إن فرنسا تفقد سيادتها.")
    assert "مارين لو بان" in names_of_type(doc, "PERSON")


def test_law_if_before_a_verb_is_no_particle() -> None:
    doc = analyze_news("وقال جون لو كان الأمر بيده لفعل ذلك.")
    assert not any("لو" in n.split() for n in names_of_type(doc, "PERSON"))


def test_law_if_before_a_common_verb_after_a_surname() -> None:
    doc = analyze_news("وقال باراك أوباما لو أراد الكونغرس لوافق على الاتفاق.")
    assert "باراك أوباما" in names_of_type(doc, "PERSON")
    assert not any("لو" in n.split() for n in names_of_type(doc, "PERSON"))


# ------------------------------------------------------------------------------------------------ «X رضا»
def test_persian_compound_given_name_with_persian_letters() -> None:
    doc = analyze_news("في وقت سابق من هذا الشهر، کشف حميد رضا محمدي، شقیق الناشط، أن والده اعتقل في طهران.")
    assert "حميد رضا محمدي" in names_of_type(doc, "PERSON")


def test_persian_compound_given_name_with_arabic_letters() -> None:
    doc = analyze_news("في وقت سابق من هذا الشهر، كشف حميد رضا محمدي، شقيق الناشط، أن والده اعتقل في طهران.")
    assert "حميد رضا محمدي" in names_of_type(doc, "PERSON")


def test_reza_after_a_conjunction_is_another_man() -> None:
    doc = analyze_news("والتقى الوزير حميد ورضا محمدي في طهران أمس.")
    assert "حميد رضا محمدي" not in names_of_type(doc, "PERSON")
    assert not any(n.startswith("حميد") and "رضا" in n for n in names_of_type(doc, "PERSON"))


# ------------------------------------------------------------------------------------------------ universities
def test_university_of_a_town_and_a_foreign_word() -> None:
    doc = analyze_news("أما أستاذ الاقتصاد بجامعة باريس ديسكارت، فيرى أن الأولوية لإيران هي الاقتصاد.")
    assert "جامعة باريس ديسكارت" in names_of_type(doc, "ORGANIZATION")


def test_university_of_a_town_then_a_common_word() -> None:
    doc = analyze_news("وقال أستاذ في جامعة باريس أمس إن الوضع صعب.")
    assert "جامعة باريس" in names_of_type(doc, "ORGANIZATION")
    assert not any(n.startswith("جامعة باريس ") for n in names_of_type(doc, "ORGANIZATION"))


def test_le_particle_name_the_tagger_left_out() -> None:
    doc = analyze_news("وسيكون لدى مارين لو بان زعيمة الجبهة الوطنية منصة رائعة لانتقاد الحكومة.")
    assert "مارين لو بان" in names_of_type(doc, "PERSON")


def test_law_if_before_a_complementizer_opens_no_name() -> None:
    doc = analyze_news("وقال الوزير: «نود لو أن إيران تغير سياستها في المنطقة».")
    assert not any("لو" in n.split() for n in names_of_type(doc, "PERSON"))

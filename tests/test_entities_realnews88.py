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


# ------------------------------------------------------------------------------------------------ titles
def _person(doc, name):  # type: ignore[no-untyped-def]
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_title_then_a_then_word_then_the_name() -> None:
    doc = analyze_news("ويروي ممثل الكويت في أوبك حينها عبد الصمد العوضي ما جرى في الاجتماع.")
    assert _person(doc, "عبد الصمد العوضي").country == "KWT"


def test_then_word_after_a_title_alone_opens_no_name() -> None:
    doc = analyze_news("وكان الرئيس حينها يرفض الحوار مع المعارضة.")
    assert not any("حينها" in n for n in names_of_type(doc, "PERSON"))


def test_national_representative_of_a_country() -> None:
    doc = analyze_news("ويروي ممثل الكويت الوطني في أوبك عبد الصمد العوضي ما جرى في الاجتماع.")
    assert _person(doc, "عبد الصمد العوضي").country == "KWT"


def test_no_title_before_the_adjective_takes_no_country() -> None:
    doc = analyze_news("ويروي الكاتب الكويتي أن عبد الصمد العوضي حضر الاجتماع الوطني في فيينا.")
    assert "عبد الصمد العوضي" in names_of_type(doc, "PERSON")
    assert _person(doc, "عبد الصمد العوضي").country is None


def test_office_held_then_is_no_office_now() -> None:
    doc = analyze_news("هذا ما فعله الرئيس حينها علي عبد الله صالح الذي ضم الجنوب إلى مزرعته.")
    saleh = _person(doc, "علي عبد الله صالح")
    assert saleh.actor == "YEMELI"
    assert "الرئيس حينها" in saleh.roles


def test_then_word_after_two_coordinated_titles_is_not_read_past() -> None:
    doc = analyze_news("وقررت اللجنة مساءلة مستشاري رئيس الحكومة والرئيس المؤقت آنذاك المنصف المرزوقي.")
    assert not any("آنذاك" in r for r in _person(doc, "المنصف المرزوقي").roles)

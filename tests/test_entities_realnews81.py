"""Entities, round 81: a person's country the text makes clear. The country adjective closing the role before
the comma before his name («أكد الخبير المالي الإيطالي، فلان»; a plural one only after «أحد»: «أحد المحامين
الأميركيين في نيويورك، فلان»), not an adjective closing a body he is the object of nor one after «لدى». A person
named by one word that is the surname of the lexicon's people, all of one country («نتنياهو», «القذافي»), not
a surname of people of two countries nor one the article gives another full name ending in."""

from __future__ import annotations

from rasd.doc import Doc, Entity, Span
from rasd.entities.commanisbas import comma_country, lexicon_surnames
from rasd.entities.gazetteer import load

from conftest import analyze_news, entity_named


def _country(text: str, name: str) -> str | None:
    return comma_country(load(), text, text.index(name))


def test_adjective_closing_the_role_before_the_comma() -> None:
    text = "وقال المحلل المالي الإيطالي، جوفاني روسيتي، إن المشروع سيكلف كثيرا."
    assert _country(text, "جوفاني") == "ITA"


def test_plural_adjective_after_one_of_and_a_place() -> None:
    text = "ويرى أحد أبرز الأطباء الأميركيين في شيكاغو، توماس بيرنز، أن الوباء ينحسر."
    assert _country(text, "توماس") == "USA"


def test_plural_adjective_without_one_of_tells_nothing() -> None:
    text = "وزار الصحافيون الأميركيون، توماس بيرنز، المدينة أمس."
    assert _country(text, "توماس") is None


def test_adjective_closing_a_body_the_person_is_the_object_of() -> None:
    text = "واعتقلت الشرطة البريطانية، جوزيف كرايغ، في لندن أمس."
    assert _country(text, "جوزيف") is None


def test_spokesman_of_a_body_the_adjective_closes() -> None:
    text = "وأوضح الناطق باسم الحكومة الفرنسية، ستيفان لوكور، أن القرار نهائي."
    assert _country(text, "ستيفان") == "FRA"


def test_no_comma_no_reading() -> None:
    text = "وقال المحلل المالي الإيطالي جوفاني روسيتي إن المشروع سيكلف كثيرا."
    assert _country(text, "جوفاني") is None


def test_comma_adjective_in_the_pipeline() -> None:
    doc = analyze_news("وأوضح الخبير الاقتصادي الإيطالي، جوفاني روسيتي، أن القناة ستزيد التجارة.")
    person = next(e for e in doc.entities if e.type == "PERSON" and "روسيتي" in e.name)
    assert person.country == "ITA"


def test_lexicon_surname_of_one_country() -> None:
    doc = analyze_news("وفي ذلك الوقت رفض نتنياهو الخطة، وهاجم الاتفاق بشدة أمام أنصاره في القدس.")
    person = next(e for e in doc.entities if e.type == "PERSON" and e.name == "نتنياهو")
    assert person.country == "ISR"


def test_lexicon_surname_of_two_countries_stays_empty() -> None:
    doc = analyze_news("وكان مبارك قد رفض الخطة، وهاجم الاتفاق بشدة.")
    person = next(e for e in doc.entities if e.type == "PERSON" and e.name == "مبارك")
    assert person.country is None


def test_a_full_name_ending_in_the_surname_is_another_man() -> None:
    doc = Doc("وقال التاجر إن الأسعار ارتفعت.")
    alone, full = Entity("E1", "PERSON", "نتنياهو"), Entity("E2", "PERSON", "سليم نتنياهو")
    lexicon_surnames(doc, load(), [alone, full])
    assert alone.country is None
    lexicon_surnames(doc, load(), [alone])
    assert alone.country == "ISR"


def test_a_surname_after_a_name_word_or_a_naming_word_is_another_man() -> None:
    for text in ("وقال الباحث جورج نتنياهو إن الأسعار ارتفعت.", "وجاء مدرب اسمه نتنياهو إلى النادي."):
        alone = Entity("E1", "PERSON", "نتنياهو", mentions=[Span(text.index("نتنياهو"), text.index("نتنياهو") + 7)])
        lexicon_surnames(Doc(text), load(), [alone])
        assert alone.country is None


def test_a_son_named_before_his_father_takes_his_country() -> None:
    doc = analyze_news("وطالب النائب بمحاكمة مهدي هاشمي نجل رفسنجاني، وقال إن الرئيس الإيراني الأسبق هاشمي رفسنجاني يحميه.")
    assert entity_named(doc, "مهدي هاشمي").country == "IRN"


def test_a_brother_named_before_the_title_of_his_brother() -> None:
    doc = analyze_news("وحضر الحفل سليم حداد، شقيق الرئيس اللبناني ميشال سليمان.")
    assert entity_named(doc, "سليم حداد").country == "LBN"


def test_a_wife_takes_no_country_from_her_husband() -> None:
    doc = analyze_news("وطالب النائب بمحاكمة مهدي كريمي زوجة الرئيس الإيراني حسن روحاني.")
    assert entity_named(doc, "مهدي كريمي").country is None

"""Entities, round 78: a given name that starts with «لا» (``lam_initial_givens``: «لامين») keeps its «ل» after
a nationality or title; not after a word that governs «لـ». A Latin initial spelt in Arabic («كيه.») before a name
does not end the sentence; the last letter of a spelt acronym («بي بي سي.») still does. A council's head before
«لـ» + a listed party or coalition is one body, the organ, of the listed body's country and sector. An
institution's noun, its quoted name and a «لل» complement are one body. «بحر الصين» after «بحر الصين الجنوبي»
is that sea; «البحر» read alone with its nisba after it is one sea. An association or office named by its head
and a genitive chain is a body; a head with one noun is a description."""

from __future__ import annotations

import rasd
from conftest import analyze_news, entity_named, names_of_type


def test_a_given_name_starting_with_lam_after_a_nationality_keeps_its_lam() -> None:
    doc = analyze_news("وقال المدرب الغيني لامين كوندي إن فريقه مستعد للمباراة.")
    e = entity_named(doc, "لامين كوندي")
    assert e.country == "GIN"


def test_a_lam_after_a_noun_that_governs_it_is_a_preposition() -> None:
    doc = analyze_news("وأرسل الوزير رسالة لأمين كوندي أمس.")
    assert "لأمين كوندي" not in names_of_type(doc, "PERSON")


def test_a_latin_initial_does_not_end_the_sentence() -> None:
    doc = rasd.analyze("قال جيه. روبرتسون وزير خارجية أستراليا إن الاتفاق مهم. وأضاف أن المحادثات مستمرة.",
                       date="2015-08-02")
    assert len(doc.sentences) == 2
    assert any("روبرتسون" in n for n in names_of_type(doc, "PERSON"))


def test_a_spelt_acronym_at_the_end_still_ends_the_sentence() -> None:
    doc = rasd.analyze("وذكرت ذلك قناة بي بي سي. وأضاف الوزير أن المحادثات مستمرة.", date="2015-08-02")
    assert len(doc.sentences) == 2


def test_a_council_of_a_listed_coalition_is_one_body_of_its_country() -> None:
    doc = analyze_news("وافتتحت الهيئة العامة للائتلاف السوري المعارض دورتها في إسطنبول. وقال عضو الهيئة العامة "
                       "للائتلاف إن الجلسة مهمة.")
    e = entity_named(doc, "الهيئة العامة للائتلاف السوري المعارض")
    assert (e.country, e.actor) == ("SYR", "SYROPP")
    assert len(e.mentions) == 2
    assert "الهيئة العامة" not in names_of_type(doc, "ORGANIZATION")


def test_a_council_of_an_international_body_is_not_joined() -> None:
    doc = analyze_news("وناقشت الهيئة العامة للأمم المتحدة التقرير أمس.")
    assert "الهيئة العامة للأمم المتحدة" not in names_of_type(doc, "ORGANIZATION")


def test_an_institution_with_a_quoted_name_and_a_complement_is_one_body() -> None:
    doc = analyze_news("وقال مدير مركز «النهار» للدراسات الاستراتيجية إن المنطقة تمر بمرحلة صعبة.")
    assert "مركز النهار للدراسات الاستراتيجية" in names_of_type(doc, "ORGANIZATION")
    assert "النهار" not in names_of_type(doc, "ORGANIZATION")


def test_a_short_sea_name_is_the_full_one_named_in_the_article() -> None:
    doc = analyze_news("وتتنازع بكين مع جيرانها في بحر الصين الجنوبي. وتطالب فيتنام بجزر في بحر الصين أيضا.")
    e = entity_named(doc, "بحر الصين الجنوبي")
    assert len(e.mentions) == 2 and e.country is None
    assert "بحر الصين" not in names_of_type(doc, "LOCATION")


def test_a_definite_sea_and_its_nisba_are_one_sea() -> None:
    doc = analyze_news("وقال مدير موانئ البحر العربي إن الملاحة توقفت.")
    assert "البحر العربي" in names_of_type(doc, "LOCATION")


def test_an_association_named_by_a_genitive_chain_is_a_body() -> None:
    doc = analyze_news("وطالبت جمعية منتجي الإسمنت التونسية بحماية السوق. وتقول جمعية منتجي الإسمنت إن الأسعار "
                       "انخفضت.")
    e = entity_named(doc, "جمعية منتجي الإسمنت التونسية")
    assert e.country == "TUN"
    assert len(e.mentions) == 2


def test_an_office_with_its_adjectives_is_a_body() -> None:
    doc = analyze_news("وقال مكتب الادعاء العام الاتحادي إن المتهمين مثلوا أمام القضاء.")
    assert "مكتب الادعاء العام الاتحادي" in names_of_type(doc, "ORGANIZATION")


def test_a_head_with_one_noun_is_no_body() -> None:
    doc = analyze_news("وزار الوزير مكتب الرئيس أمس ثم افتتح مكتب العمل الجديد.")
    assert not any(n.startswith("مكتب") for n in names_of_type(doc, "ORGANIZATION"))


def test_the_council_head_alone_later_is_the_organ() -> None:
    doc = analyze_news("واجتمعت الهيئة العامة للائتلاف السوري المعارض أمس. وقالت الهيئة العامة في بيان إن الاجتماع "
                       "انتهى.")
    e = entity_named(doc, "الهيئة العامة للائتلاف السوري المعارض")
    assert len(e.mentions) == 2


def test_an_indefinite_adjective_and_a_complement_make_no_association() -> None:
    doc = analyze_news("ويريد مسؤولون في أكبر جمعية كندية للأطباء النفسيين تعديل القواعد.")
    assert not any(n.startswith("جمعية") for n in names_of_type(doc, "ORGANIZATION"))


def test_a_chain_that_goes_on_is_left_alone() -> None:
    doc = analyze_news("ورأت رابطة حقوق الإنسان والنقابات أن المهمة صعبة.")
    assert "رابطة حقوق الإنسان" not in names_of_type(doc, "ORGANIZATION")


def test_a_listed_office_inside_the_chain_stays_listed() -> None:
    doc = analyze_news("وبدأ مكتب التحقيقات الفيدرالي الأميركي تحقيقا في القضية.")
    e = entity_named(doc, "مكتب التحقيقات الفيدرالي الأميركي")
    assert e.actor == "USACOP"

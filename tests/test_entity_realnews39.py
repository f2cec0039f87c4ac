"""Entities in news constructions, round 39 (a judged sample of entities on real news, and its errors): a longer
name that adds a given name before a full name the actor lexicon knows is another man (a son); a given name,
«دو» and a place is a town; a body's last word alone («الكردستاني») is the one body named before that ends on it;
a weapon's make, a fragment of a quoted title and a verbal noun are no entity; a facility named after a person is
a place; an agency with its country adjective and the word of news after it is that country's press."""

from __future__ import annotations

from typing import Any

from conftest import typed_runs_doc, entity_of_mention as _ent, typed_names as _names


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-02")


def test_a_given_name_before_a_known_full_name_is_another_person() -> None:
    d = _doc("استقبل الرئيس الأسبق هاشمي رفسنجاني أنصاره في طهران. وقضت محكمة بسجن مهدي هاشمي رفسنجاني خمس "
             "سنوات. وقال رفسنجاني إن الحكم سياسي.")
    father, son = _ent(d, "هاشمي رفسنجاني"), _ent(d, "مهدي هاشمي رفسنجاني")
    assert father.id != son.id
    assert son.name == "مهدي هاشمي رفسنجاني" and son.actor is None
    assert _ent(d, "رفسنجاني").id == father.id and father.country == "IRN"


def test_a_short_form_the_lexicon_does_not_list_joins_the_full_name() -> None:
    # counter-case: «منصور هادي» is no full name of the lexicon: the same president
    d = _doc("عاد الرئيس منصور هادي إلى عدن. وقال الرئيس عبد ربه منصور هادي إن الحرب ستنتهي.")
    assert _ent(d, "منصور هادي").id == _ent(d, "عبد ربه منصور هادي").id


def test_a_title_before_a_known_name_is_no_other_person() -> None:
    # counter-case: «المولوي» is a title, no given name
    d = _doc("قال جلال الدين حقاني إن الحرب مستمرة. وأضاف المولوي جلال الدين حقاني أن الحركة موحدة.",
             ("PERS", ["المولوي", "جلال", "الدين", "حقاني"]))
    assert _ent(d, "جلال الدين حقاني").id == _ent(d, "المولوي جلال الدين حقاني").id


def test_a_given_name_du_and_a_place_is_a_town() -> None:
    # «لاريونيون»: «لا ريونيون» (the lists' place) with its article joined
    d = _doc("عثر على الحطام في لاريونيون، ونقل إلى مطار سانت أندريه دو لاريونيون قبل أن يصل إلى باريس.",
             ("LOC", ["لاريونيون"]), ("PERS", ["أندريه", "دو", "لاريونيون"]))
    assert _ent(d, "سانت أندريه دو لاريونيون").type == "LOCATION"
    assert _ent(d, "لاريونيون").type == "LOCATION"
    assert not any(e.type == "PERSON" for e in d.entities)


def test_du_before_no_place_leaves_the_person() -> None:
    d = _doc("قال المبعوث الأممي ستافان دي ميستورا إن المحادثات ستستأنف.",
             ("PERS", ["ستافان", "دي", "ميستورا"]))
    assert _ent(d, "ستافان دي ميستورا").type == "PERSON"


def test_a_last_word_alone_is_the_one_body_named_before() -> None:
    d = _doc("قصفت الطائرات التركية مواقع حزب العمال الكردستاني في العراق. وقتل جنديان في هجوم لـ«الكردستاني» "
             "في جنوب تركيا.", ("ORG", ["الكردستاني"]))
    assert _ent(d, "الكردستاني").name == "حزب العمال الكردستاني"


def test_a_last_word_two_bodies_end_on_stays_apart() -> None:
    d = _doc("اجتمع الاتحاد الوطني الكردستاني مع الحزب الديمقراطي الكردستاني أمس. وقال «الكردستاني» إن الاتفاق "
             "قريب.", ("ORG", ["الاتحاد", "الوطني", "الكردستاني"]), ("ORG", ["الحزب", "الديمقراطي", "الكردستاني"]),
             ("ORG", ["الكردستاني"]))
    assert _ent(d, "الكردستاني").name == "الكردستاني"


def test_a_weapons_make_is_no_body() -> None:
    d = _doc("زودت واشنطن الفصائل بصواريخ «تاو» المضادة للدروع.", ("ORG", ["تاو"]))
    assert _names(d) == [("LOCATION", "واشنطن")]


def test_a_known_body_after_a_weapon_noun_stays() -> None:
    d = _doc("سقطت صواريخ حماس على المدينة أمس.", ("ORG", ["حماس"]))
    assert _ent(d, "حماس").type == "ORGANIZATION"


def test_a_fragment_of_a_quoted_title_is_no_entity() -> None:
    d = _doc("أسس الرجل جماعة عرفت باسم «إسلام فور يو كيه» قبل سنوات.", ("PERS", ["فور", "يو"]))
    assert _names(d) == []


def test_a_name_that_is_a_whole_quoted_title_stays() -> None:
    d = _doc("قالت صحيفة «نيويورك تايمز» إن المحادثات فشلت.")
    assert _names(d) == [("ORGANIZATION", "صحيفة نيويورك تايمز")]


def test_a_facility_named_after_a_person_is_a_place() -> None:
    d = _doc("ناقش الجانبان ترسيم الحدود وميناء مبارك الذي تبنيه الكويت.", ("PERS", ["مبارك"]))
    port = _ent(d, "ميناء مبارك")
    assert port.type == "LOCATION"
    assert not any(e.type == "PERSON" for e in d.entities)


def test_a_definite_facility_noun_leaves_the_person() -> None:
    d = _doc("زار الرئيس حسني مبارك الميناء أمس، وقال مبارك إنه سعيد.")
    assert _ent(d, "حسني مبارك").type == "PERSON"
    assert _ent(d, "مبارك").type == "PERSON"


def test_a_verbal_noun_is_no_place() -> None:
    d = _doc("يتذكر بعضنا دور الشاه في نشوء «حلف بغداد».", ("LOC", ["نشوء"]))
    assert not any(e.name == "نشوء" for e in d.entities)


def test_an_agency_with_the_word_of_news_is_its_countrys_press() -> None:
    d = _doc("وأفادت وكالة دوجان التركية للأنباء أن مسلحين هاجموا مركزا للشرطة.", ("ORG", ["دوجان"]))
    assert (_ent(d, "دوجان").country, _ent(d, "دوجان").actor) == ("TUR", "TURMED")


def test_an_agency_with_no_word_of_news_is_no_press() -> None:
    # counter-case: «وكالة» also heads a state's agency («وكالة ناسا الأميركية»): its country, no MED actor
    d = _doc("وقالت وكالة جايكا اليابانية إنها ستمول المشروع.", ("ORG", ["جايكا"]))
    e = _ent(d, "جايكا")
    assert e.country == "JPN" and e.actor != "JPNMED"

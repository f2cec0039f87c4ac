"""Entities in news constructions, round 38 (bodies and people missed entirely, and a few misreadings): a body head
with a country adjective («القضاء الإيراني», «الهلال الأحمر الإماراتي», «المقاومة الشعبية اليمنية»); a service's
public body in a state's town («مؤسسة المياه في عدن»); «مجلس الوزراء» alone as the article's state's cabinet, and no
merging of two councils of one state; reviewed list entries (the Arab Parliament, the Haqqani network, the Council on
Foreign Relations, Hafez al-Assad); «على» (against) is no «علي» before a name; «مؤسس» is no part of the
movement's name; «بمساعدة» (with the help of) is no title; «سؤال عسير» (a hard question) is no region; «لمآرب»
(for ends) is no «مأرب»; a surname alone is the man's, not his father's named as such beside him."""

from __future__ import annotations

from typing import Any

from conftest import person_roles, typed_runs_doc, entity_named as _ent, names_of_type as _names


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def test_a_body_head_with_a_country_adjective_is_that_states_body() -> None:
    doc = _doc("وأصدر القضاء الإيراني حكما بسجن الصحافي.")
    assert (_ent(doc, "القضاء الإيراني").country, _ent(doc, "القضاء الإيراني").actor) == ("IRN", "IRNJUD")
    doc = _doc("ووزع الهلال الأحمر الإماراتي مساعدات على الأسر.")
    assert _ent(doc, "الهلال الأحمر الإماراتي").country == "ARE"
    doc = _doc("وتقدمت المقاومة الشعبية اليمنية نحو المدينة.")
    assert _ent(doc, "المقاومة الشعبية اليمنية").actor == "YEMMIL"  # a militia, no rebel (round en601)
    # «القضاء على» is the eliminating of something, no judiciary
    doc = _doc("ودعا إلى القضاء على الإرهاب في المنطقة.")
    assert _names(doc, "ORGANIZATION") == []


def test_a_public_body_in_a_states_town_is_that_states() -> None:
    doc = _doc("وقال مسؤول في مؤسسة المياه في عدن إن الضخ توقف.")
    e = _ent(doc, "مؤسسة المياه")
    assert (e.country, e.actor) == ("YEM", "YEMGOV")
    # without a town after it, an institution of no known state is no body of one
    doc = _doc("وقال مسؤول في مؤسسة المياه إن الضخ توقف.")
    assert "مؤسسة المياه" not in _names(doc, "ORGANIZATION")
    # the title of its director still takes the body in, with its town
    doc = _doc("وحضر مدير مؤسسة المياه بعدن سالم أحمد الجابري الاجتماع.")
    assert person_roles(doc)["سالم أحمد الجابري"] == ["مدير مؤسسة المياه بعدن"]


def test_the_cabinet_alone_and_two_councils_of_one_state() -> None:
    doc = _doc("وعقد مجلس الوزراء جلسته في الرياض أمس برئاسة الملك.")
    assert "مجلس الوزراء" in _names(doc, "ORGANIZATION")
    doc = _doc("ورفض مجلس النواب العراقي القرار، بينما أقر مجلس الوزراء العراقي الخطة.")
    assert _ent(doc, "مجلس النواب العراقي").actor == "IRQLEG"
    assert _ent(doc, "مجلس الوزراء العراقي").actor == "IRQGOV"
    # a council of Arab ministers is no state's cabinet
    doc = _doc("وقال مجلس الوزراء العرب إن الاجتماع تأجل.")
    assert "مجلس الوزراء" not in _names(doc, "ORGANIZATION")


def test_reviewed_bodies_and_people() -> None:
    doc = _doc("ورحب البرلمان العربي بالاتفاق الجديد.")
    assert _ent(doc, "البرلمان العربي").actor == "IGOARL"
    doc = _doc("وتتهم كابل شبكة حقاني بتنفيذ الهجوم.")
    assert (_ent(doc, "شبكة حقاني").country, _ent(doc, "شبكة حقاني").actor) == ("AFG", "AFGREB")
    doc = _doc("وكتب الباحث في مجلس العلاقات الخارجية مقالا عن الاتفاق.")
    assert _ent(doc, "مجلس العلاقات الخارجية").country == "USA"
    doc = _doc("وكان حافظ الأسد قد وصل إلى الحكم في دمشق.")
    assert _ent(doc, "حافظ الأسد").country == "SYR"


def test_the_preposition_ala_is_no_given_name() -> None:
    doc = _doc("وحكمت المحكمة على مهدي كريمي بالسجن.")
    assert "على مهدي" not in _names(doc, "PERSON")
    # the name written with «ى» after a title, or in full, is still the man's
    doc = _doc("وقال المرشد آية الله على خامنئي إن الاتفاق جيد.")
    assert _ent(doc, "على خامنئي").country == "IRN"


def test_founder_is_no_part_of_the_movement() -> None:
    doc = _doc("وكان جده (مؤسس حركة كاخ) قد قتل في نيويورك.", ("ORG", ["مؤسس", "حركة", "كاخ"]))
    assert "حركة كاخ" in _names(doc, "ORGANIZATION")
    assert "مؤسس حركة كاخ" not in _names(doc, "ORGANIZATION")


def test_with_the_help_of_is_no_title() -> None:
    doc = _doc("ودخل الحوثيون المدينة بمساعدة الرئيس المخلوع علي عبد الله صالح.")
    assert person_roles(doc)["علي عبد الله صالح"] == ["الرئيس المخلوع"]
    # «مساعده» (his assistant) is still a relation title
    doc = _doc("وقال مساعده أحمد الشامي إن الوضع هادئ.", ("PERS", ["أحمد", "الشامي"]))
    assert person_roles(doc)["أحمد الشامي"] == ["مساعده"]


def test_common_words_are_no_places() -> None:
    doc = _doc("وهذا سؤال عسير على الجميع.")
    assert _names(doc, "LOCATION") == []
    doc = _doc("ووقع الحادث في عسير أمس.")
    assert "عسير" in _names(doc, "LOCATION")
    doc = _doc("واستغلوا الدين لمآرب سياسية.")
    assert _names(doc, "LOCATION") == []
    doc = _doc("وتقدمت القوات نحو مأرب.")
    assert _ent(doc, "مأرب").country == "YEM"


def test_a_surname_alone_is_not_the_fathers_named_beside_the_man() -> None:
    doc = _doc("لم يعلن بشار الأسد النصر بعد وصول والده حافظ الأسد إلى الحكم عام 1970. وقال الأسد إن الجيش متعب.")
    mentions = {e.name: [doc.text[m.start : m.end] for m in e.mentions] for e in doc.entities}
    assert "الأسد" in mentions["بشار الأسد"]
    assert mentions["حافظ الأسد"] == ["حافظ الأسد"]

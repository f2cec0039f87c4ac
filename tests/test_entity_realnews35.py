"""Entities in news constructions, round 35 (names cut short, streets, missing codes): a woman's given name between
«قالت» and the surname the tagger found is hers; «الشيخ» after a given name with no name after it is the family
name, no title; parts of continents are whole places with no country, «أفريقيا الوسطى» a country; a name after a
street word is the street's; the director of the Syrian Observatory is Syrian and of an NGO."""

from __future__ import annotations

from typing import Any

from conftest import person_roles, typed_runs_doc, names_of_type as _names


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def test_a_given_name_after_a_reporting_verb_of_its_gender() -> None:
    doc = _doc("وقالت سلمى الحداد رئيسة الجمعية إن القافلة وصلت إلى تعز.", ("PERS", ["الحداد"]))
    assert "سلمى الحداد" in _names(doc, "PERSON")
    doc = _doc("وأضاف ماجد الحداد أن القافلة وصلت إلى تعز.", ("PERS", ["الحداد"]))
    assert "ماجد الحداد" in _names(doc, "PERSON")
    # no verb of speech before it: the tagger's name alone
    doc = _doc("وزارت سلمى الحداد القافلة في تعز.", ("PERS", ["الحداد"]))
    assert "سلمى الحداد" not in _names(doc, "PERSON")


def test_sheikh_after_a_given_name_is_the_family_name() -> None:
    doc = _doc("وأوضح عبد الرحمن الشيخ أن القوات تقدمت نحو المدينة.", ("PERS", ["عبد", "الرحمن"]))
    assert "عبد الرحمن الشيخ" in _names(doc, "PERSON")
    assert "الشيخ" not in person_roles(doc).get("عبد الرحمن الشيخ", [])
    # a given name after «الشيخ»: the sheikh is that man, the first name another's
    doc = _doc("وأوضح عبد الرحمن الشيخ سالم أن القوات تقدمت.", ("PERS", ["عبد", "الرحمن"]))
    assert "عبد الرحمن الشيخ" not in _names(doc, "PERSON")


def test_parts_of_continents_are_whole_places() -> None:
    doc = _doc("وتعقد الرابطة مؤتمرها في أميركا الشمالية بعد جولة في أمريكا اللاتينية وشرق آسيا.")
    places = {e.name: e for e in doc.entities if e.type == "LOCATION"}
    assert "أميركا الشمالية" in places and places["أميركا الشمالية"].country is None \
        and places["أميركا الشمالية"].latin == "North America"  # (round ents84: the region's whole name)
    assert "أمريكا اللاتينية" in places and places["أمريكا اللاتينية"].country is None
    assert "شرق آسيا" in places
    assert not any(e.country == "USA" for e in doc.entities)
    doc = _doc("وأرسلت فرنسا جنودا إلى أفريقيا الوسطى.")
    assert any(e.type == "LOCATION" and e.country == "CAF" for e in doc.entities)
    doc = _doc("ووقعت الفيضانات في ولاية كوينزلاند.")
    assert any(e.type == "LOCATION" and e.country == "AUS" for e in doc.entities)


def test_a_name_after_a_street_word_is_a_place() -> None:
    doc = _doc("ويتجمع الزوار في جادة كارل ماركس وسط المدينة.", ("PERS", ["كارل", "ماركس"]))
    assert "كارل ماركس" not in _names(doc, "PERSON")
    doc = _doc("وتظاهر المئات في شارع جون كينيدي.", ("PERS", ["جون", "كينيدي"]))
    assert "جون كينيدي" not in _names(doc, "PERSON")
    # «عن طريق»: by way of a man
    doc = _doc("ووصلت الرسالة عن طريق جون كينيدي.", ("PERS", ["جون", "كينيدي"]))
    assert "جون كينيدي" in _names(doc, "PERSON")


def test_the_director_of_the_syrian_observatory() -> None:
    doc = _doc("وقال مدير المرصد السوري لحقوق الإنسان سامر الحلبي إن الاشتباكات استمرت.", ("PERS", ["سامر", "الحلبي"]))
    e = next(e for e in doc.entities if e.type == "PERSON")
    assert e.country == "SYR" and e.attrs.get("sector") == "NGO"
    org = next(e for e in doc.entities if e.type == "ORGANIZATION")
    assert org.country == "SYR"


def test_a_function_word_after_the_verb_is_no_given_name() -> None:
    # «قال بها»: he said it (no «بهاء»)
    doc = _doc("وهي فكرة قال بها الحداد في خطبة سابقة.", ("PERS", ["الحداد"]))
    assert "بها الحداد" not in _names(doc, "PERSON")

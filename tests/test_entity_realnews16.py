"""Entities in real-news constructions, round 16: a tagger's body or thing that is one frequent word of no name
list («الهاون», «الأكراد») is dropped, unless quotation marks name it («الشروق»); a word for a kind of place
before a tagger's person makes it a place («جزيرة لاريونيون», «بلدة جورين»; not the verb «وأدى»); a town that is
above all a common word is no place («بطولة كروية»); firms the actor dictionary listed as men are companies
(«مورغان ستانلي», «غولدمان ساكس»), and «اللجنة الأولمبية الدولية» is one body."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _doc(text: str, tagger: object = None) -> Doc:
    doc = rasd.analyze(text, date="2015-08-01")
    analyze_entities(doc, tagger=tagger or RunsTagger())  # type: ignore[arg-type]
    return doc


def _types(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


def test_a_frequent_common_word_alone_is_no_thing_but_a_body_stays() -> None:
    misc = _doc("وسقطت قذائف الهاون على الحي الشرقي من المدينة.", RunsTagger(["الهاون"], typ="MISC"))
    assert "الهاون" not in _types(misc)
    # a one-word definite body may be a frequent word too (parties, clubs: dropping them cost ORG F1 on ANERcorp)
    party = _doc("وانتقد الاستقلال قرار الحكومة أمس.", RunsTagger(["الاستقلال"], typ="ORG"))
    assert _types(party).get("الاستقلال") == "ORGANIZATION"


def test_a_frequent_word_in_quotation_marks_is_a_name() -> None:
    doc = _doc("ونشر الكاتب مقالا في صحيفة «الشروق» أمس.", RunsTagger(["الشروق"], typ="ORG"))
    assert _types(doc).get("الشروق") == "ORGANIZATION"


def test_a_place_word_before_a_tagged_person_makes_it_a_place() -> None:
    island = _doc("ووصل الوفد إلى جزيرة دو لاريونيون أمس.", RunsTagger(["دو", "لاريونيون"]))
    assert _types(island).get("دو لاريونيون") == "LOCATION"
    town = _doc("ودارت معارك عنيفة في بلدة جورين أمس.", RunsTagger(["جورين"]))
    assert _types(town).get("جورين") == "LOCATION"
    # «وأدى» (he performed) is written with hamza: no «وادي» (valley)
    verb = _doc("وأدى حافظ سعيد الصلاة في المسجد.", RunsTagger(["حافظ", "سعيد"]))
    assert _types(verb).get("حافظ سعيد") == "PERSON"


def test_a_town_that_is_a_common_word_is_no_place() -> None:
    doc = _doc("وأقيمت بطولة كروية كبيرة في المدينة أمس.")
    assert "كروية" not in _types(doc)


def test_firms_of_the_actor_dictionary_are_companies() -> None:
    doc = _doc("وقال محللون في مورغان ستانلي وغولدمان ساكس إن الأسواق ستتراجع.")
    types = {e.name: (e.type, e.country) for e in doc.entities}
    assert types.get("مورغان ستانلي") == ("ORGANIZATION", "USA")
    assert types.get("غولدمان ساكس") == ("ORGANIZATION", "USA")


def test_the_international_olympic_committee_is_one_body() -> None:
    doc = _doc("وأعلنت اللجنة الأولمبية الدولية أن الألعاب ستقام في موعدها.",
               RunsTagger(["اللجنة", "الأولمبية"], typ="ORG"))
    assert _types(doc).get("اللجنة الأولمبية الدولية") == "ORGANIZATION"

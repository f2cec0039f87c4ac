"""Entities in real-news constructions, round 14: the US Treasury Secretary of 2013-2017 is listed («جاكوب جيه.
ليو», named with his middle initial), so no article on Puerto Rico makes him Puerto Rican; a father named after his son («محمد بن
سلمان بن عبد العزيز» … «الملك سلمان بن عبد العزيز») is another man, whose title is not the son's."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _doc(text: str, *runs: list[str], typ: str = "PERS", date: str | None = "2015-07-01") -> Doc:
    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=RunsTagger(*runs, typ=typ))
    return doc


def _persons(doc: Doc) -> dict[str, list[str]]:
    return {e.name: e.roles for e in doc.entities if e.type == "PERSON"}


def test_a_listed_us_official_keeps_his_country_in_an_article_on_another() -> None:
    # an article on Puerto Rico that names it more than any other country: the US Treasury Secretary stays American
    text = ("أعلنت حكومة بورتوريكو أنها لن تسدد ديون بورتوريكو. وقال جاكوب جيه. ليو، وزير الخزانة، إن على "
            "بورتوريكو أن تعيد هيكلة ديونها، وإن سكان بورتوريكو لن يتضرروا.")
    doc = _doc(text, ["جاكوب", "جيه."], ["ليو"])
    (lew,) = [e for e in doc.entities if e.type == "PERSON"]
    assert (lew.name, lew.country, lew.actor) == ("جاكوب جيه. ليو", "USA", "USAGOV")


def test_a_father_named_after_his_son_is_another_man() -> None:
    doc = _doc("وصل الأمير محمد بن سلمان بن عبد العزيز إلى باريس أمس. وكان الملك سلمان بن عبد العزيز قد "
               "استقبل الوفد الفرنسي في جدة.")
    assert _persons(doc) == {"محمد بن سلمان بن عبد العزيز": ["الأمير"], "سلمان بن عبد العزيز": ["الملك"]}
    son = next(e for e in doc.entities if e.name == "محمد بن سلمان بن عبد العزيز")
    father = next(e for e in doc.entities if e.name == "سلمان بن عبد العزيز")
    assert son.id != father.id and len(son.mentions) == 1

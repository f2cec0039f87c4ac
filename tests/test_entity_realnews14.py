"""Entities in real-news constructions, round 14: the US Treasury Secretary of 2013-2017 is listed («جاكوب جيه.
ليو», named with his middle initial), so no article on Puerto Rico makes him Puerto Rican; a father named after his son («محمد بن
سلمان بن عبد العزيز» … «الملك سلمان بن عبد العزيز») is another man, whose title is not the son's; Latin letters
spelled in Arabic are one acronym over all its letters, also «إن» and «في» between letters and quotation marks («إن
دي تي في»), but not a code before its number («إم إتش 370»); a common noun and its country adjective («جيب تركي»)
is no person."""

from __future__ import annotations

from conftest import person_roles, runs_doc
from rasd.doc import Doc


def _doc(text: str, *runs: list[str], typ: str = "PERS", date: str | None = "2015-07-01") -> Doc:
    return runs_doc(text, *runs, typ=typ, date=date)  # type: ignore[no-any-return]


_persons = person_roles


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


def _orgs(doc: Doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "ORGANIZATION"]


def test_letters_around_the_taggers_body_are_one_acronym() -> None:
    # «إن» and «في» are letters here (N, V), between other letters and the quotation marks
    doc = _doc("ونقلت قناة «إن دي تي في» الهندية عن الشرطة أن القطار خرج عن مساره.", ["دي", "تي"], typ="ORG")
    assert _orgs(doc) == ["إن دي تي في"]
    doc = _doc("وقالت متحدثة باسم شركة «آي بي إم» إن الأرباح تراجعت.", ["بي"], typ="ORG")
    assert _orgs(doc) == ["آي بي إم"]


def test_a_quoted_run_of_letters_is_an_acronym_the_tagger_missed() -> None:
    doc = _doc("وتوقعت شركة «جيه إل إل» للاستشارات العقارية تراجع الإيجارات.")
    assert _orgs(doc) == ["جيه إل إل"]


def test_letters_before_a_number_are_a_code_not_widened() -> None:
    doc = _doc("وفقدت الطائرة التي كانت تقوم بالرحلة «إم إتش 370» فوق المحيط.", ["إتش"], typ="ORG")
    assert "إم إتش" not in _orgs(doc)


def test_a_common_noun_and_its_country_adjective_is_no_person() -> None:
    text = ("وتسعى أنقرة إلى إقامة جيب تركي شمال حلب. ويمتد الجيب التركي من جرابلس إلى أعزاز، ويرى محللون أن "
            "الجيب سيكبر.")
    doc = _doc(text, ["جيب", "تركي"], ["الجيب", "التركي"], ["الجيب"])
    assert _persons(doc) == {}
    doc = _doc("وقال أحمد تركي إن الجيب آمن.", ["أحمد", "تركي"])
    assert "أحمد تركي" in _persons(doc)

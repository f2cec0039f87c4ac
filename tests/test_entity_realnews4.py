"""Names in real-news constructions, round 4: an adverb of manner after a name, Arabic given names that some
transliteration list also has, Western name words romanised from the name lists, quoted organisation names."""

from __future__ import annotations

import rasd
from rasd.doc import Doc, Entity
from conftest import RunTagger, tagged_persons


def run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-02")


def persons(doc: Doc) -> list[Entity]:
    return [e for e in doc.entities if e.type == "PERSON"]


def test_an_adverb_of_manner_ends_a_tagged_name() -> None:
    text = "وقال لافروف ضاحكا في بداية الاجتماع إن الطريق طويل."
    assert tagged_persons(text, RunTagger("لافروف", "ضاحكا")) == ["لافروف"]
    text = "وقال فرانك شتاينماير متسائلا عن موعد الاتفاق إن الوقت ينفد."
    assert tagged_persons(text, RunTagger("فرانك", "شتاينماير", "متسائلا")) == ["فرانك شتاينماير"]
    # with tanween, any accusative word
    text = "وقالت هيلاري كلينتون مبتسمةً إن الحملة بدأت."
    assert tagged_persons(text, RunTagger("هيلاري", "كلينتون", "مبتسمةً")) == ["هيلاري كلينتون"]


def test_a_name_ending_in_alef_stays_whole() -> None:
    # a name word («ماريا») or a word of no participle's shape («مارتيلا») is no adverb
    assert tagged_persons("وقال روجر مارتيلا إن الخطة جاهزة.", RunTagger("روجر", "مارتيلا")) == ["روجر مارتيلا"]


def test_an_arabic_given_name_in_a_transliteration_list_is_no_western_name() -> None:
    # «جواد» and «هشام» are in no Arabic given-name list, only in transliteration lists; a Western-named minister
    # with no stated country would take the country the article names most (Germany), an Arab one does not
    text = ("زار وفد من ألمانيا رام الله. وقالت ألمانيا إنها ستدعم المستشفيات، وإن ألمانيا سترسل أطباء. "
            "وقال وزير الصحة جواد عواد إن الوزارة ترحب بالدعم. وأكد وزير المالية هشام مراد أن الموازنة جاهزة.")
    people = {e.name: e for e in persons(run(text))}
    assert people["جواد عواد"].country != "DEU"
    assert people["هشام مراد"].country != "DEU"


def test_a_western_given_name_still_takes_the_article_country() -> None:
    text = ("زار وفد من ألمانيا رام الله. وقالت ألمانيا إنها ستدعم المستشفيات، وإن ألمانيا سترسل أطباء. "
            "وقال وزير الصحة توماس مولر إن الوزارة ترحب بالتعاون.")
    people = {e.name: e for e in persons(run(text))}
    assert people["توماس مولر"].country == "DEU"


def test_a_quoted_name_led_by_an_organisation_head_is_one_organisation() -> None:
    # the taggers read a country in the name as a place; the quoted name is one organisation, its place inside
    doc = run("وقال «مكتب أخبار سوريا» إن الطائرات قصفت البلدة.")
    assert [(e.type, e.name) for e in doc.entities] == [("ORGANIZATION", "مكتب أخبار سوريا")]
    doc = run("وذكر «مركز المعلومة للبحث والتطوير» أن الاستطلاع شمل ألف شخص.")
    assert ("ORGANIZATION", "مركز المعلومة للبحث والتطوير") in [(e.type, e.name) for e in doc.entities]
    doc = run("وقاتلت «حركة حزم» إلى جانب الجيش.")
    assert ("ORGANIZATION", "حركة حزم") in [(e.type, e.name) for e in doc.entities]


def test_a_quoted_clause_or_phrase_is_no_organisation() -> None:
    doc = run("ورفع المتظاهرون شعار «أخبار حمص الحرة» في الساحة.")
    assert "أخبار حمص الحرة" not in [e.name for e in doc.entities if e.type == "ORGANIZATION"]
    doc = run("وقال إن «مجموعة من المسلحين» هاجمت الحاجز.")
    assert "مجموعة من المسلحين" not in [e.name for e in doc.entities]


def test_a_quoted_listed_organisation_keeps_its_code() -> None:
    doc = run("وقال «حزب الله» إن مقاتليه صدوا الهجوم.")
    hezbollah = next(e for e in doc.entities if e.type == "ORGANIZATION")
    assert hezbollah.actor == "LBNREB"

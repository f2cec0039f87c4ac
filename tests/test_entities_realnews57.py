"""Entities in news constructions, round 57 (persons missed or split): a name broken by a closing bracket
(«(وزير الخارجية الإيراني محمد جواد) ظريف») is one man; a given name and a rare family name before «،» and a role
(«سلطان فيضي، المستشار»); a given name «X الله» and a surname before «،» and an apposition closed by «الذي»;
«علي» and a definite family name where the article spells the preposition «على»; two short forms of one listed
full name («عبد الله صالح», «علي صالح») are one person. Counter-cases: a non-name after the bracket, a common word
after the given name, «حزب الله», a verbal noun after «علي» (the preposition with a pronoun), an article that
writes the preposition «علي»."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type, quote_speakers


# a name broken by a closing bracket

def test_a_name_broken_by_a_bracket_is_one_listed_person() -> None:
    doc = analyze_news("وقال الوزير إن رأي (وزير الخارجية الإيراني محمد جواد) ظريف سيكون مسموعا. وأضاف أن ظريف رجل واقعي.")
    e = entity_named(doc, "محمد جواد ظريف")
    assert (e.country, e.actor, len(e.mentions)) == ("IRN", "IRNGOV", 2)
    assert "ظريف" not in names_of_type(doc, "PERSON")


def test_a_bracketed_given_name_and_the_surname_after_it() -> None:
    doc = analyze_news("ويواجه رئيس الوزراء (العراقي حيدر) العبادي ضغوطا كبيرة من الأحزاب.")
    assert entity_named(doc, "حيدر العبادي").country == "IRQ"


def test_a_bracket_closed_before_a_relative_joins_nothing() -> None:
    doc = analyze_news("وقال (وزير الخارجية الإيراني محمد جواد ظريف) الذي وصل أمس إن المحادثات مفيدة.")
    assert "محمد جواد ظريف" in names_of_type(doc, "PERSON")
    assert not any("الذي" in n for n in names_of_type(doc, "PERSON"))


# a given name and a rare family name before a role

def test_a_rare_family_name_before_a_comma_and_a_role() -> None:
    text = "وفي لقاء مع سلطان فيضي، المستشار الإعلامي في مكتب نائب الرئيس، قال فيضي إن الجبهة هادئة."
    doc = analyze_news(text)
    e = entity_named(doc, "سلطان فيضي")
    assert len(e.mentions) == 2
    assert ("قال", "سلطان فيضي") in quote_speakers(doc)


def test_a_common_word_after_the_given_name_is_no_family_name() -> None:
    doc = analyze_news("ووصل وفد سلطان عمان، المستشار الإعلامي للحكومة، إلى المدينة.")
    assert "سلطان عمان" not in names_of_type(doc, "PERSON")


# a given name of the form «X الله» before an apposition

def test_an_allah_given_name_before_an_apposition_closed_by_alladhi() -> None:
    text = "من جهته، يقول حكمة الله صافي، محلل الشؤون الأفغانية الذي يتابع الحركة، إن الانقسام عميق."
    doc = analyze_news(text)
    assert "حكمة الله صافي" in names_of_type(doc, "PERSON")
    assert ("يقول", "حكمة الله صافي") in quote_speakers(doc)


def test_hezbollah_is_no_allah_given_name() -> None:
    doc = analyze_news("وقال مسؤول في حزب الله، الذي يقاتل في سوريا، إن المعركة طويلة.")
    assert not any(n.startswith("حزب") for n in names_of_type(doc, "PERSON"))


# «علي» before a family name where the article spells «على»

def test_ali_and_a_family_name_in_an_article_that_spells_ala() -> None:
    text = ("ورشح الائتلاف القيادي علي الأديب لرئاسة التحالف. وعلى الأحزاب أن تتفق على مرشح واحد، "
            "كما قال علي الليثي رئيس الجهاز إن المفاوضات مستمرة.")
    doc = analyze_news(text)
    persons = names_of_type(doc, "PERSON")
    assert "علي الأديب" in persons and "علي الليثي" in persons
    assert ("قال", "علي الليثي") in quote_speakers(doc)


def test_ali_before_a_verbal_noun_is_the_preposition() -> None:
    doc = analyze_news("وكان يتعين علي الاختفاء عن الأنظار. وعلى الجميع أن يبقى على حذر.")
    assert not any(n.startswith("علي") for n in names_of_type(doc, "PERSON"))


def test_an_article_that_spells_the_preposition_ali_reads_no_name() -> None:
    doc = analyze_news("وقال المسؤول إن الرد سيكون علي الأديب الذي كتب المقال.")
    assert "علي الأديب" not in names_of_type(doc, "PERSON")


# two short forms of one listed full name

def test_two_short_forms_of_one_listed_name_are_one_person() -> None:
    doc = analyze_news("وقال عبد الله صالح إن الاجتماع انتهى. وأضاف علي صالح أن الوفد عاد من الجنوب.")
    persons = [e for e in doc.entities if e.type == "PERSON" and "صالح" in e.name]
    assert len(persons) == 1 and persons[0].country == "YEM" and len(persons[0].mentions) == 2


def test_a_listed_name_of_its_own_is_no_short_form() -> None:
    doc = analyze_news("وقال عبد الله صالح إن الاجتماع انتهى. وأضاف صبحي صالح أن الوفد عاد من الجنوب.")
    persons = [e.name for e in doc.entities if e.type == "PERSON" and "صالح" in e.name]
    assert sorted(persons) == ["صبحي صالح", "عبد الله صالح"]

"""Entities in real-news constructions, round 8: a portfolio in «لشؤون» closing a title, a name the tagger finds
right after a title, the UN envoy, a noun with the pronoun «ه» read as a town, and common words the tagger calls
persons."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.entities.stage import analyze_entities


def _ents(text: str, words: list[str], typ: str = "PERS") -> list[tuple[str, str, str | None, list[str]]]:
    doc = rasd.Pipeline(["tokens", "sentences"])(text)
    analyze_entities(doc, tagger=RunsTagger(words, typ=typ))
    return [(e.type, e.name, e.actor, e.roles) for e in doc.entities]


def _person(doc: rasd.Doc, name: str) -> rasd.doc.Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_affairs_portfolio_ends_the_title_and_the_name_after_it_takes_the_role() -> None:
    got = _ents("قال سكرتير الدولة للشؤون الريفية بول ماكنتاير إن الدعم سيزداد.", ["بول", "ماكنتاير"])
    assert ("PERSON", "بول ماكنتاير", None, ["سكرتير الدولة للشؤون الريفية"]) in got


def test_affairs_portfolio_with_coordinated_adjectives_keeps_the_office_country() -> None:
    doc = rasd.analyze("التقى الوزير التركي للشؤون الأوروبية والاقتصادية فولكان بوزكير بالوفد.")
    e = _person(doc, "فولكان بوزكير")
    assert e.roles == ["الوزير التركي للشؤون الأوروبية والاقتصادية"] and e.actor == "TURGOV"


def test_name_after_title_and_comma_takes_the_role() -> None:
    got = _ents("وقال رئيس الوزراء الكندي، جيمس هاربر، إن الانتخابات قريبة.", ["جيمس", "هاربر"])
    assert any(t == "PERSON" and n == "جيمس هاربر" and r == ["رئيس الوزراء الكندي"] for t, n, _, r in got)


def test_un_envoy_sent_to_a_country_is_not_of_that_country() -> None:
    doc = rasd.analyze("وقال المبعوث الدولي إلى ليبيا جوناثان مارتن إن الحوار مستمر.", date="2015-08-01")
    e = _person(doc, "جوناثان مارتن")
    assert e.country is None and e.actor == "IGOUNO"
    assert any(x.type == "LOCATION" and x.name == "ليبيا" for x in doc.entities)


def test_known_un_envoy_is_igouno_and_the_un_stays_an_organisation() -> None:
    doc = rasd.analyze("واجتمع ولد الشيخ أحمد مع ممثلي الأمم المتحدة. وقال إسماعيل ولد الشيخ أحمد إن الحل قريب.",
                       date="2015-08-01")
    assert _person(doc, "إسماعيل ولد الشيخ أحمد").actor == "IGOUNO"
    un = next(e for e in doc.entities if e.name == "الأمم المتحدة")
    assert un.type == "ORGANIZATION" and un.actor == "IGOUNO"


def test_noun_with_pronoun_is_not_the_town_written_with_ta_marbuta() -> None:
    doc = rasd.analyze("فتح المهندس بريده الإلكتروني صباحا. ثم سافر إلى بريده مساء.")
    places = [m.start for e in doc.entities if e.type == "LOCATION" for m in e.mentions]
    assert places == [doc.text.rindex("بريده")]
    tagged = _ents("فتح المهندس بريده الإلكتروني صباحا.", ["بريده"], "LOC")
    assert not any(t == "LOCATION" for t, _, _, _ in tagged)


def test_frequent_word_of_no_name_list_said_once_is_no_person() -> None:
    assert not _ents("وقال مؤسس الشركة إن الأرباح تضاعفت.", ["مؤسس"])
    assert not _ents("وأكد قيادي برلماني أن الجلسة تأجلت.", ["قيادي", "برلماني"])


def test_bare_president_is_not_the_former_president_named_before() -> None:
    doc = rasd.analyze("انتقد الرئيس اليمني السابق فؤاد المعصومي الحكومة. وقال الرئيس إن الجيش سيرد.")
    saleh = _person(doc, "فؤاد المعصومي")
    assert all(doc.text[m.start : m.end] != "الرئيس" for m in saleh.mentions)

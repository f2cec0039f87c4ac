"""Entities in real-news constructions, round 10: a name after «لـ» whose article lost its alef («للعبادي»), a
Western surname that is also a far town («سولانا»), a given name that is also a country adjective after a title
(«جورجي»), a common word alone as a listed official's surname («بحر», «فريد»), and a «former» official the
lexicon still has in office."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _doc(text: str, *runs: list[str], date: str | None = "2015-06-01") -> Doc:
    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=RunsTagger(*runs))
    return doc


def test_name_after_lam_keeps_the_article() -> None:
    text = "قال رئيس الوزراء العراقي حيدر العبادي إن الحكومة ستجتمع، وأكد مستشار للعبادي ذلك."
    doc = _doc(text, ["حيدر", "العبادي"], ["للعبادي"])
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert len(persons) == 1, [e.name for e in persons]
    assert "العبادي" in persons[0].aliases and "لعبادي" not in persons[0].aliases
    for sp in persons[0].mentions:  # every mention points at characters of the text
        assert text[sp.start : sp.end] in ("حيدر العبادي", "لعبادي")
    alone = _doc("ووجهت انتقادات للسيسي في المؤتمر.", ["للسيسي"])
    assert [e.name for e in alone.entities if e.type == "PERSON"] == ["السيسي"]


def test_western_surname_is_no_far_town() -> None:
    doc = _doc("وقال سولانا إن الاتحاد الأوروبي مستعد للحوار.", ["سولانا"])
    got = [(e.type, e.name) for e in doc.entities if e.name == "سولانا"]
    assert got == [("PERSON", "سولانا")]
    doc = _doc("قال المنسق خافيير سولانا إن الاتحاد مستعد.", ["خافيير", "سولانا"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["خافيير سولانا"]
    assert not any(e.type == "LOCATION" for e in doc.entities)
    # after a place preposition it stays the town
    doc = _doc("وصل الوفد إلى سولانا أمس.", ["سولانا"])
    assert [e.type for e in doc.entities if e.name == "سولانا"] == ["LOCATION"]


def test_given_name_that_is_a_country_adjective() -> None:
    doc = rasd.analyze("وقال الرئيس جورجي بارفانوف إن البلاد مستعدة.")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "جورجي بارفانوف" and p.roles == ["الرئيس"] and p.country != "GEO"
    doc = rasd.analyze("قال نائب الممثل الخاص للأمين العام جورجي ماكاروف إن الحوار مستمر.")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.name == "جورجي ماكاروف" and p.country != "GEO"
    # with the article it is the adjective: the Georgian president
    doc = rasd.analyze("وقال الرئيس الجورجي جورجي مارغفيلاشفيلي إن البلاد مستعدة.")
    (p,) = [e for e in doc.entities if e.type == "PERSON"]
    assert p.country == "GEO" and p.roles == ["الرئيس الجورجي"]


def test_common_word_alone_links_no_official() -> None:
    doc = _doc("وصلت السفن إلى جنوب بحر الصين أمس.", ["بحر"])
    assert not any(e.actor and "PSE" in e.actor for e in doc.entities)
    doc = _doc("وقال إن المشروع فريد من نوعه.", ["فريد"])
    assert not any(e.latin and "Reed" in e.latin for e in doc.entities)
    # with the person's first name in the article, the surname alone is still him
    doc = _doc("أكد القيادي أحمد بحر أن الوضع مستقر، وقال بحر إن المجلس سيجتمع.", ["أحمد", "بحر"], ["بحر"])
    assert [e.actor for e in doc.entities if e.type == "PERSON"] == ["PSEGOV"]
    # a surname that is no common word still links
    doc = _doc("وقال أوباما إن الاتفاق جيد.", ["أوباما"])
    assert [e.actor for e in doc.entities if e.type == "PERSON"] == ["USAGOV"]


def test_former_in_the_article_wins_over_the_lexicon() -> None:
    doc = rasd.analyze("قال وزير الخارجية الأميركي السابق جون كيري إن الاتفاق جيد.", date="2015-06-01")
    assert [e.actor for e in doc.entities if e.type == "PERSON"] == ["USAELI"]
    doc = rasd.analyze("قال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد.", date="2015-06-01")
    assert [e.actor for e in doc.entities if e.type == "PERSON"] == ["USAGOV"]


def test_two_foreign_names_joined_by_wa() -> None:
    doc = _doc("كما سافر على ظهره الرئيسان خروشوف وتيتو إلى المؤتمر.", ["خروشوف", "وتيتو"])
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["تيتو", "خروشوف"]
    # after an Arabic given name, a word in «و» is the family name: «مصطفى وزيري»
    doc = _doc("وقال المدير العام مصطفى وزيري إن البعثة بدأت.", ["مصطفى", "وزيري"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["مصطفى وزيري"]

"""Entities in real-news constructions, round 21: a kinship or relation noun the tagger reads as (part of) a person
(«حفيد مؤسس الحركة ...»); a place word before a name («سهل عبد الرحمن»); an office over a body of a town («رئيس
مجلس عمالة طنجة») or over a body named by the article and its adjective («رئيس المجلس البلدي»), which the title
reads on to the name."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc


def _persons(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_kinship_noun_before_a_name_is_no_person() -> None:
    # («مؤسس» written twice in the article: a word named once is dropped as a common noun already)
    alone = runs_doc("واعتقلت الشرطة يوسف ليفي، حفيد مؤسس الحركة المتطرفة داود كوهين. وكان مؤسس الحركة قد قتل قبل "
                     "سنوات.", ["يوسف", "ليفي"], ["مؤسس"], ["داود", "كوهين"])
    assert _persons(alone) == ["يوسف ليفي", "داود كوهين"]
    # a run that opens on the noun: the name after it is the man
    run = runs_doc("وقال مصدر إن نجل سمير حداد غادر البلاد.", ["نجل", "سمير", "حداد"])
    assert _persons(run) == ["سمير حداد"]


def test_a_plain_word_before_a_name_makes_a_place() -> None:
    doc = runs_doc("ووصل الجنود إلى سهل عبد الرحمن أمس.", ["عبد", "الرحمن"])
    assert _persons(doc) == []
    assert [e.name for e in doc.entities if e.type == "LOCATION"] == ["عبد الرحمن"]


def test_an_office_over_a_body_of_a_town_reads_on_to_the_name() -> None:
    doc = runs_doc("وحضر رئيس مجلس عمالة طنجة عبد الحميد ابرشان الحفل.", ["عبد", "الحميد", "ابرشان"])
    roles = person_roles(doc)
    assert roles.get("عبد الحميد ابرشان") == ["رئيس مجلس عمالة طنجة"]
    assert [e.country for e in doc.entities if e.name == "عبد الحميد ابرشان"] == ["MAR"]
    # a portfolio is no town the office is of: «دائرة شؤون القدس» gives no country
    affairs = runs_doc("وندد رئيس دائرة شؤون القدس سامي النجار بالقرار.", ["سامي", "النجار"])
    assert [e.country for e in affairs.entities if e.name == "سامي النجار"] == [None]


def test_an_office_over_a_definite_body_reads_on_to_the_name() -> None:
    doc = runs_doc("وقال رئيس اللجنة التنفيذية خالد المطيري إن الانتخابات تسير بانتظام.", ["خالد", "المطيري"])
    assert person_roles(doc).get("خالد المطيري") == ["رئيس اللجنة التنفيذية"]
    # a named party after the office is the party, not a body the title reads over
    import rasd
    from rasd.entities.stage import analyze_entities

    party = rasd.analyze("وقال زعيم الحزب الاشتراكي الديمقراطي هانس مولر إن الاتفاق قريب.", date="2015-06-01")
    tagger = TypedRunsTagger(("ORG", ["الحزب", "الاشتراكي", "الديمقراطي"]), ("PERS", ["هانس", "مولر"]))
    analyze_entities(party, tagger=tagger)  # type: ignore[arg-type]
    assert "الحزب الاشتراكي الديمقراطي" in [e.name for e in party.entities if e.type == "ORGANIZATION"]


def test_an_office_of_a_listed_movement_takes_its_sector() -> None:
    doc = runs_doc("وقال رئيس المكتب السياسي لحركة طالبان الأفغانية عبد الرزاق حكيمي إن الحركة مستعدة للحوار.",
                   ["عبد", "الرزاق", "حكيمي"])
    assert [e.actor for e in doc.entities if e.name == "عبد الرزاق حكيمي"] == ["AFGREB"]


def test_a_listed_person_keeps_his_own_code_over_the_body_he_heads() -> None:
    # the lexicon codes the man himself (a party leader), the body he heads another way: his own code wins
    doc = runs_doc("وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة باقية.", ["حسن", "نصر", "الله"])
    people = [e for e in doc.entities if e.type == "PERSON"]
    bodies = [e for e in doc.entities if e.name == "حزب الله"]
    assert bodies and people and people[0].actor != bodies[0].actor
    assert people[0].actor == "LBNPTYELI"

"""Entities in news constructions, round 26 (real news and the stage's errors on ANERcorp dev): a team a match's
report names by «مضيفه»/«ضيفه»/«فريق» (a town's or a man's name, the club); a car maker named by a month with its
model («نيسان أورفان», «نيسان « أورفان »»); a Moroccan municipality as an office's body («رئيس الجماعة الحضرية
لطنجة»)."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc


def _mentions(text: str, typ: str, *runs: tuple[str, list[str]]) -> list[str]:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2006-10-01")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == typ]


def test_the_team_after_the_host_word_in_a_match_report_is_a_club() -> None:
    text = "وعاد الفريق إلى الانتصارات بعد خسارته أمام مضيفه ليون بهدفين في الجولة الأولى."
    assert _mentions(text, "ORGANIZATION", ("PERS", ["ليون"])) == ["ليون"]
    assert _mentions(text, "PERSON", ("PERS", ["ليون"])) == []
    # a listed town the rules find there is the club too
    text = "وتعادل المنتخب مع ضيفه مارسيليا في المباراة الودية."
    assert _mentions(text, "ORGANIZATION") == ["مارسيليا"] and _mentions(text, "LOCATION") == []
    # the host of a visit is a man, and the town a visit goes to stays a town
    assert _mentions("وشكر الرئيس مضيفه كريم على حسن الضيافة.", "PERSON", ("PERS", ["كريم"])) == ["كريم"]
    assert _mentions("ووصل فريق التحقيق إلى مارسيليا أمس.", "LOCATION") == ["مارسيليا"]


def test_a_car_maker_named_by_a_month_with_its_model() -> None:
    runs = ("ORG", ["نيسان", "أورفان"])
    assert _mentions("وتأتي نيسان أورفان بمحرك أقوى من سابقتها.", "ORGANIZATION", runs) == ["نيسان أورفان"]
    assert _mentions("وتقدم نيسان « أورفان » الجديدة بثلاثة ألوان.", "ORGANIZATION", ("ORG", ["نيسان"])) == ["نيسان"]
    # the month before a year or its other name stays a month
    assert _mentions("وفي نيسان أبريل الماضي ارتفعت الأسعار.", "ORGANIZATION", ("ORG", ["نيسان", "أبريل"])) == []


def test_a_moroccan_municipality_is_an_office_s_body() -> None:
    doc = runs_doc("وحضر اللقاء رئيس الجماعة الحضرية لفاس محمد بنعلي وعدد من المنتخبين.", ["محمد", "بنعلي"])
    assert person_roles(doc) == {"محمد بنعلي": ["رئيس الجماعة الحضرية لفاس"]}
    # a named group's leader stays without such a body
    doc = runs_doc("وقال زعيم الجماعة الإسلامية محمد بنعلي إن الحوار مستمر.", ["محمد", "بنعلي"])
    assert "الجماعة الإسلامية" not in " ".join(person_roles(doc).get("محمد بنعلي", []))


def test_a_team_described_by_its_country_is_no_club_s_name() -> None:
    text = "ويلعب الفريق مباراة الإياب ضد فريق كولومبي في نهائي البطولة."
    assert _mentions(text, "ORGANIZATION", ("PERS", ["كولومبي"])) == []


def test_a_town_inside_a_zone_s_name_in_an_office_stays_a_place() -> None:
    doc = runs_doc("وحضر الحفل الشيخ سعيد بن أحمد آل مكتوم رئيس سلطة منطقة دبي الحرة للإعلام وعدد من المسؤولين.",
                   ["سعيد", "بن", "أحمد", "آل", "مكتوم"])
    # round en537: the zone's authority named after its place is one body of the UAE, no leftover place «دبي»
    assert [e.name for e in doc.entities if e.type == "LOCATION"] == []
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORGANIZATION"] == [("سلطة منطقة دبي الحرة", "ARE")]
    assert any("منطقة دبي الحرة" in r for r in person_roles(doc)["سعيد بن أحمد آل مكتوم"])

"""Entities, round 67: short or older country forms the generated list lacks («مقدونيا», «تنزانيا», «روسيا البيضاء»);
islands and regions with their country («صقلية», «كتالونيا»; a disputed one with none: «كشمير»); a country's coast
guard («خفر السواحل الإيطالي», «قوات خفر السواحل اليونانية»); the Eurogroup; «الحركة الإسلامية في إسرائيل» a
body of that country (alone, a current of opinion, no body); a party's short name takes the country of the longer
name it opens (of one country only, and no state's body)."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type

from rasd.doc import Entity
from rasd.entities.shortbodies import short_body_countries


def _loc(text: str, name: str) -> tuple[str | None, str | None]:
    e = entity_named(analyze_news(text), name)
    assert e.type == "LOCATION"
    return e.country, e.actor


def test_the_short_form_of_a_renamed_country() -> None:
    assert _loc("واستقبل الوزير نظيره وزير الخارجية بمقدونيا أمس.", "مقدونيا") == ("MKD", "MKD")


def test_a_country_whose_short_form_the_lists_dropped() -> None:
    assert _loc("ووصل الرئيس إلى تنزانيا في زيارة رسمية.", "تنزانيا") == ("TZA", "TZA")


def test_white_russia_is_belarus_not_russia() -> None:
    doc = analyze_news("وتعقد المحادثات في مينسك عاصمة روسيا البيضاء الأسبوع المقبل.")
    assert entity_named(doc, "روسيا البيضاء").country == "BLR"
    assert "روسيا" not in names_of_type(doc, "LOCATION")


def test_russia_alone_stays_russia() -> None:
    assert _loc("وقال المتحدث إن روسيا سترد على العقوبات.", "روسيا") == ("RUS", "RUS")


def test_an_island_takes_its_country() -> None:
    assert _loc("وتلقى خفر السواحل نداء استغاثة من مركب قرب صقلية.", "صقلية")[0] == "ITA"


def test_a_region_takes_its_country() -> None:
    assert _loc("وقال رئيس حكومة كتالونيا إن الاستفتاء سيجري.", "كتالونيا")[0] == "ESP"


def test_a_disputed_region_takes_no_country() -> None:
    assert _loc("وتبادل الجيشان إطلاق النار في كشمير أمس.", "كشمير") == (None, None)


def test_a_countrys_coast_guard_is_its_armed_body() -> None:
    doc = analyze_news("وقال خفر السواحل اليوناني إن القارب غرق قرب الجزيرة.")
    e = entity_named(doc, "خفر السواحل اليوناني")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "GRC", "GRCMIL")


def test_the_forces_of_a_coast_guard_are_one_body() -> None:
    doc = analyze_news("وأعلنت قوات خفر السواحل الإيطالية إنقاذ مئتي مهاجر.")
    e = entity_named(doc, "قوات خفر السواحل الإيطالية")
    assert (e.country, e.actor) == ("ITA", "ITAMIL")


def test_a_coast_guard_of_no_country_is_no_body() -> None:
    doc = analyze_news("وقال خفر السواحل إن القارب غرق.")
    assert not any("خفر" in n for n in names_of_type(doc, "ORGANIZATION"))


def test_the_eurogroup() -> None:
    doc = analyze_news("وقال رئيس المجموعة الأوروبية إن المفاوضات مع أثينا مستمرة.")
    e = entity_named(doc, "المجموعة الأوروبية")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", None, "IGOEU")


def test_a_movement_in_a_country_is_that_countrys_body() -> None:
    doc = analyze_news("وقال الشيخ سالم عودة مؤسس الحركة الإسلامية في إسرائيل إن الوضع خطير.")
    e = entity_named(doc, "الحركة الإسلامية")
    assert (e.type, e.country) == ("ORGANIZATION", "ISR")


def test_a_movement_alone_is_a_current_of_opinion() -> None:
    doc = analyze_news("وقال المتحدث إن الحركة الإسلامية تراجعت في الانتخابات.")
    assert "الحركة الإسلامية" not in names_of_type(doc, "ORGANIZATION")


def test_a_movement_in_a_town_is_no_countrys_body() -> None:
    doc = analyze_news("وانتشرت الحركة الإسلامية في حمص قبل عقود.")
    assert "الحركة الإسلامية" not in names_of_type(doc, "ORGANIZATION")


def test_a_partys_short_name_takes_the_longer_names_country() -> None:
    doc = analyze_news("وبدأت الحملة الانتخابية للتحالف المسيحي أمس. وقال المتحدث إن التحالف المسيحي الديمقراطي "
                       "الألماني سيفوز.")
    assert entity_named(doc, "التحالف المسيحي").country == "DEU"


def _org(eid: str, name: str, country: str | None = None, actor: str | None = None) -> Entity:
    return Entity(id=eid, type="ORGANIZATION", name=name, country=country, actor=actor)


def test_a_short_name_of_two_countries_longer_names_takes_none() -> None:
    ents = [_org("E1", "الحزب الاشتراكي"), _org("E2", "الحزب الاشتراكي الفرنسي", "FRA", "FRAPTY"),
            _org("E3", "الحزب الاشتراكي الديمقراطي", "DEU", "DEUPTY")]
    short_body_countries(ents)
    assert (ents[0].country, ents[0].actor) == (None, None)


def test_a_short_name_of_a_state_body_takes_none() -> None:
    ents = [_org("E1", "الديوان الملكي"), _org("E2", "الديوان الملكي الهاشمي", "JOR", "JORGOV")]
    short_body_countries(ents)
    assert ents[0].country is None


def test_a_short_name_takes_the_longer_names_actor() -> None:
    ents = [_org("E1", "حزب الشعب"), _org("E2", "حزب الشعب الجمهوري", "TUR", "TURPTY")]
    short_body_countries(ents)
    assert (ents[0].country, ents[0].actor) == ("TUR", "TURPTY")


def test_the_founder_of_a_countrys_movement_takes_its_country() -> None:
    doc = analyze_news("وكان بين الحضور الشيخ سالم عبد الله مؤسس الحركة الإسلامية في إسرائيل والوزير السابق.")
    assert (entity_named(doc, "سالم عبد الله").country, entity_named(doc, "سالم عبد الله").actor) == ("ISR", "ISR")


def test_the_founder_of_a_movement_of_no_country_takes_none() -> None:
    doc = analyze_news("وكان بين الحضور الشيخ سالم عبد الله مؤسس الحركة الإسلامية.")
    assert entity_named(doc, "سالم عبد الله").country is None

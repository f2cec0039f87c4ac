"""Entities, round 71: a person named right after a kinship noun takes the country of the article's persons with
his family name; an indefinite «قرية»/«بلدة» and one rare definite word is a village, in the country of its
sentence's places; UNAMI is a UN mission."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type


def test_a_son_named_after_his_kinship_noun_takes_his_fathers_country() -> None:
    doc = analyze_news("ونظرت محكمة في طرابلس في قضايا رموز حكم العقيد الراحل معمر القذافي، ومنهم نجله سيف الإسلام القذافي.")
    assert entity_named(doc, "سيف الإسلام القذافي").country == "LBY"


def test_a_widow_named_after_her_kinship_noun_takes_the_senators_country() -> None:
    doc = analyze_news("وكان السيناتور الأميركي تيد كيندي قد أعار العصا لصديقه، ثم أعادتها أرملته فيكي كيندي إليه.")
    assert entity_named(doc, "فيكي كيندي").country == "USA"


def test_no_kinship_noun_no_country_from_a_shared_family_name() -> None:
    doc = analyze_news("ونظرت محكمة في طرابلس في قضايا رموز حكم العقيد الراحل معمر القذافي، وفي قضية سيف الإسلام القذافي.")
    assert entity_named(doc, "سيف الإسلام القذافي").country is None


def test_a_village_after_an_indefinite_village_noun_is_a_place_of_its_sentences_country() -> None:
    doc = analyze_news("وضربت الطائرات جسرا بين مدينة البوكمال السورية وقرية الباغوز فوق نهر الفرات.")
    village = entity_named(doc, "الباغوز")
    assert (village.type, village.country) == ("LOCATION", "SYR")


def test_a_village_noun_before_a_common_word_makes_no_place() -> None:
    doc = analyze_news("وزار المحافظ قرية الصيادين في مدينة البوكمال السورية أمس.")
    assert names_of_type(doc, "LOCATION") == ["البوكمال"]


def test_unami_is_the_un_mission_for_iraq() -> None:
    doc = analyze_news("ورحبت بعثة الأمم المتحدة لمساعدة العراق (يونامي) بالإصلاحات التي أعلنها رئيس الوزراء.")
    mission = entity_named(doc, "بعثة الأمم المتحدة لمساعدة العراق")
    assert (mission.type, mission.actor) == ("ORGANIZATION", "IGOUNO")
    assert "يونامي" in mission.aliases and names_of_type(doc, "MISC") == []

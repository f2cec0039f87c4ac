"""Round en532: the accusative and genitive of plural role nouns make a group as the nominative does. The indefinite
accusative «ـا» of a broken plural of people is the same row of data/events/agent_groups.tsv («نوابا برلمانيين
فرنسيين» FRALEG, «جنودا سعوديين» SAUMIL), with the country from the plural nisba in «ـين»; «دبلوماسيين» and
«قياديين» are source heads of speech as «دبلوماسيون», «قياديون» (function_words ``source_heads``)."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc, Entity


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-01")


def groups(doc: Doc) -> list[Entity]:
    return [e for e in doc.entities if e.type == "GROUP"]


def test_accusative_lawmakers_with_a_plural_nisba_are_the_source() -> None:
    doc = run("وذكرت الصحيفة أن نوابا برلمانيين فرنسيين توجهوا إلى دمشق الأسبوع الماضي.")
    (g,) = groups(doc)
    assert (g.name, g.actor, g.country, g.latin) == ("نوابا برلمانيين فرنسيين", "FRALEG", "FRA", "French lawmakers")
    (ev,) = doc.events
    assert (ev.code, ev.source) == ("042", g.id)


def test_accusative_soldiers_are_the_target() -> None:
    doc = run("وقتل مسلحون جنودا سعوديين على الحدود.")
    by_name = {e.name: e for e in groups(doc)}
    soldiers = by_name["جنودا سعوديين"]
    assert (soldiers.actor, soldiers.country) == ("SAUMIL", "SAU")
    (ev,) = doc.events
    assert (ev.code, ev.source, ev.target) == ("190", by_name["مسلحون"].id, soldiers.id)


def test_accusative_students_and_witnesses() -> None:
    doc = run("واعتقلت قوات الأمن طلابا مصريين في القاهرة.")
    (ev,) = doc.events
    students = doc.entity(ev.target)
    assert students is not None and (students.name, students.actor) == ("طلابا مصريين", "EGYEDU")
    doc = run("واعتقلت الشرطة شهودا في القضية.")
    (ev,) = doc.events
    witnesses = doc.entity(ev.target)
    assert witnesses is not None and (witnesses.name, witnesses.actor, witnesses.country) == ("شهودا", "CVL", None)


def test_genitive_diplomats_as_a_relayed_speaker() -> None:
    doc = run("ونقلت رويترز عن دبلوماسيين بريطانيين قولهم إن المحادثات متعثرة.")
    (q,) = doc.quotes
    sp = doc.entity(q.speaker or "")
    assert sp is not None and (sp.type, sp.name, sp.actor, sp.country) == (
        "GROUP", "دبلوماسيين بريطانيين", "GBRGOV", "GBR")


def test_forms_that_worked_before_stay() -> None:
    doc = run("ونقلت رويترز عن مسؤولين حكوميين إيطاليين قولهم إن المحادثات متعثرة.")
    (q,) = doc.quotes
    sp = doc.entity(q.speaker or "")
    assert sp is not None and (sp.name, sp.actor) == ("مسؤولين حكوميين إيطاليين", "ITAGOV")
    doc = run("وقال نواب فرنسيون إن المحادثات متعثرة.")
    (q,) = doc.quotes
    sp = doc.entity(q.speaker or "")
    assert sp is not None and (sp.name, sp.actor) == ("نواب فرنسيون", "FRALEG")


def test_plurals_that_are_no_role_make_no_group() -> None:
    # counter-cases: «سنين» (years), «ملايين» (millions) are no group; «فلسطينيين» stays a people (PSE)
    doc = run("وعاش اللاجئون سنين طويلة في المخيم، وهاجمهم المسلحون.")
    assert not [e for e in groups(doc) if "سنين" in e.name]
    doc = run("وقتل المسلحون ملايين الناس.")
    assert [e.name for e in groups(doc)] == ["المسلحون"]
    (ev,) = doc.events
    assert ev.target is None
    doc = run("وهاجم المسلحون فلسطينيين في الخليل.")
    (ev,) = doc.events
    people = doc.entity(ev.target or "")
    assert people is not None and (people.name, people.actor, people.country) == ("فلسطينيين", "PSE", "PSE")


def test_western_is_no_country() -> None:
    # counter-case: «غربيين» names no one country: the diplomats' group has none (round qu983: its name keeps the
    # nisba, «دبلوماسيين غربيين»)
    doc = run("ونقلت رويترز عن دبلوماسيين غربيين قولهم إن المحادثات متعثرة.")
    (q,) = doc.quotes
    sp = doc.entity(q.speaker or "")
    assert sp is not None and (sp.name, sp.actor, sp.country) == ("دبلوماسيين غربيين", "GOV", None)

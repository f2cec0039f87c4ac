"""Round gs409: more groups (rasd.events.groups): a named person's critics, opponents and supporters
(rasd.events.group_partisans), critics and opponents of no person, and eyewitnesses as civilians."""

from __future__ import annotations

from functools import lru_cache

import rasd
from rasd.doc import Doc, Entity


@lru_cache(maxsize=None)
def run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-01")


def groups(doc: Doc) -> list[Entity]:
    return [e for e in doc.entities if e.type == "GROUP"]


def test_critics_of_a_named_leader_past_his_title_are_his_countrys_opposition() -> None:
    doc = run("ويرى منتقدو الرئيس التركي رجب طيب إردوغان أن الأخير يستخدم الحرب لكسب الانتخابات.")
    (g,) = groups(doc)
    assert (g.name, g.actor, g.country) == ("منتقدو الرئيس التركي رجب طيب إردوغان", "TUROPP", "TUR")
    assert g.latin is not None and g.latin.endswith("critics of Rajab Tayyib Erdogan")
    assert doc.quotes[0].speaker == g.id


def test_opponents_of_a_named_person_in_construct() -> None:
    doc = run("ويقول خصوم كلينتون الجمهوريون إن الرسائل كانت سرية.")
    (g,) = groups(doc)
    assert (g.name, g.actor) == ("خصوم كلينتون", "USAOPP")
    assert doc.quotes[0].speaker == g.id


def test_supporters_of_a_named_person_are_his_country_alone() -> None:
    doc = run("ونظم أنصار العقيد معمر القذافي مظاهرة نادرة في مدينة بنغازي.")
    (g,) = groups(doc)
    assert (g.actor, g.country) == ("LBY", "LBY")
    assert doc.events[0].source == g.id


def test_supporters_of_a_body_or_of_no_one_are_no_group() -> None:
    doc = run("ونظم أنصار الشريعة مظاهرة في بنغازي.")
    assert not groups(doc)
    assert doc.events[0].source is not None and doc.entity(doc.events[0].source).type == "ORGANIZATION"
    doc = run("ونظم أنصار الحركة مظاهرة في بنغازي.")
    assert not groups(doc)


def test_a_person_past_another_noun_is_not_the_one_they_back() -> None:
    doc = run("ونظم أنصار حزب الرئيس التركي رجب طيب إردوغان مظاهرة في أنقرة.")
    assert not [g for g in groups(doc) if g.actor in ("TUR", "TUROPP")]


def test_opponents_of_a_deal_are_opposition_with_no_country() -> None:
    doc = run("ويدين معارضو اتفاق التجارة الحرة غياب الشفافية.")
    (g,) = groups(doc)
    assert (g.actor, g.country) == ("OPP", None)
    assert doc.events[0].source == g.id


def test_eyewitnesses_are_civilians() -> None:
    doc = run("وقال شهود عيان إن غارات استهدفت مقر القيادة.")
    (g,) = groups(doc)
    assert (g.name, g.actor) == ("شهود عيان", "CVL")
    assert doc.quotes[0].speaker == g.id


def test_one_witness_told_of_before_is_no_group() -> None:
    doc = run("ويضيف الشاهد الذي طلب عدم ذكر اسمه إن المسلحين فروا من المدينة.")
    assert not [g for g in groups(doc) if g.actor == "CVL"]


def test_indefinite_nominative_people_plural_after_a_bare_head_is_its_adjective() -> None:
    doc = run("وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس.")
    (g,) = groups(doc)
    assert (g.name, g.actor, g.country) == ("مسلحون أكراد", "TURREB", "TUR")  # (round ev980: Turkey's rebels)
    assert doc.events[0].source == g.id


def test_accusative_people_plural_after_a_bare_head_is_its_object() -> None:
    doc = run("وقتل مسلحون أكرادا في المدينة.")
    assert [(g.name, g.actor) for g in groups(doc)] == [("مسلحون", "UAF")]


def test_the_press_of_a_country_speaks_as_its_media() -> None:
    doc = run("وأشارت وسائل إعلام تركية إلى أن المتمردين نصبوا كمينا قرب مكان التفجير.")
    (g,) = [e for e in groups(doc) if e.name.startswith("وسائل")]
    assert (g.name, g.actor, g.country) == ("وسائل إعلام تركية", "TURMED", "TUR")
    assert doc.quotes[0].speaker == g.id


def test_one_paper_is_no_media_group() -> None:
    doc = run("وذكرت صحيفة يونانية أن أثينا كانت تنوي تطبيق خطة طارئة.")
    assert not [g for g in groups(doc) if g.actor and g.actor.endswith("MED")]


def test_critics_with_lam_past_a_phrase_that_stopped_at_its_head() -> None:
    doc = run("ويرى منتقدون للرئيس التركي رجب طيب إردوغان أن الانتخابات خياره.")
    (g,) = groups(doc)
    assert (g.actor, g.country) == ("TUROPP", "TUR")
    assert doc.quotes[0].speaker == g.id


def test_a_person_after_another_lam_noun_is_not_the_one_backed() -> None:
    doc = run("ونظم أنصار للحزب مظاهرة في أنقرة تأييدا لرجب طيب إردوغان.")
    assert not [g for g in groups(doc) if g.country == "TUR"]

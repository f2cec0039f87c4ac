"""Entities in news constructions, round 32 (countries of people, sector codes, false names): a ruling family's
name gives its member's country («الشيخ جابر الأحمد الصباح», «آل نهيان»); the bare head («نائب الرئيس») of a club
or society his sentence names holds no office of a state; a ruler the lexicon has out of office at the date, named
by a bare title or «الراحل», «المخلوع», is of the elite; an elections committee is the government's; a national
channel's code carries its country; «بحماس» with enthusiasm is no Hamas; a committee the tagger cut short
(«لجنة الأمن») is read with its portfolio and adjective."""

from __future__ import annotations

from typing import Any

from conftest import runs_doc, typed_runs_doc


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def _person(doc: Any, name: str) -> Any:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_a_ruling_family_gives_its_member_s_country() -> None:
    doc = runs_doc("وأشاد المتحدث بدور الشيخ جابر الأحمد الصباح في بناء الدولة.", ["جابر", "الأحمد", "الصباح"])
    assert _person(doc, "جابر الأحمد الصباح").country == "KWT"
    doc = runs_doc("واستقبل طحنون بن زايد آل نهيان وفدا تجاريا.", ["طحنون", "بن", "زايد", "آل", "نهيان"])
    assert _person(doc, "طحنون بن زايد آل نهيان").country == "ARE"
    doc = runs_doc("وحضر الحفل الأمير فيصل بن خالد بن عبد العزيز.", ["فيصل", "بن", "خالد", "بن", "عبد", "العزيز"])
    assert _person(doc, "فيصل بن خالد بن عبد العزيز").country == "SAU"
    # a name of a family that is not the ruling one's without a royal title: no country from it
    doc = runs_doc("وقال الكاتب مازن الصباح إن الرواية ستصدر قريبا.", ["مازن", "الصباح"])
    assert _person(doc, "مازن الصباح").country is None
    doc = runs_doc("وقال سامي بن عبد العزيز إن الرواية ستصدر قريبا.", ["سامي", "بن", "عبد", "العزيز"])
    assert _person(doc, "سامي بن عبد العزيز").country is None


def test_the_bare_head_of_a_club_holds_no_state_office() -> None:
    text = ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nاستقبل أمير منطقة عسير في مكتبه اليوم نائب "
            "الرئيس ماجد العسيري واطلع على التقرير السنوي لنادي أبها الأدبي.")
    e = _person(runs_doc(text, ["ماجد", "العسيري"], date="2015-08-10"), "ماجد العسيري")
    assert (e.country, e.actor) == ("SAU", "SAU")
    # with no body in his sentence the bare title is the state's
    text = ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nاستقبل أمير منطقة عسير في مكتبه اليوم نائب "
            "الرئيس ماجد العسيري واطلع على التقرير السنوي للإمارة.")
    e = _person(runs_doc(text, ["ماجد", "العسيري"], date="2015-08-10"), "ماجد العسيري")
    assert e.actor == "SAUGOV"


def test_a_ruler_out_of_office_is_of_the_elite() -> None:
    doc = runs_doc("وسقط نظام الرئيس زين العابدين بن علي ونظام الرئيس حسني مبارك في عام 2011.",
                   ["زين", "العابدين", "بن", "علي"], ["حسني", "مبارك"])
    assert _person(doc, "زين العابدين بن علي").actor == "TUNELI"
    assert _person(doc, "حسني مبارك").actor == "EGYELI"
    # a president in office stays the government
    doc = runs_doc("وقال الرئيس عبد الفتاح السيسي إن القناة جاهزة.", ["عبد", "الفتاح", "السيسي"])
    assert _person(doc, "عبد الفتاح السيسي").actor == "EGYGOV"
    # «الراحل»: the late king
    doc = runs_doc("وأشاد بمواقف الملك الراحل فهد بن عبد العزيز خلال الأزمة.", ["فهد", "بن", "عبد", "العزيز"])
    assert _person(doc, "فهد بن عبد العزيز").actor == "SAUELI"


def test_an_elections_committee_is_the_government_s() -> None:
    doc = runs_doc("وقال عضو لجنة الانتخابات السعودية سالم الحربي إن التصويت بدأ.", ["سالم", "الحربي"])
    assert _person(doc, "سالم الحربي").actor == "SAUGOV"


def test_a_national_channel_carries_its_country() -> None:
    doc = _doc("وقالت قناة الجزيرة إن المعارك مستمرة، ونقلت شبكة سي إن إن عن مسؤولين أن الغارات توقفت.")
    got = {e.name: e.actor for e in doc.entities if e.type == "ORGANIZATION"}
    assert got.get("قناة الجزيرة") == "QATMED"
    assert got.get("سي إن إن") == "USAMED"


def test_with_enthusiasm_is_no_hamas() -> None:
    for text in ("واستقبل الأهالي الجنود بحماس كبير.", "وشاركوا بحماس في المهرجان.", "وأبدى المسؤولون الحماس للاتفاق."):
        assert [e.name for e in runs_doc(text).entities if e.type == "ORGANIZATION"] == [], text
    # the tagger's span too
    doc = _doc("ويتحدثون بحماس بالغ عن الشركات الأجنبية.", ("ORG", ["بحماس"]))
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == []
    # a verb whose «بـ» takes its object: Hamas
    doc = runs_doc("وأشاد الوزير بحماس والجهاد الإسلامي.")
    assert "PSE" in [e.country for e in doc.entities if e.type == "ORGANIZATION"]


def test_a_committee_the_tagger_cut_short_is_read_whole() -> None:
    doc = _doc("وقال عضو لجنة الأمن والدفاع النيابية النائب سالم الجبوري إن الهجوم قريب.", ("ORG", ["لجنة", "الأمن"]))
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == ["لجنة الأمن والدفاع النيابية"]

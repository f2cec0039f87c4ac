"""Entities in news constructions, round 27 (a judged sample of entities on real news, and its errors): a
definite head noun alone («المنظمة», «الوكالة», «الهيئة») refers back to the organisation named with it; a club
named after a country («نادي قطر») is the club, of that country, no place; a paper, a channel or an agency named
between its noun and its country's adjective («لصحيفة «فلان» الروسية») is of that country's press."""

from __future__ import annotations

from typing import Any

from conftest import TypedRunsTagger, analyze_news, event_starting_at, runs_doc


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2015-08-02")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc


def _mentions_of(doc: Any, name: str) -> list[str]:
    """The texts of the mentions of the entity called ``name``."""
    e = next(e for e in doc.entities if e.name == name)
    return [doc.text[m.start : m.end] for m in sorted(e.mentions, key=lambda m: m.start)]


def test_the_head_noun_alone_refers_to_the_organisation_named_with_it() -> None:
    org = ("ORG", ["منظمة", "النور", "لحقوق", "الإنسان"])
    doc = _doc("انتقدت منظمة النور لحقوق الإنسان حملة الاعتقالات. وأدانت المنظمة في بيان احتجاز الصحفيين.", org)
    assert _mentions_of(doc, "منظمة النور لحقوق الإنسان") == ["منظمة النور لحقوق الإنسان", "المنظمة"]
    # the last one named with that head noun, not a body named since with another («جمعية»)
    doc = _doc("وقالت هيئة الرقابة الوطنية إن التحقيق بدأ. وطالبت جمعية الأمل الخيرية بالشفافية. وأضافت الهيئة أن "
               "النتائج ستعلن قريبا.", ("ORG", ["هيئة", "الرقابة", "الوطنية"]), ("ORG", ["جمعية", "الأمل", "الخيرية"]))
    assert _mentions_of(doc, "هيئة الرقابة الوطنية")[-1] == "الهيئة"
    assert _mentions_of(doc, "جمعية الأمل الخيرية") == ["جمعية الأمل الخيرية"]
    # with a clitic: «للهيئة»; and no organisation named with the head noun: none
    doc = _doc("وأعلنت هيئة الفجر للطاقة خطة جديدة. وكان للهيئة دور في المشروع.", ("ORG", ["هيئة", "الفجر", "للطاقة"]))
    assert _mentions_of(doc, "هيئة الفجر للطاقة")[-1] == "لهيئة"
    doc = _doc("وأعلنت شركة الفجر للطاقة خطة جديدة. وكان للهيئة دور في المشروع.", ("ORG", ["شركة", "الفجر", "للطاقة"]))
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.source == "anaphor"] == []


def test_a_name_that_begins_with_the_definite_head_noun_is_referred_to_by_it() -> None:
    doc = analyze_news("أكدت الوكالة الدولية للطاقة الذرية أن المفتشين زاروا الموقع. وقالت الوكالة في تقرير إن "
                       "إيران التزمت بالاتفاق.")
    assert _mentions_of(doc, "الوكالة الدولية للطاقة الذرية") == ["الوكالة الدولية للطاقة الذرية", "الوكالة"]
    assert [q.speaker for q in doc.quotes] == [next(e.id for e in doc.entities if e.name.startswith("الوكالة"))] * 2


def test_an_event_s_source_is_the_organisation_the_head_noun_refers_to() -> None:
    # (the second act is dated apart: one going on with the first's day is the same statement, merged with it)
    doc = analyze_news("انتقدت منظمة العفو الدولية أمس حملة الاعتقالات. وأدانت المنظمة اليوم في بيان احتجاز الصحفيين.")
    ev = event_starting_at(doc, "وأدانت")
    assert ev.source is not None and doc.entity(ev.source).name == "منظمة العفو الدولية"


def test_a_club_named_after_a_country_is_the_club() -> None:
    doc = runs_doc("فاز نادي قطر على ضيفه بهدفين في الدوري. وقال مدرب نادي قطر إن الفريق قدم مباراة جيدة.")
    clubs = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert [(e.name, e.country, len(e.mentions)) for e in clubs] == [("نادي قطر", "QAT", 2)]
    assert [e.name for e in doc.entities if e.type == "LOCATION"] == []
    # with a clitic on the noun; the country named alone elsewhere stays the place
    doc = runs_doc("وانضم اللاعب لنادي الكويت بعقد لموسمين، وسافر إلى الكويت أمس.")
    assert [(e.type, e.name) for e in doc.entities] == [("ORGANIZATION", "نادي الكويت"), ("LOCATION", "الكويت")]


def test_a_paper_named_before_its_country_s_adjective_is_of_that_country() -> None:
    doc = _doc("وقال الوزير في حديث لصحيفة «فيدوموستي» الروسية إن المحادثات مستمرة.", ("ORG", ["فيدوموستي"]))
    paper = next(e for e in doc.entities if e.name == "فيدوموستي")
    assert (paper.country, paper.actor) == ("RUS", "RUSMED")
    # an agency named without quotes: its country, but no sure news agency; an adjective of no country: none
    doc = _doc("وذكرت وكالة أنكا التركية أن الهجوم وقع فجرا، ونقلت قناة «روداو» الكردية الخبر.",
               ("ORG", ["أنكا"]), ("ORG", ["روداو"]))
    got = {e.name: (e.country, e.actor) for e in doc.entities if e.type == "ORGANIZATION"}
    # round en355: a channel named in quote marks after «قناة» is the press (MED), of no country here
    assert got == {"أنكا": ("TUR", None), "روداو": (None, "MED")}


def test_a_given_name_between_a_title_and_the_tagger_s_surname_is_his() -> None:
    doc = runs_doc("وقال العميد الركن فضل الزهراني إن القوات تقدمت نحو المدينة.", ["الزهراني"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["فضل الزهراني"]
    doc = runs_doc("وشن ممثل المرجع الأعلى آية الله علي الشهرستاني هجوما على المسؤولين.", ["الشهرستاني"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["علي الشهرستاني"]
    # no title before it: the word stays apart («طالب», a verb there)
    doc = runs_doc("وفي الجلسة طالب الزهراني بالاستقالة.", ["الزهراني"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["الزهراني"]


def test_the_head_noun_with_an_adjective_of_its_own_or_after_a_cited_agency_refers_to_no_one() -> None:
    body = ("ORG", ["الهيئة", "العامة", "للائتلاف"])
    doc = _doc("واجتمعت الهيئة العامة للائتلاف أمس. وقال عضو الهيئة السياسية إن الاجتماع مهم. وأكد أعضاء الهيئة "
               "العامة أن الانتخابات ستجرى.", body)
    # (round 44: «الهيئة العامة» is read whole as the short form of the body named before, no more its head alone)
    assert _mentions_of(doc, "الهيئة العامة للائتلاف")[1:] == ["الهيئة العامة"]
    # an agency that is only cited for the news is no body the noun refers to
    doc = analyze_news("وقالت متحدثة لوكالة رويترز إن العجز كبير. ودعا الأمين العام إلى دعم الوكالة في أزمتها.")
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.source == "anaphor"] == []

"""Round en831: a non-state armed body of a country takes that country's rebel code (REB), not the bare state code
that means its government, where an appositive calls it a wing of an armed party («الجناح الإيراني لحزب العمال
الكردستاني»), and so do its armed wing and the man who holds a post in it; a state's bodies keep their codes."""

from __future__ import annotations

from conftest import analyze_news
from conftest import entity_named as _named


WING = ("وتصاعدت المواجهات في إيران، حيث هاجمت مجموعة مسلحة من منظومة المجتمع الحر الديمقراطي (الجناح الإيراني "
        "لحزب العمال الكردستاني) موقعا للحرس الثوري الإيراني. وقال سامان كريمي، مسؤول الإعلام في المنظومة، إن "
        "المعارك ستتواصل.")


def test_a_wing_of_the_pkk_in_iran_is_irnreb() -> None:
    e = _named(analyze_news(WING), "منظومة المجتمع الحر الديمقراطي")
    assert (e.country, e.actor) == ("IRN", "IRNREB")


def test_its_officer_speaks_for_the_rebels_not_the_state() -> None:
    doc = analyze_news(WING)
    e = _named(doc, "سامان كريمي")
    assert (e.country, e.actor) == ("IRN", "IRNREB")
    q = next(q for q in doc.quotes if q.speaker == e.id)
    assert "المعارك" in doc.text[q.content.start : q.content.end]


def test_the_state_bodies_keep_their_codes() -> None:
    doc = analyze_news(WING)
    assert _named(doc, "الحرس الثوري الإيراني").actor == "IRNMIL"
    assert _named(doc, "حزب العمال الكردستاني").actor == "TURREB"


def test_a_wing_of_no_armed_party_gets_no_rebel_code() -> None:
    doc = analyze_news("وتنافست الأحزاب في إيران، حيث دعت منظومة المجتمع الحر الديمقراطي (الجناح الإيراني لحزب "
                       "الخضر) إلى المشاركة في الانتخابات.")
    e = next((e for e in doc.entities if e.name == "منظومة المجتمع الحر الديمقراطي"), None)
    assert e is None or "REB" not in (e.actor or "")


def test_without_the_appositive_the_body_stays_uncoded() -> None:
    doc = analyze_news("وتصاعدت المواجهات في إيران، حيث هاجمت منظومة المجتمع الحر الديمقراطي موقعا للحرس الثوري "
                       "الإيراني.")
    e = _named(doc, "منظومة المجتمع الحر الديمقراطي")
    assert e.actor != "IRNREB"


def test_its_armed_wing_takes_its_code() -> None:
    doc = analyze_news("وتصاعدت المواجهات في إيران، حيث أعلنت وحدات حماية شرق كردستان، الجناح العسكري لمنظومة المجتمع "
                       "الحر الديمقراطي (الجناح الإيراني لحزب العمال الكردستاني)، مقتل ثلاثة جنود.")
    e = _named(doc, "وحدات حماية شرق كردستان")
    assert (e.country, e.actor) == ("IRN", "IRNREB")

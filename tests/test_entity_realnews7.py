"""Entities in real-news constructions, round 7: a country name that is also an adjective («مالي»), the article's
country only for officials of the state, an adjective phrase inside a title, a role that ends before a second title."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _places(text: str, word: str) -> list[tuple[str, str | None]]:
    doc = rasd.Pipeline(["tokens", "sentences"])(text)
    analyze_entities(doc, tagger=RunsTagger([word], typ="LOC"))
    return sorted((e.name, e.country) for e in doc.entities if e.type == "LOCATION")


def test_financial_after_a_noun_is_no_place() -> None:
    assert _places("وحصلت الأسرة على مبلغ مالي كبير من الجمعية.", "مالي") == []
    assert _places("ووعدت الحكومة بتقديم دعم مالي للمزارعين هذا العام.", "مالي") == []
    assert _places("وقدمت الدول دعما سياسيا ودعم سياسي ومالي للاجئين.", "ومالي") == []
    assert _places("ويعاني القطاع من العجز المالي منذ سنوات.", "المالي") == []


def test_mali_after_a_preposition_or_country_noun_is_the_country() -> None:
    assert _places("وانتشر الجنود في مالي منذ عامين.", "مالي") == [("مالي", "MLI")]
    assert _places("وتخشى الحكومة أن تصبح حتى مالي هدفا للجماعات.", "مالي") == [("مالي", "MLI")]
    assert _places("ووصل الوزير إلى دولة مالي أمس.", "مالي") == [("مالي", "MLI")]
    assert _places("وعاد اللاجئون إلى بلادهم بمالي أمس.", "بمالي") == [("مالي", "MLI")]


def _country(text: str, name: str) -> str | None:
    doc = rasd.analyze(text, date="2015-08-02")
    found = [e for e in doc.entities if e.type == "PERSON" and e.name == name]
    assert found, [e.name for e in doc.entities]
    return found[0].country


_US = " وأضاف أن الولايات المتحدة لن تتراجع عن موقفها، وأن الولايات المتحدة تتابع الوضع."


def test_article_country_only_for_officers_of_a_state() -> None:
    # the head of an institute, a company's chief executive, the head («رئيس») of a body named as no state's
    assert _country("وقال جون هاريسون، مدير معهد الدراسات الاستراتيجية، إن الأزمة طويلة." + _US, "جون هاريسون") is None
    assert _country("وقال مارك دوبسون، الرئيس التنفيذي للشركة، إن الأرباح تراجعت." + _US, "مارك دوبسون") is None
    assert _country("وقال جيمس ويلسون رئيس المكتب الإقليمي لسلامة الطيران إن البحث مستمر." + _US, "جيمس ويلسون") is None
    # a minister, a senator: the article's most-named foreign country
    assert _country("وقال وزير الطاقة جيمس ويلسون إن الاتفاق جيد." + _US, "جيمس ويلسون") == "USA"
    assert _country("وقال عضو مجلس الشيوخ مارك دوبسون إن الاتفاق سيئ." + _US, "مارك دوبسون") == "USA"


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(e.name, e.roles) for e in rasd.analyze(text, date="2015-08-02").entities if e.type == "PERSON"]


def test_an_adjective_phrase_on_the_body_is_the_titles() -> None:
    text = "وأشاد الوزير بدور رئيس اللجنة الأفريقية رفيعة المستوى ثابو مبيكي في الوساطة."
    assert [p[0] for p in _people(text)] == ["ثابو مبيكي"]


def test_a_title_word_that_opens_the_name_ends_the_role() -> None:
    # «قائد» is a title and a given name: after a full role and before a name word, it is the name's
    people = _people("وأكد الناطق باسم جبهة الساحل قائد نصر للصحافيين أن القوات تقدمت.")
    assert people == [("قائد نصر", ["الناطق باسم جبهة الساحل"])]

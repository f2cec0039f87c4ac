"""Round ev539: plural role groups as objects. «طرد» + an envoy word is CAMEO 161 (reduce or break diplomatic
relations); a plural of people after a title opens the verb's object («استقبل الوزير | مسؤولين حكوميين»); a
nominative sound plural in «ـون» ends before a word in «ـين» (the cases disagree: «هاجم مسلحون | عسكريين يمنيين»)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc
from rasd.events.forms import nkey
from rasd.events.plural_cases import case_break, people_plural


def _name(doc: Doc, eid: str | None) -> str | None:
    return next((e.name for e in doc.entities if e.id == eid), None)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """(code, source entity name, target entity name, unnamed source phrase, unnamed target phrase) of each event."""
    doc = analyze_news(text)
    out = []
    for e in doc.events:
        src, tgt = e.unnamed("source", doc.text), e.unnamed("target", doc.text)
        out.append((e.code, _name(doc, e.source), _name(doc, e.target), src and str(src["text"]),
                    tgt and str(tgt["text"])))
    return out


def test_expelling_diplomats_reduces_relations() -> None:
    assert _events("وطردت الحكومة دبلوماسيين أميركيين.") == [
        ("161", "الحكومة", "دبلوماسيين أميركيين", None, None)]


def test_expelling_an_ambassador_masdar() -> None:
    # the ambassador named by his title only is a person of his own (round en530): the named target, no phrase
    assert _events("وقررت الحكومة طرد السفير الإسرائيلي.") == [("161", "الحكومة", "السفير الإسرائيلي", None, None)]


def test_expelling_workers_or_a_parcel_is_no_event() -> None:
    assert _events("وطردت الشركة عشرات العمال من المصنع.") == []
    assert _events("وعثرت الشرطة على طرد مفخخ قرب السفارة.") == []


def test_reception_target_is_the_group() -> None:
    assert _events("استقبل الوزير مسؤولين حكوميين إيطاليين.") == [
        ("043", None, "مسؤولين حكوميين إيطاليين", "الوزير", None)]


def test_title_before_a_name_keeps_the_name() -> None:
    assert [(c, s) for c, s, _, _, _ in _events("واستقبل الرئيس بنيامين نتنياهو في القدس.")] == [
        ("043", "بنيامين نتنياهو")]


def test_nominative_subject_oblique_object() -> None:
    assert _events("هاجم مسلحون عسكريين يمنيين.") == [
        ("190", "مسلحون", "عسكريين يمنيين", None, None)]


def test_agreeing_adjective_stays_in_the_phrase() -> None:
    assert [(c, s, g) for c, s, g, _, _ in _events("هاجم مسلحون مجهولون مركزا للشرطة.")] == [
        ("190", "مسلحون", "الشرطة")]  # round ev575: «مركزا للشرطة»: the police are the target


def test_case_break_and_people_plural() -> None:
    assert case_break("مسلحون", "عسكريين") and case_break("والمتظاهرون", "الإسرائيليين")
    assert not case_break("مسلحون", "مجهولون")  # agrees: an adjective
    assert not case_break("قانون", "المستثمرين") and not case_break("تلفزيون", "فلسطين")  # a singular's genitive
    assert not case_break("المسلحون", "عسكريين")  # definite and indefinite: no pair read
    assert people_plural(nkey("مسؤولين")) and people_plural(nkey("دبلوماسيون"))
    assert not people_plural(nkey("مسلحا")) and not people_plural(nkey("حسين"))

"""Entities, round ents92: a medium's quoted name after a feminine noun and its adjectives.

* «الصحيفة الأسبوعية المحافظة المتشددة (9 داي)», «صحيفة "9 داي"»: a paper's noun, up to three adjectives (a
  feminine adjective agrees with a feminine noun: «المحافظة») and its name in «», (), "" or “” quotation marks is
  one organisation, the whole quoted name (not cut to «داي»);
* «سؤال عسير»: a region whose name is also an adjective, right after an indefinite noun, is the adjective (the
  tagger's place goes); «أمير عسير», «في عسير» stay the region.
Each with a counter-case that must not fire.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _texts(doc: Any, typ: str) -> list[str]:
    return [doc.text[s.start : s.end] for e in doc.entities if e.type == typ for s in e.mentions]


def test_quoted_paper_after_three_feminine_adjectives() -> None:
    doc = analyze_news("وعلقت اللجنة صدور الصحيفة الأسبوعية المحافظة المتشددة «9 داي» يوم الأحد.")
    assert "9 داي" in _texts(doc, "ORGANIZATION")


def test_paper_name_in_parentheses() -> None:
    doc = analyze_news("وأعلنت الوكالة أن اللجنة علقت الصحيفة الأسبوعية (9 داي) بسبب مقال.")
    assert "9 داي" in _texts(doc, "ORGANIZATION")


def test_paper_name_in_straight_quotes() -> None:
    doc = analyze_news('وذكرت صحيفة "9 داي" الإيرانية أن الحكومة قررت.')
    assert "9 داي" in _texts(doc, "ORGANIZATION")


def test_quoted_clause_after_paper_is_no_name() -> None:
    doc = analyze_news('وكتبت الصحيفة الأسبوعية "إن الحكومة قد قررت رفع الأسعار" في عددها الأخير.')
    assert not any("الحكومة قد" in t for t in _texts(doc, "ORGANIZATION"))


def test_parenthesis_after_masculine_noun_with_feminine_word() -> None:
    doc = analyze_news("ونشر الموقع الساعة (12 ظهرا) خبر الاجتماع.")
    assert "12 ظهرا" not in _texts(doc, "ORGANIZATION")


def test_bracketed_name_with_latin_gloss_left_as_read() -> None:
    doc = analyze_news("وأرى أن موقع (نيو ميديا–NewMedia) يستثمر كثيرا في الأخبار.")
    assert "نيو ميديا–NewMedia" not in _texts(doc, "ORGANIZATION")


# ------------------------------------------------------------------------------- «سؤال عسير»
def _located(doc: Any, word: str) -> bool:
    return any(e.type == "LOCATION" and any(doc.text[s.start : s.end] == word for s in e.mentions)
               for e in doc.entities)


def test_adjective_after_indefinite_noun_is_no_region() -> None:
    doc = analyze_news("وسئل المراسل عن أكبر أمنياته فقال: يا له من سؤال عسير.")
    assert not _located(doc, "عسير")


def test_region_after_governor_or_preposition_stays() -> None:
    doc = analyze_news("وزار أمير عسير المحافظة أمس، وهطلت الأمطار في عسير.")
    assert [doc.text[s.start : s.end] for e in doc.entities if e.type == "LOCATION" for s in e.mentions
            ].count("عسير") == 2

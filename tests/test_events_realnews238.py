"""Event arguments on constructions of real news, round 238: a plural verb with no subject that opens its sentence
(«وأكدوا», «كما طالبوا») is done by the plural people who are the subject of the verb opening the sentence before
(«وطالب المحتجون ... . وأكدوا»); not where that subject is one man, nor for a singular verb."""

from __future__ import annotations

from conftest import analyze_news, event_with_trigger_at, news_arg


def test_a_plural_verb_opening_its_sentence_takes_the_plural_subject_before() -> None:
    text = "وطالب المحتجون الحكومة بالاستقالة. وأكدوا أن مظاهراتهم ستستمر."
    assert news_arg(text, "وأكدوا") == "المحتجون"
    text = "وطالب المحتجون الحكومة بالاستقالة. كما أكدوا أن مظاهراتهم ستستمر."
    assert news_arg(text, "أكدوا") == "المحتجون"
    doc = analyze_news(text)
    assert event_with_trigger_at(doc, "أكدوا").attrs.get("source_plural_carried") is True


def test_a_singular_subject_before_is_not_carried_to_a_plural_verb() -> None:
    text = "وطالب الوزير الحكومة بالاستقالة. كما أكدوا أن مظاهراتهم ستستمر."
    assert news_arg(text, "أكدوا") != "الوزير"
    assert news_arg(text, "أكدوا") == ""


def test_a_singular_verb_does_not_take_the_plural_people_before() -> None:
    text = "وطالب المحتجون الحكومة بالاستقالة. كما أكد أن مظاهراتهم ستستمر."
    assert news_arg(text, "أكد") != "المحتجون"


def test_a_plural_verb_inside_its_sentence_is_not_an_opener() -> None:
    text = "وطالب المحتجون الحكومة بالاستقالة. وفي المساء أكدوا أن مظاهراتهم ستستمر."
    doc = analyze_news(text)
    assert event_with_trigger_at(doc, "أكدوا").attrs.get("source_plural_carried") is None

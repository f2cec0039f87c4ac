"""Entities in real-news constructions, round 19: a portfolio in «لشؤون» + an indefinite noun and its complement
(«وزير الدولة لشؤون مجلس الوزراء»); the body after «باسم» that no table lists, so that the name after its comma
takes the title («المتحدث باسم المقاومة الجنوبية، علي ...»); «ميسان», an Iraqi province and a Saudi town, read
from the places named with it; «علي» (folded with the preposition «على») before «بن» opens a name with the rules
alone."""

from __future__ import annotations

from conftest import person_roles, runs_doc
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities

import rasd


def _rules(text: str) -> Doc:
    doc = rasd.analyze(text, date="2015-08-01")
    analyze_entities(doc, use_tagger=False)
    return doc


def test_a_portfolio_of_a_noun_and_its_complement() -> None:
    doc = runs_doc("وصرح وزير الدولة لشؤون مجلس الشورى الدكتور سعد الحربي بأن الجلسة تأجلت.", ["سعد", "الحربي"])
    roles = person_roles(doc).get("سعد الحربي") or []
    assert roles and roles[0].startswith("وزير الدولة لشؤون مجلس الشورى")
    # a second office after such a portfolio still ends the first
    two = runs_doc("وقال وزير الدولة لشؤون مجلس الوزراء وعضو اللجنة فهد السالم إن القرار صدر.", ["فهد", "السالم"])
    assert not any(r.startswith("وزير الدولة") for r in person_roles(two).get("فهد السالم") or [])


def test_the_body_after_on_behalf_of_before_a_comma() -> None:
    doc = runs_doc("وأعلن المتحدث باسم المقاومة الشعبية، سالم ناصر العولقي، أن المدينة تحررت.", ["سالم", "ناصر", "العولقي"])
    assert person_roles(doc).get("سالم ناصر العولقي") == ["المتحدث باسم المقاومة الشعبية"]
    # the body's country adjective is still the office's country
    syr = runs_doc("وقال المتحدث باسم المعارضة السورية، منذر الخطيب، إن الهدنة انهارت.", ["منذر", "الخطيب"])
    man = next(e for e in syr.entities if e.name == "منذر الخطيب")
    assert man.roles == ["المتحدث باسم المعارضة السورية"] and man.country == "SYR"


def test_maysan_by_the_places_named_with_it() -> None:
    iraq = runs_doc("وخرج المتظاهرون في محافظة ميسان جنوب العراق احتجاجا على الفساد.")
    assert {e.name: e.country for e in iraq.entities}.get("ميسان") == "IRQ"
    saudi = runs_doc("وبدأ تسجيل الناخبين في الطائف والخرمة وميسان وتربة منذ أمس.")
    assert {e.name: e.country for e in saudi.entities}.get("ميسان") == "SAU"


def test_ali_before_bin_opens_a_name_with_the_rules_alone() -> None:
    doc = _rules("وقال وزير الداخلية علي بن ناصر إن الأمن مستتب في البلاد.")
    assert person_roles(doc).get("علي بن ناصر") == ["وزير الداخلية"]
    sheikh = _rules("وأكد الشيخ علي بن عبدالله الزهراني أن الحملة مستمرة.")
    assert "علي بن عبدالله الزهراني" in person_roles(sheikh)
    # the preposition «على» is no name, before «بن» or not
    prep = _rules("وقال الوزير إن الحكم صدر على بن سالم أمس.")
    assert not any(e.name.startswith("على") for e in prep.entities)

"""Entities in real-news constructions, round 20: adjectives the tagger reads as persons (a movement's nisba after
a noun of a member, «قيادي طالباني»; a predicate after «إن» + a definite noun, «إن الاجتماع ناجح»); names that
may not end in «أبو» or «عبد» («أبو العيش», «محمد» + «عبد السلام»); a town before a person name («طنجة عبد
الحميد ...»); an aide's title after his name and before the name of the man he assists («ماكغورك مساعد الجنرال
الأميركي جون ألن»); a portfolio of two coordinated nouns («لشؤون الاستخبارات والإرهاب»)."""

from __future__ import annotations

from conftest import analyze_news, person_roles, runs_doc


def _persons(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_movement_nisba_after_a_member_noun_is_no_person() -> None:
    alone = runs_doc("وأبدى قيادي طالباني بارز معارضته للقرار الجديد.", ["طالباني"])
    assert _persons(alone) == []
    both = runs_doc("وقال قيادي طالباني إن الحركة لن تفاوض.", ["قيادي", "طالباني"])
    assert _persons(both) == []
    # the man of that name, after his given name or a title, stays a person
    named = runs_doc("وقال الرئيس العراقي جلال طالباني إن الوضع مستقر.", ["جلال", "طالباني"])
    assert "جلال طالباني" in _persons(named)


def test_a_predicate_after_that_and_a_definite_noun_is_no_person() -> None:
    doc = runs_doc("وأكد المسؤول أن المؤتمر الدولي ناجح بكل المقاييس.", ["ناجح"])
    assert _persons(doc) == []
    # a title before the word makes it a name: «أن الشيخ ناجح ...»
    named = runs_doc("وذكر أن الشيخ ناجح العتيبي وصل إلى الرياض.", ["ناجح", "العتيبي"])
    assert "ناجح العتيبي" in _persons(named)


def test_a_name_does_not_end_in_abu_or_abd() -> None:
    abu = runs_doc("وقال الطبيب عز الدين أبو العيش إنه جاء للتضامن مع الضحايا.", ["عز", "الدين", "أبو", "العيش"])
    assert "عز الدين أبو العيش" in _persons(abu)
    short = runs_doc("وقال أبو العيش إنه عاد إلى غزة.", ["أبو", "العيش"])
    assert _persons(short) == ["أبو العيش"]
    # the rules read «محمد» after the title; the tagger's «عبد السلام» after it is the same man's name
    abd = runs_doc("وقال الدكتور محمد عبد السلام إن الوضع مستقر.", ["محمد", "عبد", "السلام"])
    assert _persons(abd) == ["محمد عبد السلام"]


def test_a_town_before_a_person_name_is_not_part_of_it() -> None:
    doc = runs_doc("وحضر رئيس مجلس عمالة طنجة عبد الحميد ابرشان الحفل.", ["طنجة", "عبد", "الحميد", "ابرشان"])
    assert _persons(doc) == ["عبد الحميد ابرشان"]
    assert "طنجة" in [e.name for e in doc.entities if e.type == "LOCATION"]


def test_an_aide_title_belongs_to_the_name_before_it() -> None:
    doc = runs_doc("وكتب سامر الخطيب مساعد الجنرال الأميركي جون ألن على حسابه أن الحملة تتقدم.",
                   ["سامر", "الخطيب"], ["جون", "ألن"])
    roles = person_roles(doc)
    assert roles.get("سامر الخطيب") == ["مساعد الجنرال الأميركي"]
    assert roles.get("جون ألن") == ["الجنرال الأميركي"]
    # with no name before it, the title is the named man's own: the assistant is named after it
    alone = runs_doc("وقال مساعد وزير الخارجية الأميركي توم باركر إن الوفد وصل.", ["توم", "باركر"])
    assert person_roles(alone).get("توم باركر") == ["مساعد وزير الخارجية الأميركي"]


def test_a_portfolio_of_two_coordinated_nouns() -> None:
    doc = runs_doc("وقال وكيل وزارة المالية لشؤون الاستخبارات والإرهاب سام وارد إن العقوبات ستستمر.", ["سام", "وارد"])
    assert person_roles(doc).get("سام وارد") == ["وكيل وزارة المالية لشؤون الاستخبارات والإرهاب"]


def test_a_movement_nisba_freed_of_its_name_is_no_demand_either() -> None:
    # «طالباني», no more a person, is not «طالب» (demanded) + «ني» (me) for the events layer
    doc = analyze_news("وأبدى قيادي طالباني بارز معارضته لتعيين القائد الجديد.")
    assert not any(doc.text[e.trigger.start : e.trigger.end] == "طالباني" for e in doc.events)

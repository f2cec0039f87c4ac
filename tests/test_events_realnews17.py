"""Event arguments on constructions of real news, round 17: an unnamed head noun in construct runs on over the name
that is its genitive (past an opening quotation mark) and an adjective right after it, so the unnamed actor's text
is the whole phrase («جيش جنوب السودان», «كتلة «الإخوان المسلمين»», «وحدات حماية شرق كردستان»); a sound plural, a
definite word or a word with a pronoun on it heads no construct, and a phrase that is itself a name stays the
entity."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at, named_role


def _source(text: str, trigger: str) -> tuple[str | None, str, object]:
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    return named_role(doc, ev.source), event_arg(doc, ev, "source"), ev.attrs.get("source_text")


def _target(text: str, trigger: str) -> tuple[str | None, str]:
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    return named_role(doc, ev.target), event_arg(doc, ev, "target")


def test_an_unnamed_head_runs_on_over_the_place_in_its_genitive() -> None:
    # «جيش» + a state's name is that state's army since round 41 of entities (SSDMIL): the phrase is the entity
    eid, text, _ = _source("نفى جيش جنوب السودان ما تردد عن قصف القرى أمس.", "نفى")
    assert eid is not None and text == "جيش جنوب السودان"
    # an unnamed head over a place that is no state still runs on over it
    eid, text, said = _source("نفى جيش إقليم الشمال ما تردد عن قصف القرى أمس.", "نفى")
    assert eid is None and text == "جيش إقليم الشمال" and said == "جيش إقليم الشمال"
    # round 121: the authorities of a named region are that region's; the phrase still runs on over the name
    doc = analyze_news("وأعلنت سلطات إقليم كردستان عن سقوط ضحايا مدنيين.")
    ev = event_with_trigger_at(doc, "وأعلنت")
    span = ev.attrs["source_span"]
    assert event_arg(doc, ev, "source") == "إقليم كردستان" and doc.text[span[0] : span[1]] == "سلطات إقليم كردستان"


def test_a_compass_word_in_the_name_goes_with_it() -> None:
    assert _source("وأعلنت وحدات حماية شرق كردستان مسؤوليتها عن التفجير.", "وأعلنت")[1] == \
        "وحدات حماية شرق كردستان"


def test_a_quoted_name_in_the_genitive_goes_with_its_marks() -> None:
    assert _source("وانتقدت كتلة «الإخوان المسلمين» قرار الحكومة الجديد.", "وانتقدت")[1] == \
        "كتلة «الإخوان المسلمين»"


def test_an_adjective_after_the_name_goes_with_it() -> None:
    assert _source("وأعلن مجلس مصراتة البلدي عن خطة أمنية جديدة.", "وأعلن")[1] == "مجلس مصراتة البلدي"


def test_an_unnamed_target_runs_on_over_its_genitive() -> None:
    # a named group's sites stand for the group since round 211 (``phrase_targets``): the act hits the party
    eid, text = _target("ووسع الجيش حملته لتستهدف مواقع حزب العمال الكردستاني في الجبال.", "لتستهدف")
    assert eid is not None and text == "حزب العمال الكردستاني"
    # an unnamed head in construct over a non-party genitive still runs on (no party in it)
    assert _target("ووسع الجيش حملته لتستهدف مواقع حراس الحدود في الجبال.", "لتستهدف") == (
        None, "مواقع حراس الحدود")
    # a named group's men stand for the group since round 95 (``member_targets``): the target is the party itself
    eid, text = _target("ووسع الجيش حملته لتستهدف مقاتلي حزب العمال الكردستاني في الجبال.", "لتستهدف")
    assert eid is not None and text == "حزب العمال الكردستاني"


def test_a_plural_subject_before_a_named_object_stays_short() -> None:
    assert _source("واتهم ناشطون الجيش السوري بقصف القرية.", "واتهم")[1] == "ناشطون"
    assert _target("واتهم ناشطون الجيش السوري بقصف القرية.", "واتهم")[0] is not None

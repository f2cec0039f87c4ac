"""Event arguments on constructions of real news, round 7: the object of a verb after the relative «من», a
masculine phrase after a feminine present verb, a masdar's genitive followed by «لـ» and a pronoun."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_starting_at


def test_the_object_after_who_criticises_is_no_source() -> None:
    # (round 63: «على من ينتقد الاتفاق», whoever criticises, is no act of anyone: no event, so no source)
    doc = analyze_news("ويرد الوزير على من ينتقد الاتفاق بأن الفترة طويلة.")
    assert [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "ينتقد"] == []
    doc = analyze_news("ويرد الوزير على المعارضين الذين ينتقدون الاتفاق بأن الفترة طويلة.")
    ev = event_starting_at(doc, "ينتقدون")
    assert event_arg(doc, ev, "source") != "الاتفاق"
    assert event_arg(doc, ev, "target") == "الاتفاق"


def test_a_feminine_present_verb_takes_no_masculine_subject() -> None:
    doc = analyze_news("وأطلق الرئيس حربا على الإرهاب، تستهدف حزب العمال الكردستاني كما تنظيم داعش.")
    ev = event_starting_at(doc, "تستهدف")
    assert event_arg(doc, ev, "source") != "حزب العمال الكردستاني"
    assert event_arg(doc, ev, "target") == "حزب العمال الكردستاني"


def test_a_masdar_genitive_before_lam_and_pronoun_is_the_agent() -> None:
    doc = analyze_news("وندد الحزب باستهداف الطائرات الأميركية لها في الرقة.")
    ev = event_starting_at(doc, "باستهداف")
    assert event_arg(doc, ev, "source") == "الطائرات الأميركية"
    assert event_arg(doc, ev, "target") != "الطائرات الأميركية"


def test_an_indefinite_noun_before_lam_and_pronoun_is_owned() -> None:
    doc = analyze_news("ودفع ذلك طائرات التحالف أمس إلى استهداف مقرات لها في شمال سوريا.")
    ev = event_starting_at(doc, "استهداف")
    assert event_arg(doc, ev, "source") != "مقرات"  # («لها»: its own headquarters)
    assert event_arg(doc, ev, "target") == "مقرات"


def test_a_present_verb_of_holding_in_a_relative_clause_is_a_state() -> None:
    doc = analyze_news("وقتل ثلاثة في قصف على البلدة التي تسيطر عليها المعارضة.")
    assert not any(e.code == "192" for e in doc.events)


def test_a_present_verb_of_holding_with_since_is_a_state() -> None:
    doc = analyze_news("وتحدث المسؤول عن التنظيم الذي يسيطر على المدينة منذ أبريل الماضي.")
    assert not any(e.code == "192" for e in doc.events)
    seized = analyze_news("وسيطر تنظيم داعش على المدينة أمس.")
    assert any(e.code == "192" for e in seized.events)

"""Round ev887: «أحد عناصر الميليشيات» after «الميليشيات الحوثية» is the militia (YEMREB), and an armed group's
shooting of a civilian («على الشاب», «على طفل») is unconventional violence, CAMEO 180, not 190."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at

HOUTHIS = "وتواصل الميليشيات الحوثية حصار مدينة تعز منذ أشهر. "


def _ev(text: str, word: str):  # type: ignore[no-untyped-def]
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, word)
    actor = next((e.actor for e in doc.entities if e.id == ev.source), None)
    return doc, ev, actor


def test_one_of_the_militia_members_is_the_named_militia_and_shooting_a_young_man_is_180() -> None:
    text = HOUTHIS + "وفي حي الجحملية أقدم أحد عناصر الميليشيات على إطلاق النار على الشاب الجريح أمام منزله."
    doc, ev, actor = _ev(text, "إطلاق")
    assert event_arg(doc, ev, "source") == "الميليشيات الحوثية"
    assert actor == "YEMREB"
    assert ev.code == "180"


def test_one_member_of_a_named_group_shooting_a_child() -> None:
    text = HOUTHIS + "وقام أحد مسلحي الميليشيات بإطلاق النار على طفل في سوق المدينة."
    doc, ev, actor = _ev(text, "بإطلاق")
    assert actor == "YEMREB"
    assert ev.code == "180"


def test_a_member_from_the_militia() -> None:
    text = HOUTHIS + "وأطلق عنصر من الميليشيات النار على امرأة كانت تعبر الشارع."
    doc, ev, actor = _ev(text, "وأطلق")
    assert actor == "YEMREB"
    assert ev.code == "180"


def test_shooting_at_fighters_stays_190() -> None:
    text = HOUTHIS + "وقام أحد عناصر الميليشيات بإطلاق النار على مقاتلي المقاومة الشعبية قرب الحاجز."
    doc, ev, actor = _ev(text, "بإطلاق")
    assert actor == "YEMREB"
    assert ev.code == "190"


def test_no_militia_named_no_anaphor() -> None:
    text = "وقام أحد عناصر الميليشيات بإطلاق النار على جنود الجيش قرب الحاجز."
    doc, ev, actor = _ev(text, "بإطلاق")
    assert actor is None or not actor.startswith("YEM")
    assert ev.code == "190"

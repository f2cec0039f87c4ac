"""Dedup keeps apart one actor's verbal acts of one code told in two sentences about two different things (their
targets phrases the entity layer leaves unresolved, sharing no word), while an attack retold with another phrase
for its target stays one event (``events.lexicon.apart_targets``). Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, event_arg


def _acts(text: str, code: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], event_arg(doc, e, "target") or None) for e in doc.events
            if e.code == code]


def test_two_criticisms_of_two_things_are_two_events() -> None:
    acts = _acts("انتقد الوزير أحمد سالم قرارات الحكومة الأخيرة. وانتقد سالم أيضا أداء البرلمان في جلسته.", "111")
    # (round 263: the criticism of a body's conduct, «قرارات الحكومة», targets the body)
    assert acts == [("انتقد", "الحكومة"), ("وانتقد", "أداء البرلمان")]


def test_the_same_criticism_told_again_is_one_event() -> None:
    acts = _acts("انتقد الوزير أحمد سالم قرارات الحكومة الأخيرة. وانتقد سالم القرارات في مؤتمر صحافي.", "111")
    assert len(acts) == 1

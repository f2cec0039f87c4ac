"""Round rv316: the one set of helpers that sets an event's source or target (events/source_set.py).

A party is an entity id or, where no entity names it, an unnamed phrase (``<role>_text`` and ``<role>_span``); the
helpers keep the two from standing side by side. Hand-made sentences, no pipeline run: the helpers' own behaviour.
"""

from __future__ import annotations

import pytest
from conftest import event_arg, named_role, news_event

from rasd.doc import Event, Span
from rasd.events.source_set import copy_phrase, drop_phrase, name_party, name_source, set_party, set_phrase, unsourced

# «دفعت جهات سياسية الحكومة إلى مطالبة الوزير بالاستقالة»
TEXT = "دفعت جهات سياسية الحكومة إلى مطالبة الوزير بالاستقالة"
PHRASE = (TEXT.index("جهات"), TEXT.index("سياسية") + len("سياسية"))  # «جهات سياسية»
TRIGGER = (TEXT.index("مطالبة"), TEXT.index("مطالبة") + len("مطالبة"))


def _event(**attrs: object) -> Event:
    ev = Event(id="e1", code="010", plover="DEMAND", trigger=Span(*TRIGGER), sentence=Span(0, len(TEXT)))
    ev.attrs.update(attrs)
    return ev


def test_set_phrase_writes_the_span_and_its_text() -> None:
    ev = _event()
    set_phrase(ev, "source", TEXT, *PHRASE)
    assert ev.attrs["source_span"] == [PHRASE[0], PHRASE[1]]
    assert ev.attrs["source_text"] == "جهات سياسية"
    assert ev.to_dict(TEXT)["source_text"] == {"start": PHRASE[0], "end": PHRASE[1], "text": "جهات سياسية"}


def test_set_phrase_leaves_the_entity_of_the_role_alone() -> None:
    ev = _event()
    ev.source = "E1"
    set_phrase(ev, "target", TEXT, *PHRASE)
    assert ev.source == "E1" and ev.target is None
    assert ev.attrs["target_text"] == "جهات سياسية" and "source_text" not in ev.attrs


def test_set_party_with_no_entity_sets_the_phrase_and_clears_the_entity() -> None:
    ev = _event()
    ev.source = "E9"  # a source read before, now known wrong
    set_party(ev, "source", None, TEXT, *PHRASE)
    assert ev.source is None
    assert ev.attrs["source_span"] == list(PHRASE) and ev.attrs["source_text"] == "جهات سياسية"
    assert ev.to_dict(TEXT)["source"] is None and ev.to_dict(TEXT)["source_text"]["text"] == "جهات سياسية"


def test_set_party_with_an_entity_drops_the_phrase() -> None:
    ev = _event(source_span=[0, 4], source_text="دفعت")
    set_party(ev, "source", "E2", TEXT, *PHRASE)
    assert ev.source == "E2"
    assert "source_span" not in ev.attrs and "source_text" not in ev.attrs
    assert "source_text" not in ev.to_dict(TEXT)


def test_set_party_for_the_target_leaves_the_source_alone() -> None:
    ev = _event(source_span=list(PHRASE), source_text="جهات سياسية")
    ev.target = "E7"
    set_party(ev, "target", None, TEXT, TEXT.index("الوزير"), TEXT.index("الوزير") + len("الوزير"))
    assert ev.target is None and ev.attrs["target_text"] == "الوزير"
    assert ev.attrs["source_text"] == "جهات سياسية" and ev.attrs["source_span"] == list(PHRASE)


@pytest.mark.parametrize("role", ["source", "target"])
def test_name_party_sets_the_entity_and_drops_text_and_span(role: str) -> None:
    ev = _event(**{f"{role}_span": list(PHRASE), f"{role}_text": "جهات سياسية"})
    name_party(ev, role, "E3")
    assert getattr(ev, role) == "E3"
    assert f"{role}_span" not in ev.attrs and f"{role}_text" not in ev.attrs


def test_name_party_with_none_clears_both_entity_and_phrase() -> None:
    ev = _event(target_span=list(PHRASE), target_text="جهات سياسية")
    ev.target = "E4"
    name_party(ev, "target", None)
    assert ev.target is None and "target_text" not in ev.attrs and "target_span" not in ev.attrs
    assert "target_text" not in ev.to_dict(TEXT)


def test_name_party_touches_only_its_own_role() -> None:
    ev = _event(source_span=list(PHRASE), source_text="جهات سياسية")
    name_party(ev, "target", "E5")
    assert ev.target == "E5" and ev.source is None
    assert ev.attrs["source_text"] == "جهات سياسية"  # the other role's phrase stays


def test_name_source_is_name_party_for_the_source() -> None:
    ev = _event(source_span=list(PHRASE), source_text="جهات سياسية", target_text="الوزير", target_span=[0, 1])
    name_source(ev, "E6")
    assert ev.source == "E6" and "source_text" not in ev.attrs and "source_span" not in ev.attrs
    assert ev.attrs["target_text"] == "الوزير"


def test_drop_phrase_keeps_the_entity() -> None:
    ev = _event(target_span=list(PHRASE), target_text="جهات سياسية")
    ev.target = "E8"
    drop_phrase(ev, "target")
    assert ev.target == "E8" and "target_text" not in ev.attrs and "target_span" not in ev.attrs


def test_drop_phrase_on_an_event_with_no_phrase_is_a_no_op() -> None:
    ev = _event(specific=True)
    drop_phrase(ev, "source")
    drop_phrase(ev, "target")
    assert ev.attrs == {"specific": True} and ev.source is None and ev.target is None


def test_name_party_to_the_same_entity_is_a_no_op_on_a_clean_event() -> None:
    ev = _event()
    ev.source = "E1"
    name_party(ev, "source", "E1")
    assert ev.source == "E1" and ev.attrs == {}


def test_copy_phrase_takes_a_copy_of_the_other_events_span_and_text() -> None:
    other = _event(source_span=list(PHRASE), source_text="جهات سياسية")
    ev = _event()
    copy_phrase(ev, "source", other)
    assert ev.attrs["source_span"] == list(PHRASE) and ev.attrs["source_text"] == "جهات سياسية"
    ev.attrs["source_span"][0] += 1  # a copy: the other event's span is its own
    assert other.attrs["source_span"] == list(PHRASE)


def test_copy_phrase_leaves_the_entity_and_the_other_role_alone() -> None:
    other = _event(target_span=[0, 4], target_text="دفعت")
    ev = _event(source_text="جهات سياسية", source_span=list(PHRASE))
    ev.source = "E1"
    copy_phrase(ev, "target", other)
    assert ev.attrs["target_text"] == "دفعت" and ev.attrs["target_span"] == [0, 4]
    assert ev.source == "E1" and ev.attrs["source_text"] == "جهات سياسية"


def test_unsourced_is_whether_no_entity_is_the_source() -> None:
    ev = _event(source_span=list(PHRASE), source_text="جهات سياسية")
    assert unsourced(ev)  # a phrase is no entity
    name_source(ev, "E2")
    assert not unsourced(ev)


# Through the pipeline: events/pushed_doers.py sets the source with set_party (an entity, else the phrase).


def test_pushed_doer_named_is_the_entity_with_no_phrase_beside_it() -> None:
    doc, ev = news_event("وأغلقت إسرائيل المعابر، مما دفع حركة حماس إلى تنظيم احتجاجات في غزة.", "احتجاجات")
    assert doc.entity(ev.source).name == "حركة حماس"
    assert ev.attrs.get("source_pushed") is True
    assert "source_text" not in ev.attrs and "source_span" not in ev.attrs
    assert "source_text" not in ev.to_dict(doc.text)


def test_pushed_doer_unnamed_is_the_phrase_and_no_entity() -> None:
    doc, ev = news_event("وأغلقت الحكومة الطرق، مما دفع سكان المدينة إلى تنظيم احتجاجات أمام البرلمان.", "احتجاجات")
    assert named_role(doc, ev.source) is None and ev.attrs.get("source_pushed") is True
    assert event_arg(doc, ev, "source") == "سكان المدينة"  # (the phrase; output as its GROUP since gr390)


def test_pushed_thing_that_cannot_act_sets_no_source() -> None:
    doc, ev = news_event("وأغلقت الحكومة الطرق، مما دفع الأمور إلى تنظيم احتجاجات أمام البرلمان.", "احتجاجات")
    assert named_role(doc, ev.source) is None and "source_pushed" not in ev.attrs
    assert "source_text" not in ev.to_dict(doc.text)

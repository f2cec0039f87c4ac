"""Round mend627: a repeat joined to the act it tells again (the dedup) gives that act, of no place, the place said
in the repeat's own clause right after its trigger (``events.own_clause_places``); a place further on, or of the
clause before «، كما», or a host's own place stay as they were. Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Entity, Event, Span
from rasd.events.joined_places import join_place
from rasd.events.own_clause_places import own_clause_place


def _rows(text: str) -> list[tuple[str, list[str], str | None]]:
    """(code, triggers, place name) of each event of a hand-made sentence."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, [doc.text[s.start : s.end] for s in e.triggers], names.get(e.location) if e.location else None)
            for e in doc.events]


def test_a_meeting_noun_then_fi_gives_the_talks_its_place() -> None:
    text = "وبحث الوزيران الوضع، كما تناول اللقاء في الرياض القضايا الراهنة."
    assert _rows(text) == [("040", ["وبحث", "اللقاء"], "الرياض")]


def test_a_relative_of_holding_then_fi_gives_the_talks_its_place() -> None:
    text = "وبحث الوزيران الوضع، كما تناول الاجتماع الذي عقد في الرياض القضايا الراهنة."
    assert _rows(text) == [("040", ["وبحث", "الاجتماع"], "الرياض")]


def test_a_place_of_the_clause_before_kama_is_not_taken() -> None:
    # counter-case: Yemen is the topic of the first clause
    text = "وبحث الوزيران الوضع في اليمن، كما تناول اللقاء القضايا الراهنة."
    assert _rows(text) == [("040", ["وبحث", "اللقاء"], None)]


def test_a_place_further_on_in_the_repeat_is_not_taken() -> None:
    # counter-case: «الأوضاع في اليمن» is the matter talked of, not where they met
    text = "وبحث الوزيران الوضع، كما تناول اللقاء الأوضاع في اليمن."
    assert _rows(text) == [("040", ["وبحث", "اللقاء"], None)]


TEXT = "بحث الوزيران الوضع، كما تناول اللقاء في الرياض القضايا. وتناول اللقاء الأوضاع في عمان."


def _event(start: int, end: int, location: str | None) -> Event:
    trigger = Span(start, end)
    return Event(id="", code="040", plover="CONSULT", trigger=trigger, sentence=Span(0, 56), location=location,
                 triggers=[trigger])


def _entities() -> list[Entity]:
    riyadh, amman = TEXT.index("الرياض"), TEXT.index("عمان")
    return [Entity(id="E1", type="LOCATION", name="الرياض", country="SAU", mentions=[Span(riyadh, riyadh + 6)]),
            Entity(id="E2", type="LOCATION", name="عمان", country="JOR", mentions=[Span(amman, amman + 4)])]


def test_own_clause_place_reads_fi_right_after_the_trigger() -> None:
    meeting = TEXT.index("اللقاء")
    assert own_clause_place(TEXT, _event(meeting, meeting + 6, "E1"), _entities())
    later = TEXT.index("اللقاء", meeting + 1)
    # counter-case: an object between the trigger and «في»
    assert not own_clause_place(TEXT, _event(later, later + 6, "E2"), _entities())


def test_join_place_fills_from_the_own_clause_only_with_the_text() -> None:
    meeting = TEXT.index("اللقاء")
    host, told = _event(0, 3, None), _event(meeting, meeting + 6, "E1")
    join_place(host, told, _entities(), fill=False)
    assert host.location is None  # no text: as before
    join_place(host, told, _entities(), fill=False, text=TEXT)
    assert host.location == "E1"
    # counter-case: a host with a place of its own keeps it (another country: no finer place)
    host = _event(0, 3, "E2")
    join_place(host, told, _entities(), fill=False, text=TEXT)
    assert host.location == "E2"

"""Round mn984: the venue of a saying or talks whose clause names a place only as what is spoken of (see
``location.event_location``, which leaves such an act with no place and marks it ``topical``); run after the places
are carried (``where_carry.carried_places``); narrow: a null is better than a wrong place.

«شدد كيري على ضرورة وقف الأعمال الإرهابية ... في مصر»: Egypt is the matter, not the venue; the article tells the venue
elsewhere, and the act takes it, the first that holds of:

- the one place of the meetings, visits and talks (CAMEO 04) the speaker took part in that day, told as fact with a
  place the text gave them (not one carried);
- the dateline's place («القاهرة: ...»), for a party of its country, of none known, or named in the lead;
- the one place where the article says talks of that day were held: a talks or dialogue noun (function words
  ``topic_meeting_nouns``, ``dialogue_nouns``) followed in its sentence by a relative and a verb of holding
  (:func:`.where_held.held_at`: «لجنتي الحوار الاستراتيجي بين البلدين والتي استؤنفت في العاصمة المصرية أمس»);
- round mn989: the place spoken of itself, when it is the country the speaker is visiting: a speaker of another
  country who that day, as fact, visited it or held talks with it as a side (its officials: «أجرى كيري محادثات مع
  المسؤولين المصريين»), at no place or one of that country («شدد كيري على وقف الأعمال الإرهابية في مصر»).

A visit or a host (042, 043) never takes it: its place is where it goes."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw
from .modality import FACTUAL
from .where_held import held_at, held_place_at
from .word_tests import clause_break

MEETINGS = "04"
TRAVELS = ("042", "043")  # a visit, a host: where the visitor goes
HOSTS = "043"  # a host: at home
TALKS_REACH = 12  # tokens from the talks noun to the relative of its holding verb («لجنتي الحوار ... والتي استؤنفت»)
CLITICS = ("و", "ب", "ل")
PLACE_WORDS_REACH = 2  # tokens past «في» to the place named («في العاصمة الأردنية عمان»)


def _place_in(doc: Doc, lo: int, hi: int) -> str | None:
    """The place entity one of whose mentions starts in the text lo..hi (the first); None if none."""
    found = [(m.start, e.id) for e in doc.entities if e.type in PLACES for m in e.mentions if lo <= m.start < hi]
    return min(found)[1] if found else None


def _dateline_place(doc: Doc, ev: Event) -> str | None:
    """The dateline's place, for an act of a named party of its country, of no known country, or named in the lead
    (not a party of another country told in a press review filed there: «بيروت ... واس: أبرزت الصحف اللبنانية ...
    إعلان الولايات المتحدة»)."""
    line = doc.dateline
    src = doc.entity(ev.source)
    place = None if line is None or line.place is None else _place_in(doc, line.place.start, line.place.end)
    there = doc.entity(place)
    if line is None or src is None or there is None:
        return None
    own = src.country or (src.actor or "")[:3] or None
    lead = next((s for s in doc.sentences if s.end > line.end), None)
    if own is None or own == there.country or (lead is not None and any(
            line.end <= m.start < lead.end for m in src.mentions)):
        return place
    return None


def _meeting_place(ev: Event, told: list[Event]) -> str | None:
    """The one place of the speaker's meetings of the act's day told as fact with a place of their own."""
    places = {o.location for o in told if o.location is not None and o.code.startswith(MEETINGS)
              and o.modality in FACTUAL and o.date is not None and o.date == ev.date
              and ev.source in (o.source, o.target)}
    return places.pop() if len(places) == 1 else None


def _host_country(doc: Doc, ev: Event, events: list[Event]) -> str | None:
    """The country the act speaks of, where its speaker of another country visited it or held talks with it as a
    side that day, as fact (module docstring)."""
    topic, src = doc.entity(str(ev.attrs.get("topical") or "")), doc.entity(ev.source)
    if topic is None or src is None or topic.actor is None or topic.actor != topic.country:
        return None  # (a country, not a town of it)
    own = src.country or (src.actor or "")[:3] or None
    if own is None or own == topic.country:
        return None
    for o in events:
        there = doc.entity(o.location)
        if o.code.startswith(MEETINGS) and not o.code.startswith(HOSTS) and o.modality in FACTUAL \
                and o.date is not None and o.date == ev.date and o.source == ev.source and o.target == topic.id \
                and (there is None or there.country == topic.country):
            return topic.id
    return None


def _talks_noun(key: str) -> bool:
    for pre in ("", *CLITICS):
        stem = key.removeprefix(pre) if pre else key
        if stem in fw("topic_meeting_nouns") or stem in fw("dialogue_nouns"):
            return True
    return False


def _talks_venues(doc: Doc) -> dict[str, set[str]]:
    """{day: places} where the article says talks were held (module docstring), by the day its sentence tells."""
    toks = doc.tokens
    venues: dict[str, set[str]] = {}
    if fw("dialogue_nouns").isdisjoint(t.norm_key for t in toks) and fw("topic_meeting_nouns").isdisjoint(
            t.norm_key.removeprefix("و") for t in toks):
        return venues
    for t in range(len(toks)):
        k = held_at(doc, t)
        if k is None or k == t + 1:
            continue  # (a relative and its verb only: a participle «المنعقد» is the hit's own, where_held)
        at = held_place_at(doc, k)
        sent = doc.sentence_of(toks[t].start)
        if at is None or sent is None:
            continue
        noun = next((u for u in range(t - 1, max(-1, t - 1 - TALKS_REACH), -1)
                     if toks[u].start >= sent.start and _talks_noun(toks[u].norm_key)), None)
        if noun is None or any(clause_break(toks[u].text) for u in range(noun + 1, t)):
            continue
        place = _place_in(doc, toks[at].start, toks[min(at + PLACE_WORDS_REACH, len(toks) - 1)].end)
        days = {ts.value for ts in doc.times if sent.start <= ts.start < sent.end and ts.value}
        if place is not None and len(days) == 1:
            venues.setdefault(days.pop(), set()).add(place)
    return venues


def topic_venue_places(doc: Doc, events: list[Event], told: list[Event]) -> None:
    """Give a saying or talks left with no place for its topic place the venue the article tells (module docstring);
    ``told``: the events whose place the text gave them (before any was carried)."""
    venues: dict[str, set[str]] | None = None
    for ev in events:
        if ev.location is not None or ev.attrs.get("topical") is None or ev.code.startswith(TRAVELS):
            continue
        place = _meeting_place(ev, told) if ev.source is not None else None
        if place is None:
            place = _dateline_place(doc, ev)
        if place is None and ev.date is not None:
            if venues is None:
                venues = _talks_venues(doc)
            held = venues.get(ev.date, set())
            place = next(iter(held)) if len(held) == 1 else None
        if place is None and ev.source is not None:
            place = _host_country(doc, ev, events)
        if place is not None:
            ev.location = place


__all__ = ["topic_venue_places"]

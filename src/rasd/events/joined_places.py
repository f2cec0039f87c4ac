"""Round ev469: the place an event keeps when an event that tells its act again joins it (the events' dedup, a meeting
noun told again, an act noun after a demonstrative). Not a talks masdar of purpose (``purpose_talks``): the place
in its phrase is as often the matter talked of («لبحث الأوضاع في مدينة الموصل») as where they met.

- The kept event names no place: it takes the retelling's, where the join is narrow (a meeting noun told again, an
  act noun after a demonstrative). The dedup runs before the passes that find an act's own place (a local
  source's, the scene's), and its joins reach acts told in general or far away: it only notes the place of the
  first retelling in another sentence (``RETOLD_PLACE``), which an act still of no place after all the place passes
  takes where it is dated and no statement or appeal (``late_retold_places``: «وجاءت الضربة بعد هجوم شنته «النصرة»
  ضد مقر «الفرقة 30»» … «ويأتي هجوم «النصرة» على مقر الفرقة» told in Syria). A retelling in the act's own
  sentence with a place of its own is as often another act of that sentence («أطلق إردوغان حربا على الإرهاب تستهدف
  حزب العمال ... العملية الانتحارية التي وقعت في سوروتش وأدت إلى مقتل 32»); an act of no day, a statement told
  again far on, is as often told of another occasion.
- The kept event's place is a country and the retelling's a place inside that country, not the country itself
  (a town, a province): the more specific place is kept («تجمع المئات خارج مكتب الأونروا في الأردن ... وتجمع نحو
  ألف متظاهر أمام مقر الأونروا في عمان»: عمان). A place of another country, or no known country, leaves the kept
  place, and a kept town is never replaced by its country (a retelling in general words names the wider place);
  so does a country the kept event's sentence does not name («لقي عدد من عناصر داعش مصرعهم في عدد من المدن
  العراقية»: Iraq read from the adjective, the act told of many towns)."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Entity, Event
from .forms import PLACES
from .own_clause_places import own_clause_place


RETOLD_PLACE = "retold_place"  # attrs key: the place of the first retelling the dedup joined to an event of none
SAID = ("01", "02")  # statements and appeals: a place told with a statement joined later is seldom where it was said


def late_retold_places(events: list[Event]) -> None:
    """Events still of no place after the place passes take the place the dedup noted (``RETOLD_PLACE``) where they
    are dated and no statement or appeal (``SAID``); the note is dropped from every event (in place)."""
    for ev in events:
        place = ev.attrs.pop(RETOLD_PLACE, None)
        if ev.location is None and isinstance(place, str) and ev.date is not None and ev.code[:2] not in SAID:
            ev.location = place


def _place(entities: Sequence[Entity], eid: str) -> Entity | None:
    """The place entity of id ``eid`` among ``entities`` (None for another type or an unknown id)."""
    return next((e for e in entities if e.id == eid and e.type in PLACES), None)


def _inside(host: Event, kept: Entity, told: Entity) -> bool:
    """Whether ``told`` is a place inside the country ``kept`` (a country is a place whose actor is the country),
    which is named in the sentence of ``host`` (not only read from an adjective, «في عدد من المدن العراقية»: the
    country at large, where a town told after is one of many)."""
    country = kept.country
    named = any(host.sentence.start <= m.start < host.sentence.end for m in kept.mentions)
    return country is not None and kept.actor == country and told.country == country and told.actor != country \
        and named


def join_place(host: Event, told: Event, entities: Sequence[Entity], fill: bool = True, text: str = "") -> None:
    """Give ``host``, which the event ``told`` joins, the place of ``told`` where the module says (in place);
    ``fill``: also where ``host`` names no place (the dedup only notes a retelling's place: see the module);
    ``text``: the dedup's text, where a place said right after the retelling's trigger fills too (round mend627:
    «كما تناول اللقاء في الرياض», ``own_clause_places``)."""
    if told.location is None or told.location == host.location:
        return
    if host.location is None:
        if fill or (text and own_clause_place(text, told, entities)):
            host.location = told.location
        elif told.sentence != host.sentence:
            host.attrs.setdefault(RETOLD_PLACE, told.location)
        return
    kept = _place(entities, host.location) if host.location is not None else None
    new = _place(entities, told.location)
    if kept is not None and new is not None and _inside(host, kept, new):
        host.location = told.location

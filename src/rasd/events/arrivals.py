"""Round 99: what arrives is no visitor, and a place is no one visited. CAMEO 042 («make a visit») is a visit of one
actor to another, a state or its leaders; where the visit goes is where it happens. After the events are made
(``travel_places``):

- troops, forces, ships, aircraft, convoys, aid and goods that arrive or head somewhere make no visit: a state force
  as the source of a visit (an army, a navy, the forces of a state named or described: «وصل الجيش الوطني إلى»,
  «زيارة القوات البحرية إلى عدن»), an unnamed source headed by such a noun (function words ``arriving_things``), or,
  for an arrival verb with no source, such a noun as its subject a few words before it in its clause, over a
  relative pronoun («الوحدات العسكرية الجديدة التي وصلت إلى»); an arrival that names no one, neither who
  arrives nor whom it visits, after such a noun or force earlier in its sentence. Where the clause says it is a reinforcement or a
  deployment (``reinforcement_words``: «تعزيزات», «نشر») the arrival is a show of force, CAMEO 154 (mobilize or
  increase armed forces), by the force named, at the place it reaches; else there is no event;
- a visit's target that is a place which does not act, a town, a province, a base, a port or a palace («وصل إلى
  مدينة عدن», «زار قصر رأس التين»), is where the visit is: it becomes the location where there is none, and the
  visit has no target; a country, and a capital that stands for its government (``acting.ACTING_PLACES``), stays
  the one visited («زار العراق», «وصل إلى القاهرة»);
- «الزيارة» right after a noun of settlement («قرية الزيارة») or between two places of a list («المشيك والزيارة
  وتل واسط») is a village's name, no visit.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from ..entities.forces import BARE_FORCE_GID, FORCE_GID
from .acting import ACTING_PLACES
from .forms import PLACES, fw, nkey
from .lexicon import plover_of
from .source_set import name_party
from .word_tests import clause_stop

TRAVEL = ("042", "043")  # make and host a visit
VISIT = "042"
SHOW_OF_FORCE = "154"  # CAMEO: mobilize or increase armed forces
ARRIVALS = ("arrive", "arrive_subject", "head_to", "move_to")  # verbs of going to a place (trigger ids)
SUBJECT_REACH = 6  # words before an arrival verb read for the thing or force that arrives
REINFORCE_REACH = 12  # words either side of the arrival read for a reinforcement or a deployment
VISIT_NAME = "الزيارة"  # the visit noun as it stands when it is a village's name (or after «و»)
CARRIER_HEADS = ("متن",)  # «على متن طائرة»: the craft a traveller is carried by, not the one that arrives


def _plain(doc: Doc, t: int) -> set[str]:
    """Token ``t``'s key with and without «و» and the article."""
    key = doc.tokens[t].norm_key
    bare = key.removeprefix("و")
    return {key, bare, key.removeprefix("ال"), bare.removeprefix("ال")}


def _force(doc: Doc, eid: str | None) -> bool:
    """Whether entity ``eid`` is a state's armed force: a military actor («القوات البحرية المصرية»: EGYMIL) or a force
    named by description («الجيش الوطني», «القوات النظامية»)."""
    ent = doc.entity(eid)
    if ent is None or ent.type != "ORGANIZATION":
        return False
    gid = str(ent.attrs.get("gid") or "")
    return (ent.actor or "").endswith("MIL") or bool(ent.attrs.get("described_force")) \
        or gid.startswith((FORCE_GID, BARE_FORCE_GID))


def _thing_words() -> frozenset[str]:
    return fw("arriving_things") | fw("not_guests")


def _unnamed_thing(doc: Doc, ev: Event) -> bool:
    """Whether the unnamed source phrase of ``ev`` is headed by a thing or a force («وصلت القوافل»)."""
    span = ev.attrs.get("source_span")
    if ev.source is not None or not isinstance(span, list):
        return False
    k = doc.token_at(int(span[0]))
    return k is not None and not _plain(doc, k).isdisjoint(_thing_words())


def _mention_owner(doc: Doc, t: int) -> str | None:
    """The entity one of whose mentions covers token ``t``, if any."""
    start = doc.tokens[t].start
    return next((e.id for e in doc.entities for m in e.mentions if m.start <= start < m.end), None)


def _thing_before(doc: Doc, ev: Event, k: int) -> bool:
    """Whether an arrival verb at token ``k`` has a thing or a state force for its subject a few words before it in
    its clause, nearer than any mention of its source («بواخر تصل إلى», «الوحدات العسكرية الجديدة التي وصلت إلى»,
    «قال العميد إن ...، والجيش الوطني مدعوما بالمقاومة وصل إلى»: the force, not the speaker) or, where it has no
    source, the first such word after it («وصلت إلى مطار عدن أمس طائرة»; not «على متن طائرة», nor after a
    preposition)."""
    if ev.attrs.get("pos") != "V" or ev.attrs.get("trigger_id") not in ARRIVALS:
        return False
    if ev.source is not None and any(_mention_owner(doc, t) == ev.source for t in range(
            k + 1, min(len(doc.tokens), k + 1 + SUBJECT_REACH)) if doc.tokens[t].start < ev.sentence.end):
        return False  # VSO: «بعد انسحاب القوات وصل الوزير»: the one named after the verb arrives
    for t in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
        if doc.tokens[t].start < ev.sentence.start or clause_stop(doc.tokens[t].text):
            break
        owner = _mention_owner(doc, t)
        if owner is not None and owner == ev.source:
            return False  # («وصل الوزير الذي رافق القوات»: the source is the subject)
        if not _plain(doc, t).isdisjoint(_thing_words()) or _force(doc, owner):
            return True
    if ev.source is not None or ev.attrs.get("source_span") is not None:
        return False
    # VSO, the subject after the place and the time: «وصلت إلى مطار عدن الدولي أمس طائرة إغاثية»
    for t in range(k + 1, min(len(doc.tokens), k + 1 + 2 * SUBJECT_REACH)):
        if doc.tokens[t].start >= ev.sentence.end or clause_stop(doc.tokens[t].text):
            break
        if not _plain(doc, t).isdisjoint(_thing_words()):
            before = doc.tokens[t - 1].norm_key.removeprefix("و")
            return before not in fw("prepositions") and before not in {nkey(w) for w in CARRIER_HEADS}
    return False


def _forces_unnamed(doc: Doc, ev: Event, k: int) -> bool:
    """Whether an arrival at token ``k`` that names no one, neither who arrives nor whom it visits, follows a thing or
    a force told earlier in its sentence («إن قواتنا التي تنقسم إلى محورين، الأول قد وصلت إلى منطقة»): what arrives
    is that, no visitor."""
    if ev.source is not None or ev.target is not None or ev.attrs.get("source_span") is not None \
            or ev.attrs.get("trigger_id") not in ARRIVALS:
        return False
    t = k - 1
    while t >= 0 and doc.tokens[t].start >= ev.sentence.start:
        if not _plain(doc, t).isdisjoint(_thing_words()) or _force(doc, _mention_owner(doc, t)):
            return True
        t -= 1
    return False


def _reinforced(doc: Doc, ev: Event, k: int) -> bool:
    """Whether the clause of the arrival at token ``k`` calls it a reinforcement or a deployment."""
    words = fw("reinforcement_words")
    for step in (-1, 1):
        t = k
        for _ in range(REINFORCE_REACH):
            t += step
            if not 0 <= t < len(doc.tokens) or not ev.sentence.start <= doc.tokens[t].start < ev.sentence.end \
                    or clause_stop(doc.tokens[t].text):
                break
            if not _plain(doc, t).isdisjoint(words):
                return True
    return False


def _mention_edges(doc: Doc) -> tuple[set[int], set[int]]:
    """The start and end offsets of the article's place mentions."""
    starts: set[int] = set()
    ends: set[int] = set()
    for e in doc.entities:
        if e.type in PLACES:
            for m in e.mentions:
                starts.add(m.start)
                ends.add(m.end)
    return starts, ends


def _village_name(doc: Doc, ev: Event, k: int) -> bool:
    """Whether the visit noun at token ``k`` is a village's name: «الزيارة» after a noun of settlement, or between
    two places of a list («المشيك والزيارة وتل واسط»)."""
    tok = doc.tokens[k]
    if tok.norm_key.removeprefix("و") != nkey(VISIT_NAME) or ev.attrs.get("pos") != "N":
        return False
    if k > 0 and not _plain(doc, k - 1).isdisjoint(fw("settlement_nouns")):
        return True
    if k == 0 or k + 1 >= len(doc.tokens) or not doc.tokens[k + 1].norm_key.startswith("و"):
        return False
    starts, ends = _mention_edges(doc)
    after = doc.tokens[k + 1]
    return doc.tokens[k - 1].end in ends and (after.start in starts or after.start + 1 in starts)


def place_kind(ent: Entity) -> str | None:
    """The kind of place ``ent`` is (country, capital, city, region), or that of its name in the gazetteer."""
    kind = ent.attrs.get("kind")
    if kind is None:
        kind = getattr(gazetteer.load().phrases.get(gazetteer.phrase_of(ent.name)), "kind", None)
    return str(kind) if kind is not None else None


def _place_target(doc: Doc, ev: Event) -> None:
    """A visit's target that is a place which does not act (a town, a province, a facility) becomes its location."""
    ent = doc.entity(ev.target)
    if ent is None or ent.type not in PLACES or place_kind(ent) in ACTING_PLACES:
        return
    target_as_location(ev)


def target_as_location(ev: Event) -> None:
    """The event's target is where it happened, no party: it becomes the location where there is none (in place)."""
    if ev.location is None:
        ev.location = ev.target
    name_party(ev, "target", None)


def _show_of_force(ev: Event) -> None:
    """Recode an arrival of forces told as a reinforcement or a deployment: CAMEO 154, at the place it reaches."""
    ev.code = SHOW_OF_FORCE
    ev.plover = plover_of(SHOW_OF_FORCE)


def travel_places(doc: Doc, events: list[Event]) -> list[Event]:
    """The events with arrivals of things and forces, and villages named «الزيارة», left out or recoded, and the
    place a visit is to moved from its target to its location (see the module)."""
    out: list[Event] = []
    seen: set[tuple[int, str, str | None, str | None, str | None]] = set()
    for ev in events:
        if ev.code in TRAVEL:
            k = doc.token_at(ev.trigger.start)
            if k is not None and _village_name(doc, ev, k):
                continue
            if ev.code == VISIT and k is not None and (
                    _force(doc, ev.source) or _unnamed_thing(doc, ev) or _thing_before(doc, ev, k)):
                if not _reinforced(doc, ev, k):
                    continue
                _show_of_force(ev)
            _place_target(doc, ev)
            if ev.code == VISIT and k is not None and _forces_unnamed(doc, ev, k):
                continue
            key = (ev.trigger.start, ev.code, ev.source, ev.target, ev.location)
            if key in seen:
                continue  # («توجهوا إلى بلدتين»: one journey, no one visited)
            seen.add(key)
        out.append(ev)
    return out

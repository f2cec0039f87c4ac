"""Round lo892, locations: a visit (CAMEO 042) whose target is a place the parties' passes named after its place was
read (an anaphor resolved later: «أنه سيزور المملكة» for Saudi Arabia) is where the visit goes, as «زار الوزير
الرياض» is (see ``location.event_location``, last branch). Narrow: only where the target's mention stands after the
trigger in its sentence, within ``REACH`` tokens, no clause stop between, and not after a word of origin or
partnership (``visit_partner_words``: «من», «مع», «بين»: «زيارة وفد من إيران» does not go to Iran); or, with no
mention, a bare noun of a state right after it (``visited_anaphors``: «المملكة»); or «لبلاده/إلى بلاده» within
``OWN_REACH`` tokens, past commas («زيارة الأمير فلان، ولي ولي العهد ...، لبلاده»). Never the source's own place."""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import PLACES, fw
from .word_tests import clause_break, clause_stop

VISIT = "042"
REACH = 6  # tokens from the visit's trigger to its target («سيزور المملكة», «زيارة الرئيس الفرنسي لبنان»)
OWN_REACH = 24  # tokens from a visit noun to «لبلاده» past the visitor's name and titles (as ``DESTINATION_REACH``)


def to_own_country(doc: Doc, u: int) -> bool:
    """«لبلاده», «إلى بلادها»: token ``u`` is a word of one's own country (function words ``own_country_words``)
    with «لـ» or after «إلى» (not a genitive: «وزير خارجية بلاده»); moved here from ``where_carry`` (round lo892)."""
    key = doc.tokens[u].norm_key
    if key[:1] == "ل" and key[1:] in fw("own_country_words"):
        return True
    return key in fw("own_country_words") and u > 0 and doc.tokens[u - 1].norm_key in ("الي", "إلى", "الى")


def _destination(doc: Doc, ev: Event, target: Entity) -> bool:
    """Whether a mention of ``target`` follows the trigger of ``ev`` within ``REACH`` tokens of its clause, not
    after a word of origin or partnership."""
    toks = doc.tokens
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return False
    for t in range(k + 1, min(len(toks), k + 1 + OWN_REACH)):
        tok = toks[t]
        if tok.start >= ev.sentence.end or clause_break(tok.text):
            break
        if to_own_country(doc, t) and target.type in PLACES:
            return True  # «زيارة الأمير فلان، ولي ولي العهد ...، لبلاده»: the country the parties' pass named
    for t in range(k + 1, min(len(toks), k + 1 + REACH)):
        tok = toks[t]
        if tok.start >= ev.sentence.end or clause_stop(tok.text):
            return False
        if any(m.start < tok.end and tok.start < m.end for m in target.mentions):
            before = toks[t - 1].norm_key.removeprefix("و")
            return before not in fw("visit_partner_words")
        if t == k + 1 and not any(m.start < tok.end and tok.start < m.end for m in doc.mentions) \
                and tok.norm_key in fw("visited_anaphors"):
            return True  # «سيزور المملكة»: a bare noun of the state read as the target, with no mention of its own
    return False


def visited_target_places(doc: Doc, events: list[Event]) -> None:
    """A visit with no place whose target is a place mentioned right after it goes there (module docstring)."""
    for ev in events:
        if ev.code != VISIT or ev.location is not None or ev.target is None or ev.target == ev.source:
            continue
        place = doc.entity(ev.target)
        if place is None or place.type not in PLACES or not _destination(doc, ev, place):
            continue
        visitor = doc.entity(ev.source)
        if visitor is not None and place.country is not None and visitor.country == place.country:
            continue  # (a return home, or a place read from the visitor's own title)
        ev.location = place.id

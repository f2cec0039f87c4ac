"""Round 205: venues read as targets, hosts of visits, agents named as responsible, spokesmen of a body.

- «لقاء معه بنقابة الصحافيين»: a meeting noun whose other party is a pronoun right after it («معه», function words
  ``with_him``) has it; a name glued to «بـ» right after that pronoun is where it was held, not whom it was with:
  no target (a place becomes the location where there is none).
- «الملك فلان يستقبل ... الرئيس فلان، في زيارة», «في زيارة يستقبله خلالها فلان»: a visit (042) with no target
  and a hosting (043) in the same sentence, close to it, whose host is not the visitor: the host is whom the
  visit is to.
- «زعيم الحركة فلان المسؤول عن قتل الآلاف»: a noun act with no source right after «المسؤول عن» (function words
  ``responsible_words``), where a person or body is named right before that word (no word of office in construct
  before the name: «زعيم طالبان المسؤول» is the leader's, not the body's): that one does it (round 251: after a
  word of office, the phrase of office and body, «زعيم طالبان», where no phrase is read; a trigger read as a verb
  after «عن» is the masdar too).
- «نفى المتحدث باسم الحركة»: an act whose source is only an unnamed spokesman (function words
  ``spokesman_heads`` then «باسم»; round ev417: also an indefinite one, «أكد متحدث باسم خفر السواحل»,
  ``spokesman_indefinite_heads``) of a named body: the body (no act of force).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw_keys, nkey
from .source_set import name_party, set_phrase
from .word_tests import entity_within, mention_holding, phrase_break

VISIT, HOST = "042", "043"
HOST_REACH = 120  # characters between a visit's trigger and its hosting's
ACTORS = ("PERSON", "ORGANIZATION")
BY = "ب"
NAMED_AS = "باسم"  # «المتحدث باسم»
NO_SPOKESMAN_ACTS = ("ASSAULT", "COERCE", "SEIZE")
MEETING_PREFIX = "04"
TITLE_REACH = 4  # tokens from «خلالها» to the host's name, past his title
PRONOUNS = ("ه", "ها", "هم", "هما")


def _drop_target(ev: Event, place: bool) -> None:
    target = ev.target
    if place and ev.location is None:
        ev.location = target
    name_party(ev, "target", None)


def venue_targets(doc: Doc, events: list[Event]) -> None:
    """«لقاء معه بنقابة الصحافيين»: the name glued to «بـ» after the pronoun party is the venue (docstring)."""
    toks = doc.tokens
    for ev in events:
        target = ev.target
        if target is None or ev.attrs.get("pos") != "N" or not ev.code.startswith(MEETING_PREFIX):
            continue
        last = doc.token_at(ev.trigger.end - 1)
        if last is None or last + 2 >= len(toks):
            continue
        if toks[last + 1].norm_key not in fw_keys("with_him") or not toks[last + 1].norm_key.startswith("مع"):
            continue
        venue = last + 2
        if not toks[venue].norm_key.startswith(BY):
            continue
        ent = entity_within(doc, venue)
        if ent is None or ent.id != target:
            continue
        _drop_target(ev, ent.type in PLACES)


def _host_after_during(doc: Doc, host: Event) -> str | None:
    """«يستقبله خلالها فلان»: the one named right after «خلالها/خلاله» past a hosting verb with a pronoun object."""
    k = doc.token_at(host.trigger.end - 1)
    if k is None or host.attrs.get("pos") != "V" or k + 2 >= len(doc.tokens):
        return None
    if not doc.tokens[k].norm_key.endswith(PRONOUNS) or doc.tokens[k + 1].norm_key not in fw_keys("during_pronouns"):
        return None
    for n in range(k + 2, min(len(doc.tokens), k + 2 + TITLE_REACH)):
        ent = entity_within(doc, n)
        if ent is not None:
            return ent.id if ent.type in ACTORS else None
        if phrase_break(doc, n):
            return None  # («الملك فلان»: past a title only)
    return None


def _visitor_before(doc: Doc, ev: Event, host: str) -> str | None:
    """The one person or body named in the sentence before the visit's trigger, other than the host."""
    found: set[str] = set()
    for m in doc.mentions:
        if ev.sentence.start <= m.start and m.end <= ev.trigger.start and m.entity is not None and m.entity != host:
            ent = doc.entity(m.entity)
            if ent is not None and ent.type in ACTORS:
                found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None


def _during_hosts(doc: Doc, events: list[Event]) -> None:
    """«وصل فلان في زيارة يستقبله خلالها فلان»: the one named after «خلالها» hosts; the visit is to him."""
    for host in events:
        if host.code != HOST:
            continue
        who = _host_after_during(doc, host)
        if who is None:
            continue
        visit = next((v for v in events if v.code == VISIT and v.sentence.start == host.sentence.start
                      and 0 <= host.trigger.start - v.trigger.end <= HOST_REACH), None)
        if visit is None:
            continue
        visitor = visit.source if visit.source != who else _visitor_before(doc, visit, who)
        host.source, host.target = who, visitor
        visit.source = visitor
        place = visit.target
        if place is not None and place != who:
            ent = doc.entity(place)
            if ent is None or ent.type not in PLACES:
                continue  # a party the visit is to, told otherwise: left alone
            if visit.location is None:
                visit.location = place
        name_party(visit, "target", who)


def visit_hosts(doc: Doc, events: list[Event]) -> None:
    """The host of a visit told in the same sentence is whom it is to (module docstring)."""
    _during_hosts(doc, events)
    for ev in events:
        if ev.code != VISIT or ev.target is not None:
            continue
        for host in events:
            if host.code != HOST or host.sentence.start != ev.sentence.start:
                continue
            gap = max(host.trigger.start - ev.trigger.end, ev.trigger.start - host.trigger.end)
            who = host.source
            if gap > HOST_REACH or who is None or who == ev.source:
                continue
            if ev.source is not None and host.target is not None and host.target != ev.source:
                continue  # the host receives someone else
            ent = doc.entity(who)
            if ent is None or ent.type not in ACTORS:
                continue
            ev.target = who
            break


def _office_before(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a word of office in construct with the name after it («زعيم طالبان»: the leader is
    responsible, not the body; function words ``office_words_before_body``)."""
    return doc.tokens[k].norm_key.removeprefix("و") in fw_keys("office_words_before_body")


def responsible_doers(doc: Doc, events: list[Event]) -> None:
    """«فلان المسؤول عن قتل»: the one named right before «المسؤول عن» does the act (module docstring)."""
    toks = doc.tokens
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") not in ("N", "V"):
            continue  # (round 251: a verb reading after «عن» is the masdar: «المسؤول عن قتل»)
        first = doc.token_at(ev.trigger.start)
        if first is None or first < 3 or toks[first - 1].norm_key != nkey("عن"):
            continue
        if toks[first - 2].norm_key not in fw_keys("responsible_words"):
            continue
        m = mention_holding(doc, first - 3)
        if m is None or m.entity is None or doc.token_at(m.end - 1) != first - 3:
            continue
        ent = doc.entity(m.entity)
        head = doc.token_at(m.start)
        if ent is None or ent.type not in ACTORS or head is None or ent.id == ev.target:
            continue
        if head > 0 and toks[head].start == m.start and _office_before(doc, head - 1):
            # round 251: the leader is responsible: the phrase of office and body is the doer («زعيم طالبان»)
            if not ev.attrs.get("source_text"):
                set_phrase(ev, "source", doc.text, toks[head - 1].start, m.end)
            continue
        name_party(ev, "source", ent.id)


def spokesman_bodies(doc: Doc, events: list[Event]) -> None:
    """«نفى المتحدث باسم الحركة»: the body an unnamed spokesman speaks for (module docstring)."""
    toks = doc.tokens
    for ev in events:
        span = ev.attrs.get("source_span")
        if ev.source is not None or not isinstance(span, list) or len(span) != 2 or ev.plover in NO_SPOKESMAN_ACTS:
            continue
        first, last = doc.token_at(int(span[0])), doc.token_at(int(span[1]) - 1)
        if first is None or last is None:
            continue
        heads = fw_keys("spokesman_heads") | fw_keys("spokesman_indefinite_heads")  # ev417: «متحدث باسم»
        k = first + 1 if first + 1 <= last and toks[first].norm_key in heads else -1
        if k < 0:
            continue
        if toks[k].norm_key != nkey(NAMED_AS):
            k += 1  # «المتحدث الرسمي باسم»
        if k + 1 > last or toks[k].norm_key != nkey(NAMED_AS):
            continue
        m = mention_holding(doc, k + 1)
        if m is None or m.entity is None or m.start != toks[k + 1].start or doc.token_at(m.end - 1) != last:
            continue
        ent = doc.entity(m.entity)
        if ent is None or ent.type != "ORGANIZATION" or ent.id == ev.target:
            continue
        name_party(ev, "source", ent.id)

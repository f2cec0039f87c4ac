"""Round 147 of real news: targets the sentence names a few words away, read for an event left with none.

- the land an annexation joins («أعلنت في يوم 9 أغسطس ضم الإقليم إلى البلاد», the 192 of :mod:`annexed`): the place
  right after the masdar of annexing;
- the host of talks, told in their relative clause with the talks as its pronoun («المحادثات الأمنية التي
  استضافتها الدول الأعضاء في «آسيان»»; function words ``host_verbs``): the first body or place named after the
  verb, in its clause;
- the party a criticism or a rejection is of, at the end of a genitive chain under the masdar it is aimed at
  («انتقاداتها لتوقيع الأمين العام لحزب الشعب الجمهوري اتفاقا»): the masdar with «ل» right after the trigger, at
  most a few definite words (a title: «الأمين العام»), then a named body or person, with or without «ل».

Nothing where the event has a target or a target phrase of its own, where a preposition or a comma comes first
(«انتقاداتها للوضع في تونس»: Tunisia is no party criticised), where the relative clause has no host verb with a
pronoun, or where the one named is the event's own source.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.marks import OPENING_QUOTES
from .annexed import annexed_place
from .forms import fw_keys, nkey
from .word_tests import clause_stop

HOST_REACH = 8  # tokens after a meeting noun read for its relative pronoun
HOSTED_REACH = 6  # tokens after the host verb read for the host's name
CHAIN = 3  # definite words between the masdar and the name (a title: «الأمين العام»)
RELATIVES = ("التي", "الذي", "اللتي", "اللذي")
NAMED = ("ORGANIZATION", "LOCATION")
PARTIES = ("ORGANIZATION", "PERSON")


def _named_in(doc: Doc, k: int, types: tuple[str, ...]) -> Entity | None:
    """The entity of a type in ``types`` whose mention starts inside token ``k`` («لحزب ...»: past the «ل»)."""
    tok = doc.tokens[k]
    for m in doc.mentions:
        if tok.start <= m.start < tok.end and m.entity is not None:
            ent = doc.entity(m.entity)
            if ent is not None and ent.type in types:
                return ent
    return None


def _annexed(doc: Doc, ev: Event, i: int, b: int) -> Entity | None:
    if not ev.code.startswith("192") or ev.attrs.get("pos") != "V":
        return None
    t = annexed_place(doc, i, b)
    return _named_in(doc, t, ("LOCATION",)) if t is not None else None


def _host(doc: Doc, ev: Event, i: int, b: int) -> Entity | None:
    """The host named after «التي استضافتها» a few words after the meeting noun at token ``i``."""
    if not ev.code.startswith("04") or ev.attrs.get("pos") != "N":
        return None
    hosts = fw_keys("host_verbs")
    for t in range(i + 1, min(b - 1, i + 1 + HOST_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if doc.tokens[t].norm_key not in RELATIVES:
            continue
        verb = t + 1
        clitics = [w.form for w in doc.tokens[verb].words if w.kind == "enclitic"]
        bare = doc.tokens[verb].text[: -len(clitics[-1])] if clitics else ""
        if not bare or nkey(bare).removeprefix("و") not in hosts:
            return None  # «التي استضافتها»: the talks are the verb's pronoun (read as «استضافة» + «ها» too)
        for u in range(verb + 1, min(b, verb + 1 + HOSTED_REACH)):
            if clause_stop(doc.tokens[u].text):
                return None
            ent = _named_in(doc, u, NAMED)
            if ent is not None:
                return ent
        return None
    return None


def _chained(doc: Doc, ev: Event, i: int, b: int) -> Entity | None:
    """The body or person at the end of the genitive chain under the «ل» masdar right after the trigger ``i``."""
    if not ev.code.startswith(("11", "12")) or ev.attrs.get("pos") != "N":
        return None
    k = i + 1
    if k >= b or not any(w.kind == "proclitic" and w.form == "ل" for w in doc.tokens[k].words) or \
            _named_in(doc, k, NAMED + PARTIES) is not None:
        return None
    for u in range(k + 1, min(b, k + 2 + CHAIN)):
        text = doc.tokens[u].text
        ent = _named_in(doc, u, PARTIES)
        if ent is not None:
            return ent
        if text in OPENING_QUOTES:
            continue
        if not nkey(text).startswith("ال") or not text.isalpha():
            return None  # «للوضع في تونس»: a preposition, no title
    return None


def left_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event with no target and no target phrase the party its sentence names (module docstring)."""
    for ev in events:
        if ev.target is not None or ev.attrs.get("target_span") is not None:
            continue
        i = doc.token_at(ev.trigger.start)
        j = doc.token_at(ev.trigger.end - 1)
        if i is None or j is None:
            continue
        b = doc.token_from(ev.sentence.end) or len(doc.tokens)
        ent = _annexed(doc, ev, j, b) or _host(doc, ev, j, b) or _chained(doc, ev, j, b)
        if ent is None or ent.id == ev.source:
            continue
        ev.target = ent.id
        ev.attrs["target_left"] = True

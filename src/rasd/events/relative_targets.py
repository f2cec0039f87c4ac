"""The target of an attack noun said by its relative clause: «الهجوم الذي استهدف النائب العام فلان».

An act of force told by a noun (CAMEO 18, 19) with no target, followed past its adjectives and quotation marks (at
most ``ADJECTIVES`` words) by a relative pronoun and a verb of targeting («استهدف», «طال»: ``objects.RELAY_VERBS``),
is aimed at the person, body or place named as that verb's object: the first name past at most ``TITLE`` words of a
title («النائب العام»).

Nothing where a preposition, a comma or a clause break comes first, where a word of the object names a building
(function words ``named_building_heads``: «مسجد الإمام الصادق» is a mosque, not the man), or where the name is the
event's own source.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import fw, nkey
from .objects import RELAY_VERBS
from .source_set import name_party
from .word_tests import entity_at, phrase_break

FORCE = ("18", "19")
ACTORS = ("PERSON", "ORGANIZATION", "LOCATION")
ADJECTIVES = 4
TITLE = 4
MARKS = ("«", "»", '"', "“", "”")
PRESENT = ("ي", "ت")  # «يستهدف», «تستهدف»


def _relay(text: str) -> bool:
    key = nkey(text)
    return key.startswith(RELAY_VERBS) or (key[:1] in PRESENT and key[1:].startswith(RELAY_VERBS[0]))


def _plain(doc: Doc, k: int) -> bool:
    """A word of an adjective or a title: no mark, no preposition, no proclitic preposition."""
    if phrase_break(doc, k):
        return False
    tok = doc.tokens[k]
    return not (tok.words and tok.words[0].kind == "proclitic")


def _object(doc: Doc, k: int, end: int) -> Entity | None:
    """The name of the targeting verb's object, from token ``k`` on."""
    for j in range(k, min(end, k + TITLE + 1)):
        ent = entity_at(doc, j)
        if ent is not None:
            return ent if ent.type in ACTORS else None
        if not _plain(doc, j) or doc.tokens[j].norm_key.removeprefix("ال") in fw("named_building_heads"):
            return None
    return None


def _targeted(doc: Doc, ev: Event, end: int) -> Entity | None:
    k = doc.token_from(ev.trigger.end)
    words = 0
    while k is not None and k + 1 < end:
        text = doc.tokens[k].text
        if text in MARKS:
            k += 1
            continue
        if nkey(text) in fw("relatives"):
            return _object(doc, k + 2, end) if _relay(doc.tokens[k + 1].text) else None
        if words == ADJECTIVES or not _plain(doc, k) or entity_at(doc, k) is not None:
            return None
        words += 1
        k += 1
    return None


def relative_targets(doc: Doc, events: list[Event]) -> None:
    """Give an attack noun with no target the object of its «الذي استهدف» clause (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "N":
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        ent = _targeted(doc, ev, end)
        if ent is None or ent.id == ev.source:
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_relative"] = True

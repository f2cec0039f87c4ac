"""The target of an attack noun said by its relative clause: «الهجوم الذي استهدف النائب العام فلان».

An act of force told by a noun (CAMEO 18, 19) with no target, followed past its adjectives and quotation marks (at
most ``ADJECTIVES`` words) by a relative pronoun and a verb of targeting («استهدف», «طال»: ``objects.RELAY_VERBS``),
is aimed at the person, body or place named as that verb's object: the first name past at most ``TITLE`` words of a
title («النائب العام»).

Round ev361: where that verb carries an object pronoun («الغارة التي استهدفته», and right after an indefinite noun
with no relative: «قتل في غارة استهدفته»), the act is aimed at the one person or body the pronoun stands for
(``named.referent``: in its sentence or the one before).

Nothing where a preposition, a comma or a clause break comes first, where a word of the object names a building
(function words ``named_building_heads``: «مسجد الإمام الصادق» is a mosque, not the man), or where the name is the
event's own source.

Round ev878: a verb of striking (function words ``struck_relative_verbs``: «التفجير الذي ضرب السفارة الأميركية»,
«الهجوم الذي يضرب X») names the target there as «استهدف» does, in its bare past, feminine past or present; a verb
of shaking (``shaken_relative_verbs``: «الانفجار الذي هز مدينة الرمادي») names only the town it happened in, the
event's place where it has none, never a target, and so does a verb of striking whose object is a town
(«الهجوم الذي ضرب مدينة سوسة»: where it struck).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..doc import Doc, Entity, Event
from .forms import fw, nkey
from .objects import RELAY_VERBS
from .source_set import name_party
from .named import referent
from .word_tests import enclitic, entity_at, phrase_break

FORCE = ("18", "19")
ACTORS = ("PERSON", "ORGANIZATION", "LOCATION")
ADJECTIVES = 4
TITLE = 4
MARKS = ("«", "»", '"', "“", "”")
PRESENT = ("ي", "ت")  # «يستهدف», «تستهدف»
COMMAS = ("،", ",")
IN = "في"
BACK = 4  # round ev361: tokens from a relative to the act noun of its clause («الذي قتل في غارة»)
PRONOUNS = ("ه", "ها", "هم")  # round ev361: the object pronoun on the targeting verb


def _relay(text: str) -> bool:
    key = nkey(text)
    return key.startswith(RELAY_VERBS) or (key[:1] in PRESENT and key[1:].startswith(RELAY_VERBS[0]))


def _forms(name: str) -> frozenset[str]:
    """Round ev878: the bare past, feminine past and present keys of the verbs of the function-word list ``name``
    («ضرب», «ضربت», «يضرب», «تضرب»), whole keys only (not «هزم» for «هز»)."""
    return frozenset(f for v in fw(name) for f in (v, v + "ت", *(p + v for p in PRESENT)))


def _struck(text: str) -> bool:
    """Round ev878: a verb of striking (``struck_relative_verbs``: «ضرب», «ضربت», «يضرب»)."""
    return nkey(text) in _forms("struck_relative_verbs")


def _shaken(text: str) -> bool:
    """Round ev878: a verb of shaking (``shaken_relative_verbs``: «هز», «هزت»): its object is where it happened."""
    return nkey(text) in _forms("shaken_relative_verbs")


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


def _resumed(doc: Doc, ev: Event, k: int) -> Entity | None:
    """Round ev361: the one party the pronoun on the targeting verb at token ``k`` stands for (``named.referent``),
    a person or a body, not the event's source."""
    sent_start = doc.token_from(ev.sentence.start)
    ent = _antecedent(doc, ev) or (referent(doc, k, ev.source, sent_start) if sent_start is not None else None)
    return ent if ent is not None and ent.type in ("PERSON", "ORGANIZATION") and ent.id != ev.source else None


def _antecedent(doc: Doc, ev: Event) -> Entity | None:
    """Round ev361: the name a relative right before the act's clause follows («فلان، الذي قتل في غارة
    استهدفته»: the relative at most ``BACK`` tokens before the noun, past its verb and «في», the name right before
    it, past a comma)."""
    t = doc.token_at(ev.trigger.start)
    if t is None:
        return None
    for r in range(t - 1, max(-1, t - 1 - BACK), -1):
        tok = doc.tokens[r]
        if tok.start < ev.sentence.start:
            return None
        if nkey(tok.text) in fw("relatives"):
            n = r - 2 if r >= 1 and doc.tokens[r - 1].text in COMMAS else r - 1
            return entity_at(doc, n) if n >= 0 else None
        if phrase_break(doc, r) and tok.norm_key != IN:
            return None  # (a comma, a mark or another preposition: the relative is no part of this clause)
    return None


def _after_noun(doc: Doc, ev: Event, end: int) -> Iterator[int]:
    """The tokens right after the act noun ``ev`` up to the one that may open its relative clause: past quotation
    marks and up to ADJECTIVES plain words (no entity's); the first that is none of them is the last given."""
    k = doc.token_from(ev.trigger.end)
    words = 0
    while k is not None and k + 1 < end:
        if doc.tokens[k].text in MARKS:
            k += 1
            continue
        yield k
        if words == ADJECTIVES or not _plain(doc, k) or entity_at(doc, k) is not None:
            return
        words += 1
        k += 1


def _targeted(doc: Doc, ev: Event, end: int) -> Entity | None:
    for k in _after_noun(doc, ev, end):
        text = doc.tokens[k].text
        if nkey(text) in fw("relatives"):
            if _relay(doc.tokens[k + 1].text) and enclitic(doc.tokens[k + 1]) in PRONOUNS:
                return _resumed(doc, ev, k + 1)  # round ev361: «الغارة التي استهدفته»
            if _relay(doc.tokens[k + 1].text):
                return _object(doc, k + 2, end)
            struck = _object(doc, k + 2, end) if _struck(doc.tokens[k + 1].text) else None
            return struck if struck is not None and struck.type != "LOCATION" else None  # (a town: its place)
        if _relay(text) and enclitic(doc.tokens[k]) in PRONOUNS:
            return _resumed(doc, ev, k)  # round ev361: «قتل في غارة استهدفته»: an indefinite noun's clause
    return None


def _shaken_place(doc: Doc, ev: Event, end: int) -> Entity | None:
    """Round ev878: the town named as the object of a verb of shaking or striking in the relative clause right
    after the act noun («الانفجار الذي هز مدينة الرمادي», «الهجوم الذي ضرب مدينة سوسة»), past the noun's
    adjectives and quotation marks as for a target."""
    for k in _after_noun(doc, ev, end):
        if nkey(doc.tokens[k].text) in fw("relatives"):
            if not (_shaken(doc.tokens[k + 1].text) or _struck(doc.tokens[k + 1].text)):
                return None
            ent = _object(doc, k + 2, end)
            return ent if ent is not None and ent.type == "LOCATION" else None
    return None


def relative_targets(doc: Doc, events: list[Event]) -> None:
    """Give an attack noun with no target the object of its «الذي استهدف» clause (module docstring)."""
    for ev in events:
        if not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "N":
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if ev.location is None and (town := _shaken_place(doc, ev, end)) is not None:
            ev.location = town.id  # round ev878: «الانفجار الذي هز مدينة الرمادي»: where it happened
        if ev.target is not None:
            continue
        ent = _targeted(doc, ev, end)
        if ent is None or ent.id == ev.source:
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_relative"] = True

"""Who strikes in an attack named by a count noun with «لـ» + a name, and who kills in that attack.

«قتل جنديان في هجوم جديد لحزب العمال الكردستاني»: an attack noun that counts acts (function words
``attack_count_nouns``: «هجوم», «غارات», «ضربة», «كمين»; no masdar of a transitive verb, whose «لـ» marks its object:
«قصف لمواقع التنظيم»), with no possessive pronoun, then at most two adjectives of its own («جديد», «إرهابي»), then
«لـ» on a named body or person (a mention that starts right there, past quotation marks: «لـ«الكردستاني»») is that
body's or person's attack. A place after «لـ» is left alone («هجوم لتركيا» may be on it), and so is a phrase whose
head is no name («هجوم لمسلحي التنظيم»: ``parties.force_owner`` reads the forces it knows).

A killing or wounding told by a verb with no source of its own («قتل», «وأصيب»: the unvocalised passive) whose
attack is named in the same clause right after it («في هجوم ...», «جراء الغارات», «في هذه الغارات») has that
attack's doer: the attack merged into the same event (one of its triggers), or an event of force of its own in the
same sentence that follows the verb within ``REACH`` words, after a preposition of cause or setting (function words
``attack_setting``) and with no finite verb or clause break between. An attack whose source was carried from
before lends none.
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .chunks import OPENING_QUOTES, mention_index
from .forms import fw, nkey
from .objects import adjective_of
from .source_set import copy_phrase
from .word_tests import clause_break, finite_verb, lam_clitic

OWN_ADJECTIVES = 2  # adjectives of the attack noun's own before the «لـ» of its doer («هجوم انتحاري جديد لـ»)
REACH = 8  # words from the killing verb to its attack noun
FORCE = ("ASSAULT", "FIGHT")
DOERS = ("ORGANIZATION", "PERSON")


def _stem(doc: Doc, t: int) -> tuple[str, bool]:
    """The key of token ``t``'s stem and whether it carries a pronoun («هجماتها»)."""
    words = doc.tokens[t].words
    stems = [w for w in words if w.kind == "stem"]
    return (nkey(stems[0].norm) if stems else doc.tokens[t].norm_key,
            any(w.kind == "enclitic" for w in words))


def lam_doer(doc: Doc, trig: Span, end: int, nouns: str = "attack_count_nouns") -> str | None:
    """The entity named by «لـ» right after the attack noun at ``trig`` (past its adjectives), tokens up to ``end``
    (module docstring); None where there is none. ``nouns`` names another list of count nouns (round ev417:
    ``body_meeting_nouns``, «اجتماع لمجلس الوزراء»)."""
    t = doc.token_at(trig.start)
    if t is None:
        return None
    key, pronoun = _stem(doc, t)
    if pronoun or key.removeprefix("ال") not in fw(nouns):
        return None
    mentions = mention_index(doc)
    noun = doc.tokens[t].text
    k = t + 1
    own = 0
    while k < end:
        tok = doc.tokens[k]
        if k in mentions:
            break
        if tok.norm_key == "ل" and k + 1 < end and doc.tokens[k + 1].text in OPENING_QUOTES:
            k += 2  # «لـ«الكردستاني»»: «لـ» a token of its own, then the quoted name
            break
        if lam_clitic(doc, k):
            break
        after = doc.tokens[k + 1].text if k + 1 < end else ""
        if own == OWN_ADJECTIVES or not adjective_of(noun, tok.text, after):
            return None
        own += 1
        k += 1
    if k >= end or k not in mentions:
        return None
    eid, etype, m_start, _ = mentions[k]
    if etype not in DOERS or doc.token_at(m_start) != k:
        return None  # the name starts at the «لـ» word or the quoted word after it
    return eid


def _setting(doc: Doc, t: int) -> bool:
    """Is the attack noun at token ``t`` governed by a preposition of cause or setting («في هجوم», «جراء الغارات»,
    «بغارة»), past a demonstrative («في هذه الغارات»)?"""
    words = doc.tokens[t].words
    if any(w.kind == "proclitic" and w.norm == "ب" for w in words):
        return True
    k = t - 1
    if k >= 0 and doc.tokens[k].norm_key in fw("attack_demonstratives"):
        k -= 1
    return k >= 0 and doc.tokens[k].norm_key.lstrip("و") in fw("attack_setting")


def _same_clause(doc: Doc, a: int, b: int, own: frozenset[int] = frozenset()) -> bool:
    """No finite verb, clause break or comma in tokens ``a``..``b`` - 1; a verb at a token of ``own`` (the killing's
    own merged triggers: «قتلوا وجرح نحو 50 آخرين في هجوم», round 262) does not break it."""
    for k in range(a, b):
        tok = doc.tokens[k]
        if clause_break(tok.text) or tok.text in ("،", ",", "؛") or (finite_verb(tok) and k not in own):
            return False
    return True


def attack_doers(doc: Doc, events: list[Event]) -> None:
    """Give an attack noun with «لـ» + a name that name as its source, and a killing in that attack its doer
    (module docstring)."""
    for ev in events:
        if ev.plover not in FORCE:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        for trig in ev.triggers:
            who = lam_doer(doc, trig, end)
            if who is not None and who != ev.target and (ev.source is None or trig == ev.trigger):
                if ev.source != who:
                    ev.source = who
                    ev.attrs["source_attack"] = "lam"
                    ev.attrs.pop("source_carried", None)
                break
    for ev in events:
        if ev.source is not None or ev.plover != "ASSAULT" or ev.attrs.get("pos") != "V":
            continue
        v = doc.token_at(ev.trigger.start)
        if v is None:
            continue
        own = frozenset(k for k in (doc.token_at(trig.start) for trig in ev.triggers) if k is not None)
        for other in events:
            span = other.attrs.get("source_span")
            phrase = other.source is None and isinstance(span, list) and bool(other.attrs.get("source_text")) \
                and not ev.attrs.get("source_span")
            if other is ev or (other.source is None and not phrase) or other.plover not in FORCE \
                    or other.sentence != ev.sentence or other.attrs.get("source_carried") \
                    or (other.source is not None and other.source == ev.target):
                continue
            t = doc.token_at(other.trigger.start)
            if t is None or not v < t <= v + REACH or not _setting(doc, t) or not _same_clause(doc, v + 1, t, own):
                continue
            if phrase and isinstance(span, list):
                # round 262: «قتلوا أمس في هجوم انتحاري نفذه مسلحون»: the attack's doer, a phrase with no name
                copy_phrase(ev, "source", other)
            else:
                ev.source = other.source
            ev.attrs["source_attack"] = "setting"
            break

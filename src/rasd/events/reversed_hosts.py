"""Round 270: «لدى استقبال X له»: X hosts, the one «له» stands for is the visitor.

«وأعرب الوزير فلان، لدى استقبال نائب الرئيس فلان، له أمس في الرياض، عن ارتياحه»: a hosting noun (CAMEO 043,
«استقبال» with «لـ/بـ/و» or none on it, no pronoun of its own) whose genitive is a named person or body, followed
within ``REACH`` tokens by «له/لها/لهم/لهما» (past the genitive's title, a comma, a time), is the genitive's
hosting of the one the pronoun stands for — the sentence's subject the event took as its source (an occasion
clause's act is read as the subject's). Where the event's source is named before the trigger and its target inside
the genitive phrase before «له», the two are swapped: the genitive hosts (source), the subject is the visitor
(target).

Nothing where no «له» follows («لدى استقباله فلانا», «خلال استقبال الوزير لنظيره»: the subject hosts; the «لـ» on
a noun is the object of the masdar), or where a clause break other than a comma stands between.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .word_tests import clause_break, enclitic

HOSTING = "043"  # CAMEO: host a visit
HOST_NOUN = nkey("استقبال")
PROCLITICS = ("و", "ب", "ل", "وب", "ول")
TO_PRONOUNS = fw_keys("lam_object_pronouns")
REACH = 12  # tokens from the trigger to «له»
ACTORS = ("PERSON", "ORGANIZATION")


def _host_noun(doc: Doc, k: int) -> bool:
    key = doc.tokens[k].norm_key
    return key == HOST_NOUN or any(key == p + HOST_NOUN for p in PROCLITICS)


def _pronoun_after(doc: Doc, k: int, end: int) -> int | None:
    """The token of «له» within ``REACH`` after token ``k``, before ``end`` and any break but a comma."""
    for t in range(k + 1, min(len(doc.tokens), k + 1 + REACH)):
        tok = doc.tokens[t]
        if tok.start >= end or clause_break(tok.text):
            return None
        if tok.norm_key in TO_PRONOUNS:
            return t
    return None


def reversed_hosts(doc: Doc, events: list[Event]) -> None:
    """Swap the parties of «لدى استقبال X له» (module docstring)."""
    for ev in events:
        if ev.code != HOSTING or ev.attrs.get("pos") != "N" or ev.source is None or ev.target is None:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not _host_noun(doc, k) or enclitic(doc.tokens[k]):
            continue
        t = _pronoun_after(doc, k, ev.sentence.end)
        if t is None:
            continue
        host = doc.entity(ev.target)
        guest = doc.entity(ev.source)
        if host is None or guest is None or host.type not in ACTORS:
            continue
        if not any(ev.trigger.end <= m.start and m.end <= doc.tokens[t].start for m in host.mentions):
            continue  # (the target is not named in the genitive phrase before «له»)
        if not any(ev.sentence.start <= m.start and m.end <= ev.trigger.start for m in guest.mentions):
            continue  # (the source is not the subject named before the trigger)
        ev.source, ev.target = host.id, guest.id
        src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
        ev.attrs["source_span"], ev.attrs["target_span"] = tgt, src
        ev.attrs.pop("source_text", None)
        ev.attrs.pop("target_text", None)
        ev.attrs["host_reversed"] = True

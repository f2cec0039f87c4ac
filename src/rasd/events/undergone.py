"""Round 193: the parties of an act of force that someone undergoes: «تعرضت مواقع الحزب لغارات من الجيش».

An act of force (CAMEO 17 to 20) whose noun trigger bears «لـ» («لغارات»), or follows a word in «لـ» («لعشرات
الغارات»), after a verb of undergoing (function words ``undergoing_verbs``: «تعرض», «تعرضت») a few words before it
in its clause, with no target of its own, has as its target the one who undergoes it: the first party named between
the verb and the act («تعرض مقر الحزب لغارات»: the party in the genitive), or, where the verb follows a relative
(«أهداف للحزب التي تعرضت لغارات»), the party named right before the relative. With no source of its own it has as
its source the party named right after «من» or «من قبل» after the trigger («لهجوم من تنظيم داعش»). Nothing where
the verb is not found, a comma or a clause break stands between, or the two would be one.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, fw_keys, nkey
from .word_tests import entity_at, entity_within

REACH = 6  # tokens from the «لـ» word back to the verb of undergoing
FORCE = ("17", "18", "19", "20")
RELATIVES = frozenset(nkey(w) for w in ("التي", "الذي", "اللتي", "الذين"))


def _verb(doc: Doc, lam: int) -> int | None:
    verbs = fw_keys("undergoing_verbs")
    for v in range(lam - 1, max(-1, lam - 1 - REACH), -1):
        text = doc.tokens[v].text
        if text in ("،", ",", ".", ":", "؛") or text in fw("clause_breaks"):
            return None
        if bare(nkey(text), "undergoing_verbs") in verbs:
            return v
    return None


def _undergoer(doc: Doc, v: int, lam: int) -> Entity | None:
    for t in range(v + 1, lam):
        ent = entity_within(doc, t)
        if ent is not None:
            return ent
    if v - 2 >= 0 and nkey(doc.tokens[v - 1].text) in RELATIVES and lam == v + 1:
        b = v - 2
        while b >= 0 and doc.tokens[b].text in ("«", "»", '"', "،", ","):
            b -= 1
        return entity_at(doc, b) if b >= 0 else None
    return None


def _agent(doc: Doc, k: int, end: int) -> Entity | None:
    n = k + 1
    if n < end and nkey(doc.tokens[n].text) == nkey("من"):
        n += 1
        if n < end and nkey(doc.tokens[n].text) == nkey("قبل"):
            n += 1
        while n < end and doc.tokens[n].text in ("«", '"'):
            n += 1
        ent = entity_within(doc, n) if n < end else None
        return ent if ent is not None and ent.type in ("PERSON", "ORGANIZATION") else None
    return None


def undergone_parties(doc: Doc, events: list[Event]) -> None:
    """Give an act of force undergone its target and its agent (module docstring)."""
    for ev in events:
        if not ev.code.startswith(FORCE) or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2:
            continue
        if nkey(doc.tokens[k].text).startswith("ل"):
            lam = k
        elif nkey(doc.tokens[k - 1].text).startswith("ل") and len(nkey(doc.tokens[k - 1].text)) > 3:
            lam = k - 1  # («لعشرات الغارات», «لسلسلة غارات»)
        else:
            continue
        v = _verb(doc, lam)
        if v is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if ev.target is None and not ev.attrs.get("target_span"):
            who = _undergoer(doc, v, lam)
            if who is not None and who.id != ev.source:
                ev.target = who.id
                ev.attrs.pop("target_text", None)
                ev.attrs["target_undergoer"] = True
        if ev.source is None and not ev.attrs.get("source_span"):
            doer = _agent(doc, doc.token_at(ev.trigger.end - 1) or k, min(end, len(doc.tokens)))
            if doer is not None and doer.id != ev.target:
                ev.source = doer.id
                ev.attrs.pop("source_text", None)

"""Round 104 of real news: «الذي كان قد أعلن زعيما جديدا للحركة»: the unvocalised perfect «أعلن» right before an
indefinite accusative noun of a role (function words ``announced_roles``: «زعيما», «رئيسا», «أميرا») is the passive
«أُعلن» with its predicate noun: the one named leader is whom the announcement is of, not who announced it (the
active «أعلن فلان زعيما» has its subject between). The statement keeps no source; the person is its target."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, keys_of, nkey

VERBS = frozenset(nkey(w) for w in ("أعلن", "وأعلن"))


def announced_roles(doc: Doc, events: list[Event]) -> None:
    """Make, in place, the person a passive «أعلن» + role noun names the target of the statement (see the module)."""
    for ev in events:
        if ev.code != "010" or ev.source is None or ev.attrs.get("pos") != "V":
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t + 1 >= len(doc.tokens) or doc.tokens[t].norm_key not in VERBS:
            continue
        if keys_of(doc.tokens[t + 1]).isdisjoint(fw("announced_roles")):
            continue
        if ev.target is None:
            ev.target = ev.source
        ev.source = None
        for key in ("source_span", "source_text", "source_carried"):
            ev.attrs.pop(key, None)


__all__ = ["announced_roles"]

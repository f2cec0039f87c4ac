"""Round 165: the one invited to visit does the visit. «أن الائتلاف تلقى دعوة من الخارجية الروسية لزيارة موسكو»,
«وتلقى الرئيس دعوة لزيارة باريس»: a visit (CAMEO 042, 043) with no source whose trigger bears a glued «لـ», with an
invitation noun (function words ``invitations``) a few words before it and a verb of receiving
(``receiving_verbs``, as for visits.invitee, which reads only a subject after the verb) right before that noun or before its subject, is made by the receiver: the entity named right
before the verb (its fronted subject) or right after it (its subject). The one who invites («من الخارجية الروسية»)
is no visitor; nothing where no entity receives.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import fw, keys_of, nkey
from .source_set import name_party
from .word_tests import clause_break, entity_at

BACK = 7  # tokens from the visit back to the invitation noun
VISITS = ("042", "043")


def _receiver(doc: Doc, noun: int) -> Entity | None:
    """The receiver of the invitation noun at token ``noun``: the subject around the verb of receiving before it."""
    verbs = fw("receiving_verbs")
    for v in range(noun - 1, max(-1, noun - 6), -1):
        key = doc.tokens[v].norm_key
        if key in verbs or key[:1] in ("و", "ف") and key[1:] in verbs:
            if v + 1 < noun:
                after = entity_at(doc, v + 1)
                if after is not None:
                    return after
            return entity_at(doc, v - 1) if v > 0 else None
        if clause_break(doc.tokens[v].text):
            return None
    return None


def invited_visitors(doc: Doc, events: list[Event]) -> None:
    """Give a visit one was invited to its visitor (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.code not in VISITS:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not any(w.kind == "proclitic" and nkey(w.form) == "ل" for w in doc.tokens[k].words):
            continue
        for n in range(k - 1, max(-1, k - BACK), -1):
            if clause_break(doc.tokens[n].text):
                break
            if keys_of(doc.tokens[n]).isdisjoint(fw("invitations")):
                continue
            ent = _receiver(doc, n)
            if ent is not None and ent.id != ev.target:
                name_party(ev, "source", ent.id)
            break

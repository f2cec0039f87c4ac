"""Round 244: the doer of an act named in a rank. «وتحتل إيران المرتبة الأولى في العالم في إعدام المراهقين»,
«تصدرت الصين المركز الأول في تنفيذ أحكام الإعدام»: a noun act with no source, governed by «في», in a clause whose
verb of ranking (function words ``ranking_verbs``: «تحتل», «تصدرت», «جاءت») has a named subject right after it and
a rank noun (``rank_nouns``: «المرتبة», «المركز») after that subject, is done by that subject: who ranks first in
executions executes. Nothing where a clause break or another verb's event stands between, where the subject is no
body or country, or where it is the act's target."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw_keys
from .source_set import name_party
from .word_tests import clause_stop, entity_within, verb_key

RANK_REACH = 24  # tokens from the act back to the verb of ranking
NOUN_REACH = 4  # tokens from the ranking verb to its rank noun (the subject's name between)


def _ranked_subject(doc: Doc, t: int, lo: int) -> str | None:
    """The entity ranked by the clause the noun act at token ``t`` closes, or None."""
    toks = doc.tokens
    for k in range(t - 1, max(lo, t - RANK_REACH) - 1, -1):
        if clause_stop(toks[k].text):
            return None
        if verb_key(toks[k].text) not in fw_keys("ranking_verbs"):
            continue
        ent = entity_within(doc, k + 1) if k + 1 < t else None
        if ent is None or not (ent.type in PLACES or ent.type == "ORGANIZATION"):
            return None
        ranks = fw_keys("rank_nouns")
        if any(toks[u].norm_key.removeprefix("و") in ranks for u in range(k + 2, min(t, k + 2 + NOUN_REACH))):
            return ent.id
        return None
    return None


def ranked_doers(doc: Doc, events: list[Event]) -> None:
    """Give a noun act in «في» after a rank its ranked subject as source (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N" or ev.attrs.get("source_span") is not None:
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t < 1 or doc.tokens[t - 1].norm_key != "في":
            continue
        doer = _ranked_subject(doc, t - 1, doc.token_at(ev.sentence.start) or 0)
        if doer is None or doer == ev.target or _verb_between(doc, events, doer, ev):
            continue
        name_party(ev, "source", doer)


def _verb_between(doc: Doc, events: list[Event], doer: str, ev: Event) -> bool:
    """Another verb's event stands between the subject's last mention before the act and the act."""
    ent = doc.entity(doer)
    near = [m.start for m in ent.mentions if m.start < ev.trigger.start] if ent is not None else []
    if not near:
        return True
    at = max(near)
    return any(o.attrs.get("pos") == "V" and at < o.trigger.start < ev.trigger.start for o in events)

"""Round ev361: the name between a verb and «على يد» is its patient, the name after «على يد» its doer.

«كما اعتقلت زهرا خندان وفرشته طوسي وسها مرتضايي، وهن من المدافعات عن حقوق المرأة، على يد مخابرات الحرس الثوري»:
«على يد/على أيدي» (at the hands of; the ``late_agent_preps`` that open with «على») names who did the act of a verb
read passive; the person or body named between the verb and those words, which the word-order rules took as the
verb's subject (VSO), is the one the act was done to. Where a verb trigger's source is such a name, within
``REACH`` tokens before the agent words (past commas of an aside, no end of sentence, no finite verb and no other
event's trigger between), the name becomes the target (where the event has none) and the source is the actor named
in the first words after «على يد» («مخابرات الحرس الثوري»: the guard), else none.

Not for «من قبل» («before» as well as «by»), nor for a trigger with «لـ/بـ» on it (a masdar: ``hand_agents``).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey, phrase_keys
from .source_set import name_party
from .word_tests import clause_break, entity_at, finite_verb

REACH = 16  # tokens from the verb to «على يد»
AFTER = 3  # tokens after «على يد» to the doer's name
ON = nkey("على")
ACTORS = ("PERSON", "ORGANIZATION")


def _hands_at(doc: Doc, e: int, end: int) -> tuple[int, int] | None:
    """The first «على يد/على أيدي» after token ``e`` within ``REACH``: (its first token, its width)."""
    hands = [p for p in phrase_keys(fw("late_agent_preps")) if p and p[0] == ON]
    for k in range(e + 1, min(end, e + 1 + REACH)):
        for p in hands:
            if tuple(doc.tokens[n].norm_key for n in range(k, min(end, k + len(p)))) == p:
                return k, len(p)
    return None


def _doer(doc: Doc, a: int, end: int) -> str | None:
    """The actor named in the first ``AFTER`` tokens from token ``a``."""
    for n in range(a, min(end, a + AFTER)):
        ent = entity_at(doc, n)
        if ent is not None:
            return ent.id if ent.type in ACTORS else None
    return None


def hand_patients(doc: Doc, events: list[Event]) -> None:
    """Read the subject named between a verb and «على يد» as the patient (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V" or ev.source is None:
            continue
        k = doc.token_at(ev.trigger.start)
        e = doc.token_at(ev.trigger.end - 1)
        if k is None or e is None or any(w.kind == "proclitic" and w.norm in ("ل", "ب") for w in doc.tokens[k].words):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        found = _hands_at(doc, e, end)
        if found is None:
            continue
        a, width = found
        lo, hi = doc.tokens[e].end, doc.tokens[a].start
        ent = doc.entity(ev.source)
        if ent is None or not any(lo <= m.start and m.end <= hi for m in ent.mentions):
            continue
        if any(clause_break(doc.tokens[n].text) or finite_verb(doc.tokens[n]) for n in range(e + 1, a)):
            continue
        if any(o is not ev and lo <= o.trigger.start < hi for o in events):
            continue
        patient = ev.source
        doer = _doer(doc, a + width, end)
        name_party(ev, "source", doer if doer != patient else None)
        ev.attrs.pop("source_carried", None)
        if ev.target is None and not ev.attrs.get("target_span"):
            name_party(ev, "target", patient)
        ev.attrs["source_by_hand"] = True

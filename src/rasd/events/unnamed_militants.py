"""Round 150 of real news: two more ways an attack coded 190 is told as the act of militants (CAMEO 18x; the
project's convention since round 104, see :mod:`.terror_doers`).

- A killing with no doer of its own, then a word of «when» (``when_words``) in its clause and right after it a verb
  whose subject is an unnamed militant plural (``militant_doer_nouns``: «مسلحون», «متشددون», «إرهابيون»; no name
  after it: «مسلحون حوثيون» are a named movement's men): «قتل 14 ضابطا حين اقتحم مسلحون عددا من المباني». The
  killing is the gunmen's attack: 180. A state's «قوات» or «جنود» there is no militant plural (190 stays).
- An attack noun governed by «لـ» right after a masdar of planning (``planning_masdars``: «في التخطيط لهجمات»)
  whose planner is an extremist group: the last name of a body or person before the masdar in the sentence is an
  international militarised group (IMG…: «عملاء تنظيم القاعدة باليمن ... في التخطيط لهجمات»), or an extremist's
  or terrorist's word stands before it with no such name after it. Places between are passed over. 180.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, keys_of, nkey
from .word_tests import clause_stop

MILITANT_GAP = 2  # tokens from a word of «when» to the verb before the militant plural
KILL_REACH = 12  # tokens from the killing to its word of «when»
PLANNER_REACH = 20  # tokens before the masdar of planning read for its planner
EXTREMIST = ("extremist_nouns", "extremist_adjectives", "terrorist_adjectives")
PLANNED_ATTACKS = frozenset(("attack", "attack_masdar", "attack_dual", "target"))


def _mention_at(doc: Doc, t: int) -> str | None:
    """The type of the mention that starts at token ``t``, or None."""
    start = doc.tokens[t].start
    for m in doc.mentions:
        if m.start == start:
            return m.type
    return None


def _militant_plural(doc: Doc, t: int, end: int) -> bool:
    if doc.tokens[t].norm_key.removeprefix("و") not in fw("militant_doer_nouns"):
        return False
    return t + 1 >= end or _mention_at(doc, t + 1) is None and not _gentilic(doc.tokens[t + 1].text)


def _gentilic(text: str) -> bool:
    """A plural gentilic or movement adjective right after the plural («مسلحون حوثيون», «مسلحين أكراد»)."""
    key = nkey(text)
    return key.endswith(("يون", "يين")) and key not in fw("militant_doer_nouns")


def militants_when(doc: Doc, ev: Event) -> bool:
    """Whether the killing ``ev`` (190, no doer of its own) befell when unnamed militants acted (see the module)."""
    if ev.code != "190" or ev.attrs.get("trigger_id") != "kill" or ev.source is not None \
            or ev.attrs.get("source_span") is not None and not ev.attrs.get("source_when_clause"):
        return False  # (round 279: the doer phrase of the «حين» clause, «مسلحون», is the militants')
    j = doc.token_at(ev.trigger.end - 1)
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    if j is None:
        return False
    for t in range(j + 1, min(end, j + 1 + KILL_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") not in fw("when_words"):
            continue
        return any(_militant_plural(doc, k, end) for k in range(t + 2, min(end, t + 2 + MILITANT_GAP)))
    return False


def _extremist_word(doc: Doc, t: int) -> bool:
    keys = keys_of(doc.tokens[t])
    return any(not keys.isdisjoint(fw(w)) for w in EXTREMIST)


def _planner_extremist(doc: Doc, lo: int, hi: int) -> bool:
    """The planner named before token ``hi`` (from ``lo``): its last body or person, else an extremist's word."""
    start, end = doc.tokens[lo].start, doc.tokens[hi - 1].end
    named = [m for m in doc.mentions if start <= m.start < end and m.type in ("ORGANIZATION", "PERSON")]
    if named:
        last = max(named, key=lambda m: m.start)
        ent = doc.entity(last.entity) if last.entity is not None else None
        if ent is not None and (ent.actor or "").startswith("IMG"):
            return True
        after = doc.token_from(last.end)
        lo = after if after is not None else hi
    return any(_extremist_word(doc, t) for t in range(lo, hi))


def planned_by_extremists(doc: Doc, ev: Event) -> bool:
    """Whether the attack noun ``ev`` (190, no parties of its own) is planned by an extremist group (see the
    module)."""
    if ev.code != "190" or ev.attrs.get("pos") != "N" or ev.attrs.get("trigger_id") not in PLANNED_ATTACKS \
            or ev.source is not None or ev.attrs.get("source_span") is not None:
        return False
    i = doc.token_at(ev.trigger.start)
    a = doc.token_from(ev.sentence.start)
    if i is None or a is None or i < 1 or not doc.tokens[i].norm_key.startswith("ل"):
        return False
    if doc.tokens[i - 1].norm_key not in fw("planning_masdars"):
        return False
    return _planner_extremist(doc, max(a, i - 1 - PLANNER_REACH), i - 1)


__all__ = ["militants_when", "planned_by_extremists"]

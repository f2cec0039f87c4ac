"""Round ev710: the doer and the object of a masdar told as what an initiative «من X» consists in.

«المبادرة الدبلوماسية من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات»: a noun of an initiative or a step
(function words ``initiative_heads``: «مبادرة», «محاولة», «خطوة», «جهود»), with at most ``ADJECTIVES`` words after
it (its adjectives: «الدبلوماسية»), then «من» and a named party whose mention starts right after it, then right after
that mention a noun trigger in «بـ» («بدعوة»): the party after «من» is the masdar's doer (the event's source, where it
has none of its own: a phrase found before the initiative noun, the subject of the verb it hangs on, is not its own;
round tf1024: «ورحب الوزير بالمبادرة ... من السعودية بدعوة»: the minister welcomes, Saudi Arabia invites), and the named party whose mention starts right after the masdar, its object, is its target
(where it has none).

Nothing where anything else stands between the noun, «من», the party and the masdar (a verb: «محاولة من الجيش
أمس لاقتحام»), where the masdar has no «بـ», or for a party after «من» that is the masdar's own target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import fw_bare_keys, nkey, stem_key
from .source_set import name_party
from .word_tests import finite_verb

ADJECTIVES = 2  # words between the initiative noun and «من» at most


def _with_b(doc: Doc, k: int) -> bool:
    """Token ``k`` is a noun with the preposition «بـ» on it and nothing else before its stem («بدعوة»)."""
    words = doc.tokens[k].words
    return len(words) >= 2 and words[0].kind == "proclitic" and words[0].form == "ب" and words[1].kind == "stem"


def _initiator(doc: Doc, k: int) -> tuple[str, int] | None:
    """The named party of «N من X» right before the masdar at token ``k`` and the token of N (module docstring); None
    where none."""
    mi = mention_index(doc)
    held = mi.get(k - 1)
    if held is None:
        return None
    eid, _, start, _ = held
    first = next((j for j in range(k - 1, -1, -1) if doc.tokens[j].start == start), None)
    if first is None or first < 2 or stem_key(doc.tokens[first - 1], article=False, single=True, bare="") != nkey("من"):
        return None
    heads = fw_bare_keys("initiative_heads")
    for j in range(first - 2, max(first - 3 - ADJECTIVES, -1), -1):
        if j in mi or finite_verb(doc.tokens[j]):
            return None
        if stem_key(doc.tokens[j], article=False, single=True, bare="") in heads:  # «المبادرة» → «مبادره»
            return eid, j
    return None


def initiative_doers(doc: Doc, events: list[Event]) -> None:
    """Give a masdar in «بـ» after «N من X» its doer X and the party right after it as its target (docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k != doc.token_at(ev.trigger.end - 1) or not _with_b(doc, k):
            continue
        found = _initiator(doc, k)
        if found is None or found[0] == ev.target:
            continue
        eid, head = found
        held = ev.attrs.get("source_span")
        if ev.source is None and (not held or (isinstance(held, list) and int(held[1]) <= doc.tokens[head].start)):
            name_party(ev, "source", eid)
            ev.attrs["source_initiative"] = True
        after = mention_index(doc).get(k + 1)
        if ev.target is None and after is not None and after[2] == doc.tokens[k + 1].start and after[0] != ev.source:
            name_party(ev, "target", after[0])

"""Round 285: «وفور وصول الرئيس سيستقبلهم»: the one whose arrival opens the clause is the verb's subject.

A verb with no subject of its own right after «فور/بعد/عقب/لدى/عند/حال» + a noun of arriving or returning
(«وصول», «عودة», «وصوله» excluded: a pronoun names no one) + the one who arrives: that one does the verb (receives
the guests). A named person or body is the source; an unnamed definite title («الرئيس») is the source phrase, in
place of a speaker carried from before («وأضاف أنه ...، وفور وصول الرئيس سيستقبلهم»: not the one who tells it).
Nothing where a name stands right after the verb (its own subject) or the arriving one is not right before it.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import nkey
from .source_set import set_party

LEADS = frozenset(nkey(w) for w in (
    "فور", "بعد", "عقب", "لدى", "عند", "حال", "وفور", "وبعد", "وعقب", "ولدى", "وعند", "وحال"))
ARRIVALS = frozenset(("وصول", "عوده", "قدوم"))  # keys of the nouns of arriving («عودة» folds to «عوده»)
NAME_REACH = 6  # tokens of the arriving one's name


def arriving_one(doc: Doc, i: int, a: int) -> tuple[str | None, int, int] | None:
    """(entity or None, first token, last token) of the one whose arrival the words right before token ``i``
    tell (from token ``a``)."""
    toks = doc.tokens
    index = mention_index(doc)
    for m in range(max(a + 1, i - 1 - NAME_REACH), i - 1):
        if toks[m].norm_key not in ARRIVALS or toks[m - 1].norm_key not in LEADS:
            continue
        hit = index.get(m + 1)
        if hit is not None and doc.token_at(hit[2]) == m + 1:
            last = doc.token_at(hit[3] - 1)
            if last == i - 1:
                return hit[0], m + 1, i - 1
        elif m + 2 == i and toks[m + 1].norm_key.startswith("ال"):
            return None, m + 1, m + 1  # «وصول الرئيس»: a title, unnamed
        return None
    return None


def arrival_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb right after «فور وصول X» that X as its source (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        i = doc.token_at(ev.trigger.start)
        a = doc.token_from(ev.sentence.start)
        if i is None or a is None or i + 1 >= len(doc.tokens) or i + 1 in mention_index(doc) \
                or doc.tokens[i + 1].norm_key.startswith("ال"):
            continue  # (a subject of its own after the verb: «استقبله الرئيس فلان»)
        found = arriving_one(doc, i, a)
        if found is None:
            continue
        eid, first, last = found
        if eid is not None and eid == ev.target:
            continue
        span = doc.tokens[first].start, doc.tokens[last].end
        if ev.source is not None and ev.source == eid:
            continue
        set_party(ev, "source", eid, doc.text, span[0], span[1])
        ev.attrs["source_arrival"] = True

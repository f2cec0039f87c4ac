"""Round 141: the place of an act told «in these raids» (see ``where_told.told_places``), narrow: a null is better
than a wrong place.

- «ينفذ الطيران غارات على مواقع في جبال شمال العراق ... وقتل 260 مقاتلا في هذه الغارات»: an act with no place of
  its own, followed in its clause by «في» + a demonstrative (function words ``attack_demonstratives``) + a noun,
  is where the last act before it of that noun (a trigger of the same word, in its sentence or the two before)
  was, or where the last mention of that noun, not made an event, is placed in its clause (``these_places``)."""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, fw, nkey, plain_key
from .lexicon import VERBAL_CODES
from .word_tests import clause_stop

THESE_REACH = 12  # tokens from the act to «في هذه الغارات» («قتل ما لا يقل عن 260 مقاتلا وأصيب 400 في هذه»)
NOUN_REACH = 10  # tokens from the noun to its place («غارات مكثفة على مواقع للمتمردين في جبال شمال العراق»)
SENTENCES_BACK = 2  # sentences before the act's own where the act named may be told


def _these_noun(doc: Doc, ev: Event) -> str | None:
    """The noun after «في هذه/تلك» in the clause after the trigger of ``ev`` (its bare key), None if there is none."""
    k = doc.token_at(ev.trigger.end - 1)
    if k is None:
        return None
    for t in range(k + 1, min(len(doc.tokens) - 2, k + 1 + THESE_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text) or doc.tokens[t].start >= ev.sentence.end:
            return None
        if nkey(text).removeprefix("و") == "في" and doc.tokens[t + 1].norm_key in fw("attack_demonstratives"):
            return plain_key(nkey(doc.tokens[t + 2].text))
    return None


def these_places(doc: Doc, events: list[Event]) -> None:
    """An act with no place (not a saying), followed by «في هذه X», takes the place of the last act before it whose
    trigger is the word X (``_these_noun``), told in its sentence or the ``SENTENCES_BACK`` before."""
    starts = [s.start for s in doc.sentences]
    for ev in events:
        if ev.location is not None or ev.code[:2] in VERBAL_CODES:
            continue
        noun = _these_noun(doc, ev)
        if noun is None:
            continue
        s = max((n for n, st in enumerate(starts) if st <= ev.trigger.start), default=0)
        lo = starts[max(0, s - SENTENCES_BACK)]
        named = [o for o in events if lo <= o.trigger.start < ev.trigger.start
                 and any(plain_key(nkey(w)) == noun for w in doc.text[o.trigger.start:o.trigger.end].split())]
        if named:
            ev.location = max(named, key=lambda o: o.trigger.start).location
        else:
            ev.location = _noun_place(doc, noun, lo, ev.trigger.start)


def _noun_place(doc: Doc, noun: str, lo: int, hi: int) -> str | None:
    """The place of the last mention of the noun ``noun`` (not an event) between offsets lo and hi: the first place
    named after it in its clause past a «في» («غارات مكثفة على مواقع للمتمردين في جبال شمال العراق»)."""
    spots = {doc.token_at(m.start): e.id for e in doc.entities if e.type in PLACES for m in e.mentions}
    toks = doc.tokens
    last = max((t for t, tok in enumerate(toks) if lo <= tok.start < hi and plain_key(nkey(tok.text)) == noun), default=None)
    if last is None:
        return None
    seen_fi = False
    for t in range(last + 1, min(len(toks), last + 1 + NOUN_REACH)):
        if clause_stop(toks[t].text) or toks[t].start >= hi:
            return None
        seen_fi = seen_fi or toks[t].norm_key.removeprefix("و") == "في"
        if t in spots:
            return spots[t] if seen_fi else None
    return None

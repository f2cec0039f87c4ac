"""Round 161: a subject told before a clause of time is the subject of the verb in it. «وكانت حركة طالبان بعد أن
أكدت وفاة زعيمها، أعلنت تعيين خلف له»: a verb right after «بعد أن / قبل أن» (or «بعدما», «عندما», «حين») whose
source the argument rules left unnamed (they read the phrase after the verb, «وفاة زعيمها», its object) is done by
the entity named right before «بعد», where that entity opens its sentence or follows «كان» and its kind (function
words ``auxiliaries``): the fronted subject of the whole sentence. Nothing where the verb has a named source of its
own, where no entity stands right before the clause («وقال الوزير إنه بعد أن أكدت ...»), or where that entity is
the event's target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import bare, fw, fw_keys, nkey
from .word_tests import mention_holding

CLOSING = ("»", '"')


def _time_clause_start(doc: Doc, k: int) -> int | None:
    """The token that opens the clause of time right before the verb at token ``k``, or None."""
    if k >= 1 and nkey(doc.tokens[k - 1].text).removeprefix("و") in fw_keys("when_clause_words"):
        return k - 1
    if k >= 2 and nkey(doc.tokens[k - 1].text) == nkey("أن") and nkey(doc.tokens[k - 2].text).removeprefix("و") in (
            "بعد", "قبل"):
        return k - 2
    return None


def _sentence_opening(doc: Doc, t: int) -> bool:
    """Token ``t`` opens its sentence, or follows an auxiliary («وكانت») that does."""
    if t == 0 or doc.tokens[t - 1].text in fw("clause_breaks"):
        return True
    aux = bare(nkey(doc.tokens[t - 1].text).removeprefix("و"), "auxiliaries")
    return aux in fw("auxiliaries") and (t - 1 == 0 or doc.tokens[t - 2].text in fw("clause_breaks"))


def fronted_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb in a clause of time the subject fronted before the clause (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        c = _time_clause_start(doc, k) if k is not None else None
        if c is None or c == 0:
            continue
        e = c - 1
        while e > 0 and doc.tokens[e].text in CLOSING:
            e -= 1
        m = mention_holding(doc, e)
        if m is None or m.entity is None or m.entity == ev.target or m.end > doc.tokens[e].end:
            continue
        first = doc.token_at(m.start)
        if first is None or not _sentence_opening(doc, first if doc.tokens[first].start == m.start else first + 1):
            continue
        ev.source = m.entity
        ev.attrs.pop("source_text", None)
        ev.attrs.pop("source_span", None)

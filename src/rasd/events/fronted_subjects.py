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
from .source_set import name_party
from .word_tests import clause_break, clause_stop, mention_holding

CLOSING = ("»", '"')


def _time_clause_start(doc: Doc, k: int) -> int | None:
    """The token that opens the clause of time right before the verb at token ``k``, or None."""
    if k >= 1 and doc.tokens[k - 1].norm_key.removeprefix("و") in fw_keys("when_clause_words"):
        return k - 1
    if k >= 2 and doc.tokens[k - 1].norm_key == nkey("أن") and doc.tokens[k - 2].norm_key.removeprefix("و") in (
            "بعد", "قبل"):
        return k - 2
    return None


def _sentence_opening(doc: Doc, t: int) -> bool:
    """Token ``t`` opens its sentence, or follows an auxiliary («وكانت») that does."""
    if t == 0 or clause_break(doc.tokens[t - 1].text):
        return True
    aux = bare(doc.tokens[t - 1].norm_key.removeprefix("و"), "auxiliaries")
    return aux in fw("auxiliaries") and (t - 1 == 0 or clause_break(doc.tokens[t - 2].text))


CLAUSE_WINDOW = 24  # words from the verb after the comma back to the opener of the clause of time it closes


def _closed_clause_start(doc: Doc, k: int) -> int | None:
    """Round 244: the opener of a clause of time that a comma right before the verb at token ``k`` closes («بعد أن
    أكدت وفاة زعيمها قبل عامين، أعلنت»), with no other comma or break inside it; None where there is none."""
    if k < 3 or doc.tokens[k - 1].text not in ("،", ","):
        return None
    for t in range(k - 2, max(0, k - CLAUSE_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return None
        opener = _time_clause_start(doc, t + 1) if t + 1 < k - 1 else None
        if opener is not None and opener == t - 1 and tok.norm_key == nkey("أن"):
            return opener  # («بعد أن»: the two words)
        if opener is not None and opener == t:
            return opener
    return None


def fronted_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb in a clause of time the subject fronted before the clause (module docstring), and the main verb
    right after the comma that closes that clause the same subject (round 244), in place of a phrase read after it
    («وكانت حركة طالبان بعد أن أكدت ...، أعلنت الجمعة تعيين الملا منصور»: the movement announces)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        closed = _closed_clause_start(doc, k) if k is not None else None
        if closed is None and ev.source is not None:
            continue
        if closed is not None and ev.source is not None and not _after(ev):
            continue
        c = closed if closed is not None else _time_clause_start(doc, k) if k is not None else None
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
        name_party(ev, "source", m.entity)


def _after(ev: Event) -> bool:
    """The event's source is a phrase read after its trigger (its span starts past the trigger's end)."""
    span = ev.attrs.get("source_span")
    return isinstance(span, list) and bool(span) and isinstance(span[0], int) and span[0] >= ev.trigger.end

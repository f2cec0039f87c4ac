"""Round 285: the subject of a relative clause is no subject of the main clause's next verb.

«فهم الملك فهد التهديد الذي مثله صدام حسين آنذاك ولم يتردد في إعلان التزام بلاده»: «صدام حسين» is the subject
of the relative clause «الذي مثله» (a verb right after the relative pronoun); the verb after «و» past it («ولم
يتردد») goes back to the main clause, whose subject is the king. A noun act governed by that verb («في إعلان»)
whose source came out as the relative clause's subject takes the main clause's named subject instead: the one
person or body named before the relative pronoun, right after the sentence's opening verb (past a title), else
none. «الذي مثله صدام حسين في إعلانه» (no «و» + verb between) is left alone.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import fw
from .word_tests import finite_verb

VERB_GAP = 2  # words between the relative clause's subject and the «و» of the main clause's verb («آنذاك»)
ACT_GAP = 3  # tokens from that verb to the noun act it governs («يتردد في إعلان»)
ACTORS = ("PERSON", "ORGANIZATION")


def _mention_bounds(doc: Doc, eid: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first and last token of the last mention of ``eid`` that starts in tokens lo..hi-1."""
    index = mention_index(doc)
    found: tuple[int, int] | None = None
    k = lo
    while k < hi:
        hit = index.get(k)
        if hit is not None and hit[0] == eid and doc.token_at(hit[2]) == k:
            last = doc.token_at(hit[3] - 1)
            found = (k, last if last is not None else k)
        k += 1
    return found


def _main_subject(doc: Doc, a: int, rel: int) -> str | None:
    """The entity named right after the sentence's (or its quotation's) opening verb (past «لقد/قد», a title word), before token
    ``rel`` (the relative pronoun), the only mention of a person or body there."""
    index = mention_index(doc)
    a = max([a] + [k + 1 for k in range(a, rel) if doc.tokens[k].text in ("«", ":", '"')])  # («وأضاف: «لقد فهم»)
    named = {index[k][0] for k in range(a, rel) if k in index and index[k][1] in ACTORS}
    if len(named) != 1:
        return None
    eid = next(iter(named))
    k = a
    while k < rel and doc.tokens[k].norm_key in ("لقد", "قد", "وقد"):
        k += 1
    if k + 1 >= rel or not finite_verb(doc.tokens[k]) and k in index:
        return None
    n = k + 1
    if n not in index and doc.tokens[n].norm_key.startswith("ال"):
        n += 1  # past a title: «فهم الملك فهد»
    hit = index.get(n)
    return eid if hit is not None and hit[0] == eid else None


def inner_subjects(doc: Doc, events: list[Event]) -> None:
    """Move a noun act's source off a relative clause's subject (module docstring)."""
    toks = doc.tokens
    for ev in events:
        if ev.source is None or ev.attrs.get("pos") != "N":
            continue
        i = doc.token_at(ev.trigger.start)
        a = doc.token_from(ev.sentence.start)
        if i is None or a is None:
            continue
        bounds = _mention_bounds(doc, ev.source, a, i)
        if bounds is None or bounds[0] - 2 < a:
            continue
        s, e = bounds
        rel = s - 2
        if toks[rel].norm_key not in fw("relatives"):
            continue
        v = next((k for k in range(e + 1, min(i, e + 2 + VERB_GAP)) if toks[k].norm_key.startswith("و")), None)
        if v is None or i - v > ACT_GAP + 1:
            continue
        key = toks[v].norm_key
        if not (key[1:] in fw("negations") or finite_verb(toks[v]) or key[1:2] in ("ي", "ت")):
            continue
        ev.source = _main_subject(doc, a, rel)
        ev.attrs["source_main_clause"] = True
        for k in ("source_span", "source_text"):
            ev.attrs.pop(k, None)

"""Round 285: «ونسبت الوكالة إلى حفتر قوله، لدى اجتماعه أمس، مع ...»: the man quoted owns the noun act's «ـه».

A noun act with a masculine pronoun («اجتماعه», «لقائه», «زيارته») and no source, in a sentence that quotes a man
named right before «قوله» («نقلت الوكالة عن فلان قوله», «نسبت إلى فلان قوله») before the act: the pronoun stands
for the man quoted, who met or visited. Not a woman named there, nor a «ـها» («اجتماعها»: the agency's).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .source_set import name_party
from .word_tests import enclitic

SAYING = frozenset(("قوله",))  # keys of «his saying» after the man quoted


def quoted_man(doc: Doc, a: int, i: int) -> str | None:
    """The person named right before «قوله» in tokens a..i-1 (the last such), where he is no woman."""
    index = mention_index(doc)
    found: str | None = None
    for k in range(a + 1, i):
        if doc.tokens[k].norm_key not in SAYING:
            continue
        hit = index.get(k - 1)
        if hit is None or hit[1] != "PERSON":
            continue
        ent = doc.entity(hit[0])
        if ent is not None and ent.attrs.get("gender") != "f":
            found = ent.id
    return found


def quoted_owners(doc: Doc, events: list[Event]) -> None:
    """Give a noun act with «ـه» and no source the man quoted before it in its sentence (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") or ev.attrs.get("pos") != "N":
            continue
        i = doc.token_at(ev.trigger.end - 1)
        a = doc.token_from(ev.sentence.start)
        if i is None or a is None or enclitic(doc.tokens[i]) != "ه":
            continue
        eid = quoted_man(doc, a, i)
        if eid is None or eid == ev.target:
            continue
        name_party(ev, "source", eid)
        ev.attrs["source_quoted_owner"] = True

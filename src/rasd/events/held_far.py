"""Round 285: «أجرى الأمير فلان، ولي العهد ... وزير الدفاع، مباحثات مع»: the holder named far before a noun act.

A sentence (or a clause after «و») that opens with a verb of holding or doing (function words ``holding_verbs``,
``light_verbs``, ``force_light_verbs``; not one of receiving, ``receiving_verbs``), then a named person, body or
state right after it (past one title word, «الأمير»), then only that name's titles up to a comma, and then the noun act right after the comma: the
one named holds the talks or does the act. Nothing where a preposition, a verb, a quotation or another comma
stands in the titles («أجرى الوزير فلان في الرياض، مباحثات» is read by the other rules), or the act already has a
source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import mention_index
from .forms import fw, fw_keys, nkey
from .source_set import name_party
from .word_tests import finite_verb

REACH = 20  # tokens from the verb of holding to the comma before the noun act
ACTORS = ("PERSON", "ORGANIZATION", "LOCATION")  # what may hold talks or do an act (a state is a location here)


def _holding(key: str) -> bool:
    verb = key.removeprefix("و").removeprefix("ف") if key[:1] in ("و", "ف") and len(key) > 3 else key
    if verb in fw_keys("receiving_verbs"):
        return False
    return verb in fw_keys("holding_verbs") or verb in fw_keys("light_verbs") or verb in fw_keys("force_light_verbs")


def far_holder(doc: Doc, i: int, a: int) -> str | None:
    """The entity that a verb of holding opening the clause names right after it, where only its titles and a
    comma stand between that name and the noun act at token ``i`` (the sentence from token ``a``)."""
    toks = doc.tokens
    comma = i - 1
    if comma <= a or toks[comma].text not in ("،", ","):
        return None
    index = mention_index(doc)
    for v in range(comma - 2, max(a, comma - REACH) - 1, -1):
        text = toks[v].text
        if text in ("،", ",", "«", "»", ":", "؛") or (v < comma - 1 and finite_verb(toks[v]) and not _holding(nkey(text))):
            return None
        if nkey(text).removeprefix("و") in fw("prepositions"):
            return None
        if not _holding(nkey(text)):
            continue
        if v != a and not nkey(text).startswith("و") and toks[v - 1].text not in ("،", ","):
            return None  # (the verb opens its sentence or a clause)
        n = v + 1
        if n not in index and toks[n].norm_key.startswith("ال") and n + 1 < comma:
            n += 1  # past a title before the name: «أجرى الأمير فلان»
        hit = index.get(n)
        if hit is None or hit[1] not in ACTORS or doc.token_at(hit[2]) != n:
            return None
        return hit[0]
    return None


def far_holders(doc: Doc, events: list[Event]) -> None:
    """Give a noun act right after a comma the holder the clause's verb of holding names (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") or ev.attrs.get("pos") != "N":
            continue
        i = doc.token_at(ev.trigger.start)
        a = doc.token_from(ev.sentence.start)
        if i is None or a is None:
            continue
        eid = far_holder(doc, i, a)
        if eid is None or eid == ev.target:
            continue
        name_party(ev, "source", eid)
        ev.attrs["source_far_holder"] = True

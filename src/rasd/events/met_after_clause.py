"""Round ar427: the one met by a meeting verb that goes on from a visit or meeting told before it.

«وزار الوزير الجزائر، والتقى الرئيس الجزائري عبد العزيز بوتفليقة»: a verb of meeting or hosting (CAMEO 04) after
«و», whose source is the person named right after it (past a title) and who has no target (or only a «و» conjunct:
«، وثلة من كبار مساعديه»), goes on with the subject of the verb of visiting or meeting (04) that comes before it in
its clause: that subject meets, and the person after the verb is the one met. Not where that verb's subject is the
same person, nor past a clause boundary («أن/إن», end punctuation), nor where the meeting has a «بـ/مع» party of its
own («والتقى الرئيس فلان بالوفد»: a target, the person meets).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunk_type import chunk_flags
from .source_set import copy_phrase, name_party, unsourced
from .word_tests import breaks_between

TITLE_GAP = 4  # tokens from the verb to the person's name («والتقى | الرئيس الجزائري | عبد العزيز بوتفليقة»)


def _named_after(doc: Doc, ev: Event, v: int) -> bool:
    """Whether the source of ``ev`` is a person named right after its verb at token ``v``, past a title."""
    ent = doc.entity(ev.source)
    if ent is None or ent.type != "PERSON" or v + 1 >= len(doc.tokens):
        return False
    starts = [doc.token_at(m.start) for m in ent.mentions]
    first = doc.tokens[v + 1]
    return any(k is not None and (k == v + 1 or v + 1 < k <= v + TITLE_GAP and chunk_flags(first.text, False)[0])
               for k in starts)


def met_after_clause(doc: Doc, events: list[Event]) -> None:
    """Give a «و» meeting verb going on from a visit or meeting before it that one's subject, the person named after
    it as the one met (module docstring)."""
    for ev in events:
        if not ev.code.startswith("04") or ev.attrs.get("pos") != "V" or unsourced(ev) or ev.target is not None:
            continue
        phrase = ev.attrs.get("target_text")
        if phrase and not str(phrase).startswith("و"):
            continue  # («بالوفد», «مع الوفد»: a party of its own)
        v = doc.token_at(ev.trigger.start)
        if v is None or doc.tokens[v].norm_key[:1] != "و" or not _named_after(doc, ev, v):
            continue
        before = [o for o in events if o is not ev and o.sentence == ev.sentence and o.code.startswith("04")
                  and o.attrs.get("pos") == "V" and o.trigger.end <= ev.trigger.start]
        if not before:
            continue
        prev = max(before, key=lambda o: o.trigger.start)
        p = doc.token_at(prev.trigger.start)
        if p is None or breaks_between(doc, p + 1, v) or prev.source == ev.source:
            continue
        if prev.source is None and not isinstance(prev.attrs.get("source_span"), list):
            continue
        met = ev.source
        name_party(ev, "target", met)
        if prev.source is not None:
            name_party(ev, "source", prev.source)
        else:
            name_party(ev, "source", None)
            copy_phrase(ev, "source", prev)

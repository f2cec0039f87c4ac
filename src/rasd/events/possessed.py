"""The owner of a masdar's pronoun told as the object of a statement: the one who states it.

«أعلن تنظيم داعش، عبر حسابات تابعة له، سيطرته الكاملة على المدينة»: a noun trigger with a possessive pronoun
(«سيطرته», «انسحابها»), with no source of its own, that is the object of a verb of statement before it in its sentence
(CAMEO 010 announce, 013 an optimistic comment, 015 acknowledge, 016 deny), with only that verb's subject,
adverbials and commas between (no complementizer, no other finite verb, no end of a clause), has the statement's
named source as its own where the pronoun agrees with it: «ـه» a person or a body with a masculine head
(«تنظيم داعش»), «ـها» a state or a body with a feminine head («الحكومة السورية»). A condemnation or a criticism
(«أدان الوزير هجومه») is not among the verbs: its object's pronoun is another's. Round 181: so too a masdar
right after the statement's «أن/إن» («أكد فلان أن وصوله إلى المطار لم يكن مفاجئا»: the subject of the clause told).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import PLACES, bare, fw, nkey
from .word_tests import clause_break, finite_verb

STATING = ("010", "013", "015", "016")
REACH = 14  # tokens from the statement verb to its object
FEMININE_HEAD = "ه"  # (folded: «ة» is «ه»)
THAT = frozenset(nkey(w) for w in ("أن", "إن", "أنّ", "إنّ"))


def _pronoun(doc: Doc, t: int) -> str:
    words = doc.tokens[t].words
    last = words[-1] if len(words) > 1 else None
    return last.norm if last is not None and last.kind == "enclitic" and last.norm in ("ه", "ها") else ""


def _agrees(doc: Doc, pron: str, eid: str) -> bool:
    ent = doc.entity(eid)
    if ent is None or not ent.name.split():
        return False
    head = nkey(ent.name.split()[0]).removeprefix("ال")
    if pron == "ه":
        return ent.type == "PERSON" or (ent.type == "ORGANIZATION" and not head.endswith(FEMININE_HEAD))
    return ent.type in PLACES or (ent.type == "ORGANIZATION" and head.endswith(FEMININE_HEAD))


def _object_of(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first``..``last`` - 1 hold no complementizer, finite verb or end of a clause."""
    for k in range(first, last):
        tok = doc.tokens[k]
        key = tok.norm_key
        if clause_break(tok.text) or bare(key, "complementizers") in fw("complementizers"):
            return False
        if key.lstrip("وف") in fw("relatives") or finite_verb(tok):
            return False
    return True


def possessor_parties(doc: Doc, events: list[Event]) -> None:
    """Give a masdar with a possessive pronoun the source of the statement whose object it is (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N":
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or not (pron := _pronoun(doc, t)):
            continue
        stated = [p for p in events if p is not ev and p.attrs.get("pos") == "V" and p.source is not None
                  and ev.sentence.start <= p.trigger.start < ev.trigger.start]
        if not stated:
            continue
        p = max(stated, key=lambda x: x.trigger.start)
        v = doc.token_at(p.trigger.start)
        if p.code not in STATING or v is None or t - v > REACH or p.source is None:
            continue
        # round 181: «أكد فلان أن وصوله إلى المطار»: the masdar opening the «أن» clause of the statement
        opens = t - 1 > v and doc.tokens[t - 1].norm_key in THAT
        if not _object_of(doc, v + 1, t - 1 if opens else t) or p.source == ev.target or not _agrees(doc, pron, p.source):
            continue
        ev.source = p.source
        ev.attrs["source_possessor"] = True

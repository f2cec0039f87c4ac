"""The one who faces a criticism: the subject of a verb of facing or undergoing before the criticism noun.

«وواجهت السلطات المصرية انتقادات دولية», «وواجه كاميرون الكثير من الانتقادات», «تعرض الوزير لانتقادات»: a
criticism or accusation told by a noun (CAMEO 11, 12) with no target, right after a verb of facing or undergoing
(function words ``facing_verbs``) whose named subject stands between them (VSO, past a title before the name) or right before the verb (SVO), past
only words of quantity (``faced_quantity_words``: «الكثير من», «مزيدا من») and a time, is aimed at that subject: a
person, a body or a country.

Where word order made that subject the criticism's source, it is no source (the critics are not said: «انتقادات
دولية»). Nothing where the subject is unnamed («وواجه 32 شخصا اتهامات») or where another word stands between.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .forms import bare, fw, nkey
from .source_set import name_party
from .word_tests import clause_stop, has_letters, starts_in_time

CRITICISM = ("11", "12")
ACTORS = ("PERSON", "ORGANIZATION", "LOCATION")
REACH = 8  # tokens from the verb to the trigger
TITLE = 4  # words of a title between the verb and the name


def _mention(doc: Doc, k: int) -> tuple[Entity, int, int] | None:
    """The entity of the mention holding token ``k``, with the indices of its first and last tokens."""
    tok = doc.tokens[k]
    for m in doc.mentions:
        if m.start <= tok.start < m.end and m.entity is not None:
            ent = doc.entity(m.entity)
            a, b = doc.token_at(m.start), doc.token_at(m.end - 1)
            if ent is not None and a is not None and b is not None:
                return ent, a, b
    return None


def _quantity(doc: Doc, k: int) -> bool:
    tok = doc.tokens[k]
    return bare(tok.norm_key, "faced_quantity_words") in fw("faced_quantity_words") or starts_in_time(doc, tok)


def _facing(doc: Doc, k: int) -> bool:
    return bare(doc.tokens[k].norm_key, "facing_verbs") in fw("facing_verbs")


def _subject(doc: Doc, trigger: int, start: int) -> Entity | None:
    """The named subject of a verb of facing before token ``trigger`` (VSO or SVO), past quantity words."""
    k = trigger - 1
    while k >= start and trigger - k <= REACH and _quantity(doc, k):
        k -= 1
    if k < start:
        return None
    if _facing(doc, k):  # SVO: «الحكومة تواجه انتقادات»
        found = _mention(doc, k - 1) if k - 1 >= start else None
        return found[0] if found is not None and found[2] == k - 1 else None
    found = _mention(doc, k)  # VSO: «واجهت السلطات المصرية انتقادات»
    if found is None or found[2] != k:
        return None
    ent, first, _ = found
    for v in range(first - 1, max(start, first - 1 - TITLE) - 1, -1):  # past a title («رئيس الوزراء البريطاني»)
        if _facing(doc, v):
            return ent
        if clause_stop(doc.tokens[v].text) or not has_letters(doc.tokens[v].text):
            return None
    return None


UNNAMED_GAP = 3  # tokens between an unnamed subject and the criticism noun («بعض العناصر بصفة عامة اتهامات»)


def _faced_phrase(doc: Doc, ev: Event, trigger: int) -> bool:
    """Round 233: «وواجهت بعض العناصر بصفة عامة اتهامات بعضوية خلية»: the unnamed phrase word order made the
    source stands right after a verb of facing (past «بعض» or a quantity word) and shortly before the noun, no
    clause boundary between: it is the one who faces the accusation."""
    span = ev.attrs.get("source_span")
    if ev.source is not None or not isinstance(span, list) or len(span) != 2:
        return False
    a, b = doc.token_at(span[0]), doc.token_at(span[1] - 1)
    if a is None or b is None or not b < trigger or trigger - b > UNNAMED_GAP + 1:
        return False
    if any(clause_stop(doc.tokens[t].text) for t in range(b + 1, trigger)):
        return False
    v = a - 1
    if v >= 0 and (bare(doc.tokens[v].norm_key, "partitive_quantifiers") in fw("partitive_quantifiers") or _quantity(doc, v)):
        v -= 1
    return v >= 0 and _facing(doc, v)


def received_targets(doc: Doc, events: list[Event]) -> None:
    """Give a criticism noun with no target the named subject of the verb of facing before it (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(CRITICISM) or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        start = doc.token_at(ev.sentence.start)
        if k is None or start is None:
            continue
        ent = _subject(doc, k, start)
        if ent is None and _faced_phrase(doc, ev, k):
            ev.attrs["target_span"] = ev.attrs.pop("source_span")
            if "source_text" in ev.attrs:
                ev.attrs["target_text"] = ev.attrs.pop("source_text")
            ev.attrs.pop("source_carried", None)
            ev.attrs["target_faced"] = True
            continue
        if ent is None or ent.type not in ACTORS:
            continue
        if ent.id == ev.source:  # the verb's subject read by word order as the critic: the one criticised
            name_party(ev, "source", None)
            ev.attrs.pop("source_carried", None)
        name_party(ev, "target", ent.id)
        ev.attrs["target_faced"] = True

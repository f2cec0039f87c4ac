"""Round ev391: an unnamed source phrase that ends in the bare head of a body named before it in its sentence
stands for that body: «اعترفت القيادة العسكرية لحزب العمال الكردستاني ... أن «مقاتلي الحزب هم من قاموا بتفجير
أنبوب النفط»»: «الحزب» is the party just named (the source phrase «مقاتلي الحزب», its men). The head is a word of
function words ``named_group_heads`` («الحزب», «الحركة», «التنظيم», «الجبهة»), the phrase at most ``WORDS`` words
(the head, or a noun of its men and the head: ``group_heads``), and the body the nearest organisation named before
the phrase in the sentence whose name opens with that head («حزب العمال الكردستاني»); none where two bodies of that
head are named there (a null is better than a guess).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import name_party

WORDS = 2  # words of the source phrase: «الحزب», «مقاتلي الحزب»
ORGANIZATION = "ORGANIZATION"


def _body_before(doc: Doc, ev: Event, head: str, before: int) -> str | None:
    """The one organisation named in the sentence of ``ev`` before offset ``before`` whose name's first word is
    ``head`` without its article; None where there is none or more than one."""
    bare = head.removeprefix("ال")
    found = {m.entity for m in doc.mentions if m.entity is not None and m.type == ORGANIZATION
             and ev.sentence.start <= m.start and m.end <= before
             and nkey(m.text.split()[0]).removeprefix("ل").removeprefix("و") == bare}
    return found.pop() if len(found) == 1 else None


def group_anaphors(doc: Doc, events: list[Event]) -> None:
    """Name the body an unnamed source phrase's bare head stands for (module doc)."""
    heads, men = fw_keys("named_group_heads"), fw_keys("group_heads")
    for ev in events:
        text = ev.attrs.get("source_text")
        span = ev.attrs.get("source_span")
        if ev.source is not None or not isinstance(text, str) or not isinstance(span, list):
            continue
        words = [nkey(w) for w in text.split()]
        if not words or len(words) > WORDS or words[-1] not in heads or (len(words) == 2 and words[0] not in men):
            continue
        eid = _body_before(doc, ev, words[-1], span[0])
        if eid is not None and eid != ev.target:
            name_party(ev, "source", eid)

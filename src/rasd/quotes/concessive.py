"""The one who «رغم أنه/أنها» goes on with, before a verb cue (round q308): «زارت الوزيرة فلانة المدينة أمس برفقة
المحافظ فلان، رغم أنه أكد أن الوضع الأمني صعب»: the pronoun of «أنه» stands for the one person of its gender named
in the clause the concession is attached to (from the sentence's start to the comma before «رغم»), who is the
speaker of the cue; none where two of that gender, or a body or place of no known gender, are named there («وتحدثت
المصادر عن ...، رغم أنها أكدت»: the unnamed sources the carry already holds).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey
from .agreement import _gender
from .cues import Cue

_CONCESSIVE = fw_keys("concessive_words")
_PRONOUN_GENDER = {nkey("أنه"): "m", nkey("أنها"): "f"}


def concessive_referent(doc: Doc, t: int, cue: Cue, sent: Span, heard: dict[str, str]) -> str | None:
    """The entity «رغم أنه/أنها» right before the verb cue at ``t`` stands for (module docstring), or None."""
    if t < 3 or cue.kind != "verb" or cue.plural or cue.dual:
        return None
    gender = _PRONOUN_GENDER.get(doc.tokens[t - 1].norm_key)
    if gender is None or gender != cue.gender or doc.tokens[t - 2].norm_key not in _CONCESSIVE:
        return None
    if doc.tokens[t - 3].text not in ("،", ","):
        return None
    clause = Span(sent.start, doc.tokens[t - 3].start)
    found: set[str] = set()
    for ent in doc.entities:
        if not any(clause.start <= m.start and m.end <= clause.end for m in ent.mentions):
            continue
        g = _gender(doc, ent.id, heard)
        if g == gender or g is None:
            found.add(ent.id)
    if len(found) != 1:
        return None
    eid = next(iter(found))
    person = doc.entity(eid)
    return eid if person is not None and person.type == "PERSON" else None

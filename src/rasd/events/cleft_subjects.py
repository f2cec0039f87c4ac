"""Round ev361: the subject of a cleft «X هو الذي + verb» does the verb.

«وكان فالح الفياض هو الذي طلب من المالكي التهدئة», «ومما يحسب للفياض أنه هو الذي طلب من المالكي»: a verb trigger
with no source right after a relative («الذي», «التي», function words ``relatives``) that follows the pronoun of the
cleft («هو/هي/هم/هما», agreeing with it by number and gender) is done by what that pronoun resumes: the person or
body named right before it, or, after «أنه/إنها» (a complementizer with a pronoun, ``complementizers``), the one
man named before it in its own sentence for «ـه», else the one entity that pronoun agrees with in its sentence or
the one before (``named.referent``).

Nothing where the verb has a source already, where a word stands between the relative and the verb, where the
relative does not agree with the pronoun («هو التي»), or where no name or more than one candidate stands before.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .named import referent
from .source_set import name_party
from .word_tests import enclitic, mention_holding

CLEFT = {nkey("هو"): (nkey("الذي"),), nkey("هي"): (nkey("التي"),), nkey("هم"): (nkey("الذين"),),
         nkey("هما"): (nkey("اللذان"), nkey("اللتان"))}  # the cleft pronoun and the relatives that agree with it
ACTORS = ("PERSON", "ORGANIZATION")
PERSON = "PERSON"
MASCULINE = "ه"


def _resumed(doc: Doc, ev: Event, k: int) -> str | None:
    """What the cleft pronoun at token ``k`` resumes: a name ending right before it, or the referent of the pronoun
    on a complementizer right before it («أنه هو»)."""
    if k < 1:
        return None
    m = mention_holding(doc, k - 1)
    ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
    if ent is not None and m is not None and m.end == doc.tokens[k - 1].end:
        return ent.id if ent.type in ACTORS else None
    before = doc.tokens[k - 1]
    if before.norm_key.removeprefix("و").removeprefix("ل") not in fw("complementizers"):
        return None
    if enclitic(before) == MASCULINE:
        people = {e.id for e in doc.entities if e.type == PERSON
                  for mn in e.mentions if ev.sentence.start <= mn.start and mn.end <= before.start}
        if len(people) == 1:
            return people.pop()  # («ومما يحسب للفياض أنه»: the one man named before it in its sentence)
    sent_start = doc.token_from(ev.sentence.start)
    found = referent(doc, k - 1, None, sent_start) if sent_start is not None else None
    return found.id if found is not None and found.type in ACTORS else None


def cleft_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a verb right after «هو الذي» the one the cleft pronoun resumes (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_text") or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 2:
            continue
        relative = doc.tokens[k - 1].norm_key
        pronoun = doc.tokens[k - 2].norm_key.removeprefix("و")
        if relative not in CLEFT.get(pronoun, ()):
            continue
        eid = _resumed(doc, ev, k - 2)
        if eid is None or eid == ev.target:
            continue
        name_party(ev, "source", eid)
        ev.attrs["source_cleft"] = True

"""Round mend508: «انتقد توكلي ردة فعل الحكومة ... . وأدان توكلي تعرض عدد من الطلبة للضرب»: a verbal act (a
statement, appeal, criticism, condemnation, rejection or threat: ``VERBAL_CODES``) with no target of its own whose
object is another act told right after it in its sentence (the act's trigger within ``OBJECT_REACH`` words after the
verb's, past its subject, with no punctuation between: «وأدان الوزير الهجوم», «وأدان توكلي تعرض») is about that
act: it is its own act, no repeat of the same party's verbal act told in another sentence, and a verbal act with an
object phrase of its own after it («... وندد بمن يحاولون إغلاق فم الناس») is none of its repeats (``about_apart``,
asked by ``dedup``).
Not a verb whose next act is farther or set off by a comma («وأدان ذلك، وقال إن الهجوم ...»).
"""

from __future__ import annotations

from ..doc import Event
from .repeats import VERBAL_CODES

OBJECT_REACH = 3  # words from the verbal act's trigger to the act that is its object («وأدان توكلي تعرض»: 1)
MARKS = frozenset("،,.؛;:!؟?«»\"()")


def act_objects(events: list[Event], text: str) -> frozenset[int]:
    """The ``id()`` of the verbal events with no target whose object is an act told right after them (module doc)."""
    out: set[int] = set()
    for ev in events:
        if ev.code[:2] not in VERBAL_CODES or ev.attrs.get("pos") != "V" or ev.target is not None \
                or ev.attrs.get("target_span") is not None:
            continue
        for o in events:
            if o is ev or o.sentence != ev.sentence or o.trigger.start < ev.trigger.end:
                continue
            between = text[ev.trigger.end : o.trigger.start]
            if len(between.split()) <= OBJECT_REACH - 1 and not MARKS & set(between):
                out.add(id(ev))
    return frozenset(out)


def about_apart(about: frozenset[int], told: Event, ev: Event) -> bool:
    """Whether ``ev`` is no repeat of ``told`` (before it) since one of them is about an act (``about``: the ids
    :func:`act_objects` gives): ``ev`` about an act and ``told`` in another sentence, or ``told`` about an act and
    ``ev`` with a target phrase of its own."""
    if id(ev) in about and told.sentence != ev.sentence:
        return True
    return id(told) in about and ev.attrs.get("target_span") is not None

"""Round 270: «سيرافق الرئيس فلان في زيارته ... التي ستشهد اجتماعا مع الرئيس فلان»: the visitor meets.

A meeting told by a noun (CAMEO 04) with no source, right after a verb of witnessing («شهد», «تشهد», «ستشهد»:
function words ``witness_verbs``, a future «سـ» or «و» on it) whose subject is a visit said before it in the same
sentence (an event of CAMEO 042 whose source is named: «زيارته», «زيارة الرئيس فلان»), within ``REACH`` tokens and
with no sentence break, is held by the visitor: the visit's source. Its target stays (whom the visitor meets).

Nothing where no visit with a source stands before the verb («وشهدت العاصمة اجتماعا»), where the verb is not right
before the meeting noun, or where the visitor is the meeting's own target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey

TALKS = "04"
VISIT = "042"
REACH = 25  # tokens from the visit noun to the witnessing verb


def _witness(doc: Doc, k: int) -> bool:
    """Token ``k`` is a verb of witnessing, a «سـ/و» on it or not."""
    key = doc.tokens[k].norm_key
    words = fw_keys("witness_verbs")
    return key in words or key[:1] in ("و", "س") and key[1:] in words or key[:2] == "وس" and key[2:] in words


def visit_meetings(doc: Doc, events: list[Event]) -> None:
    """Give a meeting a visit «ستشهد» its visitor as source (module docstring)."""
    for ev in events:
        if not ev.code.startswith(TALKS) or ev.code == VISIT or ev.source is not None or ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 1 or not _witness(doc, k - 1):
            continue
        lo = doc.tokens[max(0, k - 1 - REACH)].start
        visits = [v for v in events if v.code == VISIT and v.source is not None and v.sentence.start == ev.sentence.start
                  and lo <= v.trigger.start < doc.tokens[k - 1].start]
        if not visits:
            continue
        visit = visits[0]
        for v in visits:
            if v.trigger.start > visit.trigger.start:
                visit = v
        if visit.source != ev.target:
            ev.source = visit.source
            ev.attrs["source_visitor"] = True

"""«كتب» (wrote) as a cue only in an aside «– كما كتب فلان –» / «، كما كتب فلان،» set off in the middle of what
he wrote, round 288: «إن الاتفاق النووي – كما كتب فلان - رئيس الحكومة الأسبق - حلّ مؤقتا إحدى العقد» reports
the clause the aside interrupts as the writer's words. Elsewhere «كتب» is no cue («كتب التاريخ», «كتب مقالا»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .cues import Cue

ASIDE_MARKS = ("،", ",", "-", "–", "—")  # what sets an aside off
DASHES = ("-", "–", "—")
_WROTE = {nkey("كتب"): "m", nkey("كتبت"): "f"}


def written_cue(doc: Doc, t: int) -> Cue | None:
    """The cue of «كتب/كتبت» at ``t`` right after «كما» set off by a comma or a dash, with a person named right
    after it; None otherwise."""
    toks = doc.tokens
    gender = _WROTE.get(toks[t].norm_key)
    if gender is None or t < 2 or toks[t - 1].norm_key != nkey("كما") or toks[t - 2].text not in ASIDE_MARKS:
        return None
    if t + 1 >= len(toks) or not any(
            e.type == "PERSON" and any(m.start == toks[t + 1].start for m in e.mentions) for e in doc.entities):
        return None
    return Cue("كتب", "verb", gender, frozenset())

"""«كتب» (wrote) as a cue only in an aside «– كما كتب فلان –» / «، كما كتب فلان،» set off in the middle of what
he wrote, round 288: «إن الاتفاق النووي – كما كتب فلان - رئيس الحكومة الأسبق - حلّ مؤقتا إحدى العقد» reports
the clause the aside interrupts as the writer's words. A named body or person right after «(و)كتب/كتبت» and «أن»
within WROTE_REACH tokens is one too (round q382: «كتبت منظمة أطباء بلا حدود على حسابها في «تويتر» أن: «...»»).
Elsewhere «كتب» is no cue («كتب التاريخ», «كتب مقالا»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from ..text.marks import CUE_ENDS
from ..text.prefixes import past_and
from .cues import Cue, is_complementizer

ASIDE_MARKS = ("،", ",", "-", "–", "—")  # what sets an aside off
DASHES = ("-", "–", "—")
_WROTE = {nkey("كتب"): "m", nkey("كتبت"): "f"}
WROTE_REACH = 12  # tokens from «كتب» to the «أن» of what was written (the writer's name, «على حسابه في «تويتر»»)
_WRITERS = ("PERSON", "ORGANIZATION")


def wrote_word(key: str) -> bool:
    """Whether a token of matching key ``key`` may be a :func:`written_cue` (its first tests and those of
    :func:`wrote_that`: «كتب/كتبت», with or without «و/ف»)."""
    return key in _WROTE or past_and(key) in _WROTE


def written_cue(doc: Doc, t: int) -> Cue | None:
    """The cue of «كتب/كتبت» at ``t`` right after «كما» set off by a comma or a dash, with a person named right
    after it; None otherwise."""
    toks = doc.tokens
    gender = _WROTE.get(toks[t].norm_key)
    if gender is None or t < 2 or toks[t - 1].norm_key != nkey("كما") or toks[t - 2].text not in ASIDE_MARKS:
        return wrote_that(doc, t)
    if t + 1 >= len(toks) or not any(
            e.type == "PERSON" and any(m.start == toks[t + 1].start for m in e.mentions) for e in doc.entities):
        return None
    return Cue("كتب", "verb", gender, frozenset())


def wrote_that(doc: Doc, t: int) -> Cue | None:
    """The cue of «(و/ف)كتب/كتبت» at ``t`` with a person or body the entity layer named right after it and «أن/إن»
    within WROTE_REACH tokens, no stop between («كتبت منظمة ... على حسابها في «تويتر» أن: «...»»); None otherwise."""
    toks = doc.tokens
    key = toks[t].norm_key
    gender = _WROTE.get(past_and(key))
    if gender is None or t + 1 >= len(toks) or not any(
            e.type in _WRITERS and any(m.start == toks[t + 1].start for m in e.mentions) for e in doc.entities):
        return None
    for u in range(t + 2, min(len(toks), t + WROTE_REACH)):
        if toks[u].text in CUE_ENDS:
            return None
        if is_complementizer(doc, u):
            return Cue("كتب", "verb", gender, frozenset())
    return None

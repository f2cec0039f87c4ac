"""Round qu637: a verb cue after «كما/مثلما» whose subject is an emphatic pronoun («كما قال هو», «مثلما قالت هي»),
for the ``quotes`` stage: «هل كان غرض صدام حسين من دخول الكويت نفطيا كما قال هو في كلمته «...»» — the pronoun
stands for the person the same sentence named last before the cue (Saddam), not for a speaker quoted earlier in the
article. Not where the pronoun does not agree with the cue («كما قالت هو»), where a cue earlier in the sentence
reports («وقال الوزير إن فلانا ... كما قال هو»: whom «هو» means is open), or where the sentence names no person of
the cue's gender before it (then the dropped subject is carried as before)."""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw_keys, nkey
from .agreement import _agrees
from .cues import match_cue
from .unnamed import last_person

_PRONOUN_GENDER = {nkey("هو"): "m", nkey("هي"): "f"}


def emphasised_subject(doc: Doc, t: int, sent: Span, gender: str, heard: dict[str, str]) -> str | None:
    """The person «هو/هي» after the verb cue at ``t`` stands for, where «كما/مثلما» comes right before the cue: the
    person of the cue's ``gender`` named last in ``sent`` before the cue, with no other cue between the sentence's
    start and it; None otherwise."""
    toks = doc.tokens
    if t < 1 or t + 1 >= len(toks) or toks[t - 1].norm_key not in fw_keys("as_words"):
        return None
    if _PRONOUN_GENDER.get(toks[t + 1].norm_key) != gender:
        return None
    lo = next((u for u in range(t, -1, -1) if toks[u].start <= sent.start), 0)
    if any(match_cue(doc, u) is not None for u in range(lo, t - 1)):
        return None
    person = last_person(doc, t, gender, heard, since=sent.start)
    return person if person is not None and _agrees(doc, person, gender, heard) else None

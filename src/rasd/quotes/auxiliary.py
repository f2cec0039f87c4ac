"""A named subject after «كان» set off from its verb by an apposition between commas («وكانت فلانة، العضو في
اللجنة، صرحت أن»), or by a lone comma («وكانت واشنطن، نفت»), for the quotes stage: the verb's subject is the one
«كان» introduced, not one quoted before.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import past_gender
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .clauses import after_auxiliary
from .cues import QUOTE_MARK

SET_OFF_REACH = 25  # tokens at most from «كان» and its subject to the verb the apposition is set off before


def set_off_after_auxiliary(doc: Doc, chunks: list[Chunk], t: int, gender: str) -> Chunk | None:
    """The named subject between «كان» and a comma that opens an apposition closed by another comma right before the
    verb cue at ``t`` (past «قد»): «وكانت سوزان، العضو في اللجنة، صرحت أن», «وكان الوزير فلان، الذي زار البلاد،
    قد أعلن». None where the verb has «و/ف» (a new clause: «وكان فلان قد زار المدينة، وقال مسؤول»), where a named
    phrase follows the verb (its own subject), where a full stop or quote mark comes between, or where «كان» does not
    have the cue's ``gender`` (it agrees with its subject, so tells a foreign name's gender: «وكانت»)."""
    toks = doc.tokens
    if toks[t].norm_key[:1] in ("و", "ف"):
        return None
    if any(c.i == t + 1 and c.entity is not None for c in chunks):
        return None  # «...، قالت الوزيرة فلانة»: VSO, a subject of its own
    v = t - 1
    if v >= 0 and toks[v].norm_key in fw("verb_particles"):
        v -= 1
    if v < 1 or toks[v].text not in ("،", ","):
        return None
    named = after_auxiliary(doc, chunks, v)  # round q314: «وكانت واشنطن، نفت»: one comma, no apposition
    if named is not None:
        return named if _auxiliary_gender(doc, named.i) == gender else None
    for u in range(v - 1, max(0, v - SET_OFF_REACH), -1):
        text = toks[u].text
        if text in (".", "؟", "!", ":", "؛", ";") or QUOTE_MARK.fullmatch(text):
            return None
        if text in ("،", ","):
            named = after_auxiliary(doc, chunks, u)
            if named is not None:
                return named if _auxiliary_gender(doc, named.i) == gender else None
    return None


def _auxiliary_gender(doc: Doc, i: int) -> str | None:
    """The gender of the «كان/كانت» nearest before token ``i`` (within a title's reach), None where none is."""
    for u in range(i - 1, max(-1, i - 5), -1):
        k = doc.tokens[u].norm_key.removeprefix("و")
        if k in fw("auxiliaries"):
            return past_gender(k)
    return None

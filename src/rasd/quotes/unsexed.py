"""The gender of a named subject that only its verb tells, for the quotes stage: a person the entity layer gave no
gender («موجيريني»), standing right after the «أن/إن» or «لكن» that opens its clause and right before a verb cue
(«إلى أن موجيريني قالت»), is that verb's subject in SVO order, and the verb's gender is the person's.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw, nkey
from .agreement import unsexed
from .cues import Cue

_OPENERS = ("لكن", "ولكن", "غير ان")  # «لكن فلانة قالت»: the clause opens with the name


def opened_subject(doc: Doc, c: Chunk, t: int, cue: Cue, heard: dict[str, str]) -> bool:
    """Whether the named chunk ``c`` right before the verb cue at ``t`` is its subject whatever gender the default
    gives the name: a person with no gender known (from the entity layer or a verb it followed, ``heard``), with a
    complementizer or «لكن» right before it and no «قد» between it and the verb. Records the verb's gender in
    ``heard`` where so."""
    if cue.kind != "verb" or c.entity is None or c.etype != "PERSON" or c.i < 1 or c.j != t - 1:
        return False
    if not unsexed(doc, c.entity) or c.entity in heard:
        return False
    k = doc.tokens[c.i - 1].norm_key
    if k not in fw("complementizers") and k not in {nkey(w) for w in _OPENERS}:
        return False
    heard[c.entity] = cue.gender
    return True

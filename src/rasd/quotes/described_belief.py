"""A cue in a description of a person, for the ``quotes`` stage: «ظريف رجل عملي يرى أن ...»: a present verb cue
right after an indefinite noun of a person (unnamed_person_heads: «رجل», «امرأة», «شخص») and its adjectives, the
predicate of a name before them, is what the person is described as (a man who believes), told by whoever describes
him, not a statement of his; «فلان رجل الأعمال المعروف يرى» (a definite apposition) and «فلان، رجل أعمال، يرى» (set
off by commas) keep it.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey
from ..events.word_tests import entity_at
from .cues import Cue

DESCRIBED_REACH = 3  # words of the indefinite noun phrase between a name and the cue («رجل عملي»)


def described_belief(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` describes the person named before it (see the module's note)."""
    if cue.kind != "verb" or cue.plural or t < 2 or doc.tokens[t].norm_key[:1] not in ("ي", "ت"):
        return False
    for k in range(t - 1, max(0, t - 1 - DESCRIBED_REACH), -1):
        key = doc.tokens[k].norm_key
        if key.startswith("ال") or not key[:1].isalpha():
            return False
        if key in fw("unnamed_person_heads"):
            ent = entity_at(doc, k - 1)
            return ent is not None and ent.type == "PERSON" and entity_at(doc, k) is None
    return False

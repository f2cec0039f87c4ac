"""A name in quote marks where a cue's subject stands, for the ``quotes`` stage: «أعلنت «حركة أحرار الشام» أمس، في
بيان لها، أن ...»: the quotation is exactly the name of a body or person the entity layer found, so it is who speaks,
not what was said, whatever follows its closing mark (a time, an aside, «عن», «أن»).
"""

from __future__ import annotations

from ..doc import Doc, Span

_SPEAKERS = ("PERSON", "ORGANIZATION")


def quoted_speaker_name(doc: Doc, t: int, u: int, span: Span) -> bool:
    """The quotation ``span`` that opens at token ``u`` right after the cue at ``t`` (nothing, no colon, between) is
    all one mention of a person or body: the subject named in quote marks, not words said."""
    if u != t + 1:
        return False
    return any(e.type in _SPEAKERS and m.start == span.start and m.end == span.end
               for e in doc.entities for m in e.mentions)

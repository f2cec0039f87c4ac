"""A name in quote marks where a cue's subject stands, for the ``quotes`` stage: «أعلنت «حركة أحرار الشام» أمس، في
بيان لها، أن ...»: the quotation is exactly the name of a body or person the entity layer found, so it is who speaks,
not what was said, whatever follows its closing mark (a time, an aside, «عن», «أن»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey

_SPEAKERS = ("PERSON", "ORGANIZATION")


def quoted_speaker_name(doc: Doc, t: int, u: int, span: Span) -> bool:
    """The quotation ``span`` that opens at token ``u`` right after the cue at ``t`` (nothing, no colon, between) is
    all one mention of a person or body: the subject named in quote marks, not words said."""
    if u != t + 1:
        return False
    return any(e.type in _SPEAKERS and m.start == span.start and m.end == span.end
               for e in doc.entities for m in e.mentions)


NAME_QUOTATION_TOKENS = 8  # words of a name or title in quote marks after a noun that it completes


def headed_quotation(doc: Doc, t: int, u: int, span: Span) -> bool:
    """The quotation ``span`` that opens at token ``u`` completes the noun or preposition right before it, not the
    cue at ``t`` (quotation_name_heads, with «و/لـ/بـ» off, in construct with no article: «لقناة «إيه.بي.سي»», «مدير منظمة
    «...»», «لـ«مركز ...»», «بعنوان «...»»), and is at most NAME_QUOTATION_TOKENS words: a name or a title, not
    words said; what the cue reports comes after it."""
    if u - 1 <= t:
        return False
    key = nkey(doc.tokens[u - 1].text)
    keys = {key, key.removeprefix("و")}
    keys |= {k[1:] for k in keys if k[:1] in ("ل", "ب")}
    if not keys & fw("quotation_name_heads"):
        return False
    return sum(1 for tok in doc.tokens if span.start <= tok.start < span.end) <= NAME_QUOTATION_TOKENS

"""A verb cue in a temporal clause that opens its sentence, its subject named in the main clause after it («وبعدما
حذر من أن ...، اعتبر فلان أن»), for the quotes stage: the main clause's subject, not one quoted before.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.actors import resolve_title
from ..events.chunks import Chunk
from ..events.forms import PLACES, fw, nkey
from .cues import match_cue
from .emphatic_pronoun import emphasised_subject

MAIN_REACH = 60  # tokens from the cue to the main clause's verb


def subordinate_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span, gender: str,
                        heard: dict[str, str]) -> str | None:
    """The subject of the verb cue at ``t`` named outside its subordinate clause: the person an emphatic pronoun
    after «كما قال» stands for («كما قال هو»: see emphasised_subject), else the main clause's subject after a
    temporal clause (main_clause_subject)."""
    return emphasised_subject(doc, t, sent, gender, heard) or main_clause_subject(doc, t, chunks, sent, gender)


def main_clause_subject(doc: Doc, t: int, chunks: list[Chunk], sent: Span, gender: str) -> str | None:
    """The named subject right after the verb that opens the main clause after a comma («...، اعتبر فلان»: VSO), for
    the verb cue at ``t`` right after a temporal conjunction that opens the sentence («وبعدما حذر», «وعندما قال»);
    through a title to the name it gives («اعتبر المشير فلان»); None where the sentence opens otherwise, or the main
    clause's verb has «و», another ``gender`` than the cue («...، قالت الوزارة»: another subject) or no named subject
    right after it."""
    toks = doc.tokens
    if t < 1 or toks[t - 1].norm_key not in fw("temporal_conjunctions") or toks[t - 1].start != sent.start:
        return None
    for u in range(t + 1, min(len(toks) - 2, t + MAIN_REACH)):
        if toks[u].start >= sent.end:
            return None
        if toks[u].text not in ("،", ","):
            continue
        cue = match_cue(doc, u + 1)
        if cue is None or cue.kind != "verb" or toks[u + 1].norm_key[:1] in ("و", "ف"):
            continue
        if cue.gender != gender or cue.plural:
            return None
        c = next((c for c in chunks if c.i == u + 2), None)
        c = resolve_title(chunks, c, doc) if c is not None and c.entity is None and c.title else c
        if c is not None and c.entity is not None and c.prep is None and c.etype not in PLACES:
            return c.entity
        return None
    return None
